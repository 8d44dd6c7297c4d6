// The e-mail queue against a real SQLite file and a real SMTP server (smtp-server, on a free port): claiming with a
// lease, sending once, trying again after a growing pause, giving up.

import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { smtpSender } from "../../lib/server/mailer";
import { type AppDatabase, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { emailOutbox } from "../schema";
import { claimNextEmail, deliverDueEmails, markEmailFailed } from "./outbox";

const MINUTE = 60_000;
const timing = { sendLeaseMs: 2 * MINUTE, maxAttempts: 3, retryBaseMs: MINUTE, retryMaxMs: 10 * MINUTE };

type Received = { to: string[]; raw: string };
const received: Received[] = [];
/** Recipients the test server refuses, as a mail server that is down for them would. */
const refused = new Set<string>();

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (refused.has(address.address)) callback(new Error("Mailbox tijdelijk niet beschikbaar"));
    else callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        raw: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});

let db: AppDatabase;
let port = 0;
let directory = "";

const sender = () =>
  smtpSender({ host: "127.0.0.1", port, secure: false, user: undefined, password: undefined, from: "ik@test.example" });

function queue(dedupeKey: string, toAddress = `${dedupeKey}@test.example`, at = new Date(0)) {
  return db
    .insert(emailOutbox)
    .values({
      toAddress,
      subject: `Onderwerp ${dedupeKey}`,
      text: `Tekst van ${dedupeKey}`,
      dedupeKey,
      nextAttemptAt: at,
    })
    .returning({ id: emailOutbox.id })
    .get().id;
}

const row = (id: number) => db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).get();

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "outbox-"));
  db = openDatabase(path.join(directory, "test.db"));
  runMigrations(db);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  db.$client.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

beforeEach(() => {
  db.delete(emailOutbox).run();
  received.length = 0;
  refused.clear();
});

describe("claiming", () => {
  it("gives an e-mail to one sender at a time, and to another once the lease has passed", () => {
    const id = queue("lease");
    const now = new Date(1_000_000);
    expect(claimNextEmail(db, now, MINUTE)).toMatchObject({ id, attempts: 1 });
    // A second process asking at the same moment gets nothing: the one e-mail is taken.
    expect(claimNextEmail(db, now, MINUTE)).toBeUndefined();
    expect(claimNextEmail(db, new Date(now.getTime() + MINUTE - 1), MINUTE)).toBeUndefined();
    // The first process died: after the lease another takes it, and the attempt is counted.
    expect(claimNextEmail(db, new Date(now.getTime() + MINUTE), MINUTE)).toMatchObject({ id, attempts: 2 });
  });

  it("leaves e-mails that are not due yet, sent or given up", () => {
    queue("later", undefined, new Date(5 * MINUTE));
    const sent = queue("sent");
    const failed = queue("failed");
    db.update(emailOutbox).set({ status: "verzonden" }).where(eq(emailOutbox.id, sent)).run();
    db.update(emailOutbox).set({ status: "mislukt" }).where(eq(emailOutbox.id, failed)).run();
    expect(claimNextEmail(db, new Date(MINUTE), MINUTE)).toBeUndefined();
    expect(claimNextEmail(db, new Date(5 * MINUTE), MINUTE)?.toAddress).toBe("later@test.example");
  });

  it("waits longer after each failure and gives up after the last attempt", () => {
    const id = queue("flaky");
    let now = new Date(0);
    const pauses: number[] = [];
    for (let attempt = 1; attempt <= timing.maxAttempts; attempt++) {
      const email = claimNextEmail(db, now, timing.sendLeaseMs);
      expect(email?.attempts).toBe(attempt);
      const gaveUp = markEmailFailed(db, email ?? { id, attempts: attempt }, new Error("451 later"), now, timing);
      expect(gaveUp).toBe(attempt === timing.maxAttempts);
      const next = row(id)?.nextAttemptAt ?? new Date(0);
      pauses.push(next.getTime() - now.getTime());
      // Not before the pause has passed.
      expect(claimNextEmail(db, new Date(next.getTime() - 1), timing.sendLeaseMs)).toBeUndefined();
      now = next;
    }
    expect(pauses.slice(0, 2)).toEqual([MINUTE, 2 * MINUTE]);
    expect(row(id)).toMatchObject({ status: "mislukt", attempts: 3, lastError: "451 later", lockedUntil: null });
    expect(claimNextEmail(db, new Date(now.getTime() + 100 * MINUTE), timing.sendLeaseMs)).toBeUndefined();
  });
});

describe("sending through a real SMTP server", () => {
  it("sends each due e-mail once and marks it sent", async () => {
    const first = queue("een");
    const second = queue("twee");
    const mail = sender();
    try {
      expect(await deliverDueEmails(db, mail.send, timing)).toEqual({ sent: 2, retried: 0, gaveUp: 0 });
      expect(await deliverDueEmails(db, mail.send, timing)).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    } finally {
      mail.close();
    }
    expect(received.map((r) => r.to)).toEqual([["een@test.example"], ["twee@test.example"]]);
    expect(received[0]?.raw).toContain("Subject: Onderwerp een");
    expect(received[0]?.raw).toContain("Tekst van een");
    expect(received[0]?.raw).toMatch(/^From: ik@test\.example/m);
    for (const id of [first, second]) {
      expect(row(id)).toMatchObject({ status: "verzonden", attempts: 1, lockedUntil: null });
      expect(row(id)?.sentAt).toBeInstanceOf(Date);
    }
  });

  it("tries a refused e-mail again later, sends the others meanwhile, and gives up after the last attempt", async () => {
    const bad = queue("weigert");
    const good = queue("goed");
    refused.add("weigert@test.example");
    const mail = sender();
    let now = Date.now();
    const clock = () => new Date(now);
    try {
      expect(await deliverDueEmails(db, mail.send, timing, { clock })).toEqual({ sent: 1, retried: 1, gaveUp: 0 });
      expect(row(good)?.status).toBe("verzonden");
      expect(row(bad)).toMatchObject({ status: "wachtend", attempts: 1 });
      expect(row(bad)?.lastError).toMatch(/Mailbox tijdelijk niet beschikbaar/);
      // Not again before the pause.
      expect(await deliverDueEmails(db, mail.send, timing, { clock })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
      now += MINUTE;
      expect(await deliverDueEmails(db, mail.send, timing, { clock })).toEqual({ sent: 0, retried: 1, gaveUp: 0 });
      now += 2 * MINUTE;
      expect(await deliverDueEmails(db, mail.send, timing, { clock })).toEqual({ sent: 0, retried: 0, gaveUp: 1 });
    } finally {
      mail.close();
    }
    expect(row(bad)).toMatchObject({ status: "mislukt", attempts: 3 });
    expect(received.map((r) => r.to)).toEqual([["goed@test.example"]]);
  });

  it("keeps an e-mail waiting while the mail server cannot be reached", async () => {
    const id = queue("dicht");
    const closed = smtpSender({
      host: "127.0.0.1",
      port: 1,
      secure: false,
      user: undefined,
      password: undefined,
      from: "x@y",
    });
    try {
      expect(await deliverDueEmails(db, closed.send, timing)).toEqual({ sent: 0, retried: 1, gaveUp: 0 });
    } finally {
      closed.close();
    }
    expect(row(id)).toMatchObject({ status: "wachtend", attempts: 1, lockedUntil: null });
  });
});
