// Who runs a scheduled job: one row per run (job and run key, such as "due-dates" and "2026-12-02T14"). The process
// whose insert lands runs it; every other process finds the row and leaves it. A run whose lease passed without it
// being finished (its process died) is taken over by the first process that asks after that.
import { and, eq, isNull, lt } from "drizzle-orm";
import type { AppDatabase } from "../client";
import { jobRuns } from "../schema";

export function claimRun(db: AppDatabase, job: string, runKey: string, now: Date, leaseMs: number): boolean {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const inserted = db
    .insert(jobRuns)
    .values({ job, runKey, startedAt: now, leaseUntil })
    .onConflictDoNothing()
    .run().changes;
  if (inserted === 1) return true;
  const takenOver = db
    .update(jobRuns)
    .set({ startedAt: now, leaseUntil })
    .where(
      and(eq(jobRuns.job, job), eq(jobRuns.runKey, runKey), isNull(jobRuns.finishedAt), lt(jobRuns.leaseUntil, now)),
    )
    .run().changes;
  return takenOver === 1;
}

export function finishRun(db: AppDatabase, job: string, runKey: string, now: Date, result: unknown) {
  db.update(jobRuns)
    .set({ finishedAt: now, result: JSON.stringify(result) })
    .where(and(eq(jobRuns.job, job), eq(jobRuns.runKey, runKey)))
    .run();
}
