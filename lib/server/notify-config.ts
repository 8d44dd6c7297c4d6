// The settings of notifications by e-mail and of the scheduled jobs, read from the environment (README,
// "E-mail en meldingen"). Read on every use, so a test can change them; nothing here is kept in memory.

export type SmtpSettings = {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
};

type Env = Record<string, string | undefined>;

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function whole(value: string | undefined, fallback: number, min = 0): number {
  const parsed = Number(value);
  return value?.trim() && Number.isSafeInteger(parsed) && parsed >= min ? parsed : fallback;
}

/** The mail server, or null when no e-mail can be sent: then nothing is queued and the account page says so. */
export function smtpSettings(env: Env = process.env): SmtpSettings | null {
  const host = text(env.SMTP_HOST);
  const from = text(env.SMTP_FROM);
  if (!host || !from) return null;
  const secure = text(env.SMTP_SECURE)?.toLowerCase() === "true";
  return {
    host,
    port: whole(env.SMTP_PORT, secure ? 465 : 587, 1),
    secure,
    user: text(env.SMTP_USER),
    password: env.SMTP_PASSWORD || undefined,
    from,
  };
}

export const emailAvailable = (env: Env = process.env) => smtpSettings(env) !== null;

/** Where the application is reached from outside, for the links in e-mails: no slash at the end. */
export function appUrl(env: Env = process.env): string {
  const url = text(env.APP_URL) ?? `http://localhost:${text(env.PORT) ?? "3000"}`;
  return url.replace(/\/+$/, "");
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export type NotifyTiming = {
  /** How often a server process looks for e-mail to send. */
  pollMs: number;
  /** How often a server process looks whether a scheduled job is due. */
  jobTickMs: number;
  /** How long a claimed e-mail is someone's to send before another process may take it. */
  sendLeaseMs: number;
  /** How long a job run is someone's before another process may take it over. */
  jobLeaseMs: number;
  /** Attempts before an e-mail is given up (status mislukt). */
  maxAttempts: number;
  /** The pause after the first failed attempt; it doubles after each next one, up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** From this hour (Amsterdam) the daily summary goes out. */
  summaryHour: number;
};

export function notifyTiming(env: Env = process.env): NotifyTiming {
  return {
    pollMs: whole(env.NOTIFY_POLL_MS, 5 * SECOND, 50),
    jobTickMs: whole(env.NOTIFY_JOB_TICK_MS, MINUTE, 50),
    sendLeaseMs: whole(env.NOTIFY_SEND_LEASE_MS, 2 * MINUTE, 1),
    jobLeaseMs: whole(env.NOTIFY_JOB_LEASE_MS, 15 * MINUTE, 1),
    maxAttempts: whole(env.NOTIFY_MAX_ATTEMPTS, 8, 1),
    retryBaseMs: whole(env.NOTIFY_RETRY_MS, MINUTE, 0),
    retryMaxMs: whole(env.NOTIFY_RETRY_MAX_MS, 6 * HOUR, 0),
    summaryHour: Math.min(23, whole(env.NOTIFY_SUMMARY_HOUR, 7, 0)),
  };
}
