// Housekeeping, once a day: removes what the app kept only for a while (lib/domain/retention.ts says how long).
// Everything is in SQLite and job_runs hands each day's run to one process, so it is the same with one server
// process or many. Nothing a gemeente recorded is touched, so no audit event: the counts are kept in job_runs.
import { and, inArray, isNotNull, isNull, lt, lte, or } from "drizzle-orm";
import { retentionCutoffs } from "../../lib/domain/retention";
import type { AppDatabase } from "../client";
import { emailOutbox, healthChecks, jobRuns, signInThrottle, userSessions } from "../schema";
import { systemWrite } from "./system-write";

export const RETENTION_JOB = "retention";

export function cleanUp(db: AppDatabase, now: Date) {
  const cut = retentionCutoffs(now);
  return systemWrite(db, ({ tx }) => ({
    sessions: tx
      .delete(userSessions)
      .where(
        or(
          and(isNotNull(userSessions.endedAt), lt(userSessions.endedAt, cut.sessionsEndedBefore)),
          lt(userSessions.createdAt, cut.sessionsStartedBefore),
        ),
      )
      .run().changes,
    // A row whose window and block are over counts for nothing: a next failure starts a fresh window either way.
    signInThrottle: tx
      .delete(signInThrottle)
      .where(
        and(
          lt(signInThrottle.windowStartedAt, cut.throttleWindowBefore),
          or(isNull(signInThrottle.blockedUntil), lte(signInThrottle.blockedUntil, cut.throttleBlockedBefore)),
        ),
      )
      .run().changes,
    emails: tx
      .delete(emailOutbox)
      .where(and(inArray(emailOutbox.status, ["verzonden", "mislukt"]), lt(emailOutbox.createdAt, cut.emailsBefore)))
      .run().changes,
    healthChecks: tx.delete(healthChecks).where(lt(healthChecks.checkedAt, cut.healthChecksBefore)).run().changes,
    jobRuns: tx
      .delete(jobRuns)
      .where(and(isNotNull(jobRuns.finishedAt), lt(jobRuns.startedAt, cut.jobRunsBefore)))
      .run().changes,
  }));
}
