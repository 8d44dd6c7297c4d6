// How long the housekeeping job (db/jobs/retention.ts) keeps what the app needs only for a while. The README's
// "Persoonsgegevens (AVG)" names these periods; change them here and there together.
import { SESSION_MAX_AGE_SECONDS } from "./constants";
import { ACCOUNT_POLICY, CLIENT_POLICY } from "./sign-in-throttle";

const DAY = 24 * 60 * 60 * 1000;

export const RETENTION_DAYS = {
  /** A session that ended (signed out, timed out, ended elsewhere): still listed for a while, then gone. */
  sessions: 30,
  /** Sent and failed e-mails hold an address and a text; waiting ones stay until they are sent. */
  emails: 30,
  /** The health check's proof of a write. */
  healthChecks: 7,
  /** Which process ran which scheduled job when. */
  jobRuns: 90,
} as const;

/** The longest a failed sign-in counts: after its window and any block, a throttle row changes nothing any more. */
export const THROTTLE_MEMORY_MS = Math.max(ACCOUNT_POLICY.windowMs, CLIENT_POLICY.windowMs);

export type RetentionCutoffs = {
  /** Sessions that ended before this. */
  sessionsEndedBefore: Date;
  /** Sessions started before this: past their maximum age for longer than the retention, whatever their state. */
  sessionsStartedBefore: Date;
  /** Throttle rows whose window started before this (milliseconds) and that block nothing any more. */
  throttleWindowBefore: number;
  throttleBlockedBefore: number;
  emailsBefore: Date;
  healthChecksBefore: Date;
  jobRunsBefore: Date;
};

export function retentionCutoffs(now: Date): RetentionCutoffs {
  const at = now.getTime();
  const daysAgo = (days: number) => new Date(at - days * DAY);
  return {
    sessionsEndedBefore: daysAgo(RETENTION_DAYS.sessions),
    sessionsStartedBefore: new Date(at - RETENTION_DAYS.sessions * DAY - SESSION_MAX_AGE_SECONDS * 1000),
    throttleWindowBefore: at - THROTTLE_MEMORY_MS,
    throttleBlockedBefore: at,
    emailsBefore: daysAgo(RETENTION_DAYS.emails),
    healthChecksBefore: daysAgo(RETENTION_DAYS.healthChecks),
    jobRunsBefore: daysAgo(RETENTION_DAYS.jobRuns),
  };
}
