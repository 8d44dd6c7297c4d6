// Sending one e-mail through the configured SMTP server with nodemailer. Plain text only.
import nodemailer from "nodemailer";
import type { OutgoingMail } from "../../db/jobs/outbox";
import type { SmtpSettings } from "./notify-config";

// Well within the lease of a claimed e-mail (NOTIFY_SEND_LEASE_MS), so no other process takes it over mid-send.
const TIMEOUT_MS = 30_000;

/** A sender for a batch of e-mails over one connection; close it after the batch. */
export function smtpSender(settings: SmtpSettings) {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
    pool: true,
    maxConnections: 1,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  return {
    async send(mail: OutgoingMail) {
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
