// The scheduled jobs and when each is due. A server process asks every minute or so (lib/server/notify-worker.ts);
// job_runs makes sure one process runs each run. `npm run jobs:run -- <job>` runs one at once (db/jobs/run.ts).
import { dailyRunKey, hourlyRunKey } from "../../lib/domain/notifications";
import { smtpSender } from "../../lib/server/mailer";
import { type NotifyTiming, smtpSettings } from "../../lib/server/notify-config";
import type { AppDatabase } from "../client";
import { queueDailySummaries } from "./daily-summary";
import { remindOverdue } from "./due-dates";
import { claimRun, finishRun } from "./job-runs";
import { deliverDueEmails } from "./outbox";
import { cleanUp, RETENTION_JOB } from "./retention";

type Job = {
  /** The run the clock is in now; null when the job is not due yet (the summary before its hour). */
  runKey(now: Date, timing: NotifyTiming): string | null;
  run(db: AppDatabase, now: Date, timing: NotifyTiming): unknown;
};

export const JOBS = {
  "due-dates": { runKey: (now) => hourlyRunKey(now), run: (db, now) => remindOverdue(db, now) },
  "daily-summary": {
    runKey: (now, timing) => dailyRunKey(now, timing.summaryHour),
    run: (db, now) => queueDailySummaries(db, now),
  },
  // Once a day, from midnight in Amsterdam.
  [RETENTION_JOB]: { runKey: (now) => dailyRunKey(now, 0), run: (db, now) => cleanUp(db, now) },
} satisfies Record<string, Job>;

export type JobName = keyof typeof JOBS | "outbox";
export const JOB_NAMES = [...Object.keys(JOBS), "outbox"] as JobName[];

/** Runs every job whose current run nobody has claimed yet. Answers what ran. */
export async function runDueJobs(db: AppDatabase, now: Date, timing: NotifyTiming) {
  const ran: Record<string, unknown> = {};
  for (const [name, job] of Object.entries(JOBS) as [string, Job][]) {
    const runKey = job.runKey(now, timing);
    if (runKey === null || !claimRun(db, name, runKey, now, timing.jobLeaseMs)) continue;
    const result = await job.run(db, now, timing);
    finishRun(db, name, runKey, new Date(), result);
    ran[name] = result;
  }
  return ran;
}

/** Sends the e-mails that are due, when a mail server is configured. */
export async function sendDueEmails(db: AppDatabase, timing: NotifyTiming) {
  const settings = smtpSettings();
  if (!settings) return { sent: 0, retried: 0, gaveUp: 0 };
  const sender = smtpSender(settings);
  try {
    return await deliverDueEmails(db, sender.send, timing);
  } finally {
    sender.close();
  }
}

/** One job now, whatever the schedule: recorded as a run of its own, made by hand. */
export async function runJobNow(db: AppDatabase, name: JobName, now: Date, timing: NotifyTiming) {
  if (name === "outbox") return sendDueEmails(db, timing);
  const runKey = `hand:${now.toISOString()}`;
  claimRun(db, name, runKey, now, timing.jobLeaseMs);
  const result = await (JOBS[name] as Job).run(db, now, timing);
  finishRun(db, name, runKey, new Date(), result);
  return result;
}
