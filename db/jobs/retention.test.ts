// The daily housekeeping against a real SQLite file with the demo data: what is past its retention goes, what is still
// needed stays, and of two server processes asking on the same day only one runs it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const schema = await import("../schema");
const { notifyTiming } = await import("../../lib/server/notify-config");
const { cleanUp } = await import("./retention");
const { runDueJobs } = await import("./schedule");

// 2 December 2026, 10:00 in Amsterdam.
const NOW = new Date("2026-12-02T09:00:00Z");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

let directory = "";
let db: AppDatabase;

const values = (sql: string) => db.$client.prepare(sql).pluck().all();

let userId = 0;
let sessions = 0;
function session(label: string, times: { createdAt: Date; lastSeenAt?: Date; endedAt?: Date }) {
  sessions += 1;
  db.insert(schema.userSessions)
    .values({
      tokenHash: `${label}-${sessions}`,
      userId,
      device: label,
      sessionVersion: 1,
      createdAt: times.createdAt,
      lastSeenAt: times.lastSeenAt ?? times.createdAt,
      endedAt: times.endedAt ?? null,
      endReason: times.endedAt ? "afgemeld" : null,
    })
    .run();
}

function world() {
  userId = Number(db.$client.prepare("select id from users where email = 'team@voorbeeld.example'").pluck().get());
  session("ended long ago", { createdAt: ago(40 * DAY), endedAt: ago(31 * DAY) });
  session("ended last month", { createdAt: ago(29 * DAY), endedAt: ago(29 * DAY) });
  session("expired long ago", { createdAt: ago(31 * DAY - 11 * 60 * MINUTE) });
  session("expired recently", { createdAt: ago(2 * DAY) });
  session("live", { createdAt: ago(30 * MINUTE), lastSeenAt: ago(MINUTE) });

  const now = NOW.getTime();
  db.insert(schema.signInThrottle)
    .values([
      { email: "oud@voorbeeld.example", failures: 3, windowStartedAt: now - 20 * MINUTE, blockedUntil: null },
      { email: "ip:10.0.0.1", failures: 20, windowStartedAt: now - 40 * MINUTE, blockedUntil: now - 25 * MINUTE },
      {
        email: "geblokkeerd@voorbeeld.example",
        failures: 5,
        windowStartedAt: now - 20 * MINUTE,
        blockedUntil: now + MINUTE,
      },
      { email: "net@voorbeeld.example", failures: 1, windowStartedAt: now - 5 * MINUTE, blockedUntil: null },
    ])
    .run();

  db.insert(schema.healthChecks)
    .values([
      { id: 1, checkedAt: ago(8 * DAY) },
      { id: 2, checkedAt: ago(MINUTE) },
    ])
    .run();

  const mail = (key: string, status: "wachtend" | "verzonden" | "mislukt", createdAt: Date) => ({
    userId,
    toAddress: "team@voorbeeld.example",
    subject: key,
    text: "…",
    dedupeKey: key,
    status,
    createdAt,
  });
  db.insert(schema.emailOutbox)
    .values([
      mail("sent long ago", "verzonden", ago(31 * DAY)),
      mail("failed long ago", "mislukt", ago(45 * DAY)),
      mail("sent last week", "verzonden", ago(7 * DAY)),
      mail("still waiting", "wachtend", ago(40 * DAY)),
    ])
    .run();

  db.insert(schema.jobRuns)
    .values([
      {
        job: "due-dates",
        runKey: "old",
        startedAt: ago(100 * DAY),
        leaseUntil: ago(100 * DAY),
        finishedAt: ago(100 * DAY),
      },
      { job: "due-dates", runKey: "recent", startedAt: ago(DAY), leaseUntil: ago(DAY), finishedAt: ago(DAY) },
    ])
    .run();
}

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "retention-"));
  db = openDatabase(path.join(directory, "test.db"));
  runMigrations(db);
  await seedDemo(db);
  world();
});

afterAll(() => {
  db.$client.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("the retention job", () => {
  it("removes what is past its retention and keeps what is still needed", () => {
    const auditBefore = values("select count(*) from audit_events")[0];
    expect(cleanUp(db, NOW)).toEqual({ sessions: 2, signInThrottle: 2, emails: 2, healthChecks: 1, jobRuns: 1 });

    expect(values("select device from user_sessions order by id")).toEqual([
      "ended last month",
      "expired recently",
      "live",
    ]);
    expect(values("select email from sign_in_throttle order by email")).toEqual([
      "geblokkeerd@voorbeeld.example",
      "net@voorbeeld.example",
    ]);
    expect(values("select id from health_checks")).toEqual([2]);
    expect(values("select subject from email_outbox order by id")).toEqual(["sent last week", "still waiting"]);
    expect(values("select run_key from job_runs where job = 'due-dates'")).toEqual(["recent"]);
    // Nothing a gemeente recorded is touched.
    expect(values("select count(*) from audit_events")[0]).toBe(auditBefore);

    // Run again: nothing left to remove.
    expect(cleanUp(db, NOW)).toEqual({ sessions: 0, signInThrottle: 0, emails: 0, healthChecks: 0, jobRuns: 0 });
  });

  it("runs once a day, in one of two server processes", async () => {
    const timing = notifyTiming({});
    const second = openDatabase(path.join(directory, "test.db"));
    try {
      const first = await runDueJobs(db, NOW, timing);
      const again = await runDueJobs(second, new Date(NOW.getTime() + MINUTE), timing);
      expect(first).toHaveProperty("retention");
      expect(again).not.toHaveProperty("retention");
      const tomorrow = await runDueJobs(second, new Date(NOW.getTime() + DAY), timing);
      expect(tomorrow).toHaveProperty("retention");
      expect(values("select run_key from job_runs where job = 'retention' order by run_key")).toEqual([
        "2026-12-02",
        "2026-12-03",
      ]);
    } finally {
      second.$client.close();
    }
  });
});
