// Scheduled jobs in several server processes: every process asks every minute, and job_runs makes sure each run of
// a job is done by one of them. Two connections to one database file stand for two processes that ask at the same
// moments, for a day of hourly turns.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("../client");
const { runMigrations } = await import("../migrate");
const schema = await import("../schema");
const { notifyTiming } = await import("../../lib/server/notify-config");
const { claimRun } = await import("./job-runs");
const { runDueJobs } = await import("./schedule");

let directory: string;
let first: AppDatabase;
let second: AppDatabase;

beforeAll(() => {
  directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "job-claims-"));
  const file = path.join(directory, "test.db");
  first = openDatabase(file);
  runMigrations(first);
  second = openDatabase(file);
});

afterAll(() => {
  first.$client.close();
  second.$client.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("scheduled jobs in two processes", () => {
  it("run each due run once, whichever process asks first", async () => {
    const timing = { ...notifyTiming({}), summaryHour: 7 };
    const ranBy: Record<string, string[]> = {};
    // 3 December 2026 from midnight in Amsterdam, both processes asking at the same moments every 20 minutes.
    for (let minute = 0; minute < 24 * 60; minute += 20) {
      const now = new Date(Date.UTC(2026, 11, 2, 23, minute));
      const [one, two] = await Promise.all([runDueJobs(first, now, timing), runDueJobs(second, now, timing)]);
      for (const [who, ran] of [
        ["first", one],
        ["second", two],
      ] as const) {
        for (const job of Object.keys(ran)) {
          ranBy[job] ??= [];
          ranBy[job].push(who);
        }
      }
    }
    // Every hour one due-date run, one summary and one clean-up that day: each by exactly one of the two.
    expect(ranBy["due-dates"]).toHaveLength(24);
    expect(ranBy["daily-summary"]).toHaveLength(1);
    expect(ranBy.retention).toHaveLength(1);
    const runs = first.select().from(schema.jobRuns).all();
    expect(runs).toHaveLength(26);
    expect(runs.every((run) => run.finishedAt instanceof Date)).toBe(true);
  });

  it("let one process take over a run whose process died, and only one", () => {
    const at = new Date(5_000_000);
    expect(claimRun(first, "test", "x", at, 1000)).toBe(true);
    // The first process died without finishing; both others notice after the lease.
    const after = new Date(at.getTime() + 1001);
    const takers = [claimRun(second, "test", "x", after, 1000), claimRun(first, "test", "x", after, 1000)];
    expect(takers.filter(Boolean)).toHaveLength(1);
  });
});
