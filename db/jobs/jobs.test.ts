// The scheduled jobs against a real SQLite file with the demo data: due-date reminders once per missed date, the
// coordination of runs between processes through job_runs, and the daily summary once per person per day.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, like } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const schema = await import("../schema");
const { addActionItem, addIndicator, createProgramme } = await import("../fixtures");
const { notifyTiming } = await import("../../lib/server/notify-config");
const { remindOverdue } = await import("./due-dates");
const { queueDailySummaries } = await import("./daily-summary");
const { claimRun, finishRun } = await import("./job-runs");
const { runDueJobs } = await import("./schedule");

const SMTP = { SMTP_HOST: "127.0.0.1", SMTP_FROM: "Impactkoers <ik@test.example>", APP_URL: "https://ik.example" };
// 2 December 2026, 10:00 in Amsterdam.
const NOW = new Date("2026-12-02T09:00:00Z");
let db: AppDatabase;

const userId = (email: string) =>
  db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email)).get()?.id ?? 0;

function setMode(email: string, emailMode: "off" | "immediate" | "daily", since = new Date(0)) {
  db.insert(schema.notificationSettings)
    .values({ userId: userId(email), emailMode, updatedAt: since })
    .onConflictDoUpdate({ target: schema.notificationSettings.userId, set: { emailMode, updatedAt: since } })
    .run();
}

function freshProgramme() {
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Herinnering ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: ["Stichting Buurtkracht"],
  });
  // Monthly, last measured 1 September: due 1 October, overdue on 2 December.
  const indicator = addIndicator(db, programme, {
    name: `Deelnemers ${programme.id}`,
    unit: "deelnemers",
    baseline: { value: 20, date: "2026-01-01" },
    target: { value: 60, date: "2026-12-31" },
    measurements: [{ measuredOn: "2026-09-01", value: 30 }],
  });
  const action = addActionItem(db, programme, {
    description: `Flyers ${programme.id}`,
    owner: "partner@voorbeeld.example",
    dueDate: "2026-11-30",
  });
  return { programme, indicator, action };
}

const reminders = (entityType: string, entityId: number) =>
  db
    .select({ userId: schema.notifications.userId, dedupeKey: schema.notifications.dedupeKey })
    .from(schema.notifications)
    .where(and(eq(schema.notifications.entityType, entityType), eq(schema.notifications.entityId, entityId)))
    .all();

beforeAll(async () => {
  const directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "jobs-"));
  db = openDatabase(path.join(directory, "test.db"));
  runMigrations(db);
  await seedDemo(db);
});

afterEach(() => {
  for (const key of Object.keys(SMTP)) delete process.env[key];
});

describe("the due-date reminders", () => {
  it("remind each person once of each missed date, however often the job runs", () => {
    Object.assign(process.env, SMTP);
    setMode("team@voorbeeld.example", "immediate");
    const { programme, indicator, action } = freshProgramme();
    remindOverdue(db, NOW);
    remindOverdue(db, new Date(NOW.getTime() + 3_600_000));

    const measurement = reminders("indicator", indicator.id);
    expect(measurement.map((r) => r.userId).sort()).toEqual(
      [userId("manager@voorbeeld.example"), userId("team@voorbeeld.example")].sort(),
    );
    expect(new Set(measurement.map((r) => r.dedupeKey))).toEqual(
      new Set([`overdue:measurement:${indicator.id}:2026-10-01`]),
    );
    expect(reminders("action_item", action.id)).toEqual([
      { userId: userId("partner@voorbeeld.example"), dedupeKey: `overdue:action_item:${action.id}:2026-11-30` },
    ]);
    // The team member chose e-mail right away: one e-mail for the one reminder.
    const mails = db
      .select({ subject: schema.emailOutbox.subject, text: schema.emailOutbox.text })
      .from(schema.emailOutbox)
      .where(like(schema.emailOutbox.subject, `%Deelnemers ${programme.id}’%`))
      .all();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain("had op 1 oktober 2026 binnen moeten zijn");
    expect(mails[0]?.text).toMatch(/https:\/\/ik\.example\/notifications\/\d+\/open/);
    setMode("team@voorbeeld.example", "off");
  });

  it("reminds again when the next due date is missed, and records in the log that it reminded", () => {
    const { programme, indicator } = freshProgramme();
    remindOverdue(db, NOW);
    // Measured on 1 October: the next was due 1 November and is missed too, a new date to remind of.
    db.insert(schema.measurements)
      .values({
        organisationId: programme.organisationId,
        indicatorId: indicator.id,
        measuredOn: "2026-10-01",
        value: 33,
        enteredById: programme.ownerId,
      })
      .run();
    remindOverdue(db, NOW);
    expect(new Set(reminders("indicator", indicator.id).map((r) => r.dedupeKey))).toEqual(
      new Set([`overdue:measurement:${indicator.id}:2026-10-01`, `overdue:measurement:${indicator.id}:2026-11-01`]),
    );
    const logged = db
      .select({ actorId: schema.auditEvents.actorId })
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.action, "notification.reminders_sent"),
          eq(schema.auditEvents.organisationId, programme.organisationId),
        ),
      )
      .all();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((event) => event.actorId === null)).toBe(true);
  });
});

describe("job runs", () => {
  it("let one process run each run; another takes over a run whose lease passed unfinished", () => {
    const at = new Date(1_000_000);
    expect(claimRun(db, "test", "a", at, 1000)).toBe(true);
    expect(claimRun(db, "test", "a", at, 1000)).toBe(false);
    expect(claimRun(db, "test", "a", new Date(at.getTime() + 999), 1000)).toBe(false);
    // The first process died: after its lease, one other process takes over.
    const later = new Date(at.getTime() + 1001);
    expect(claimRun(db, "test", "a", later, 1000)).toBe(true);
    expect(claimRun(db, "test", "a", later, 1000)).toBe(false);
    finishRun(db, "test", "a", later, { ok: true });
    expect(claimRun(db, "test", "a", new Date(at.getTime() + 10_000), 1000)).toBe(false);
    expect(claimRun(db, "test", "b", at, 1000)).toBe(true);
  });

  it("run the due-date job once per hour and the summary once a day, from its hour", async () => {
    const timing = { ...notifyTiming({}), summaryHour: 7 };
    const early = new Date("2026-12-03T05:30:00Z"); // 06:30 in Amsterdam
    // The housekeeping runs once a day from midnight: here in the first turn of the day.
    expect(Object.keys(await runDueJobs(db, early, timing)).sort()).toEqual(["due-dates", "retention"]);
    expect(Object.keys(await runDueJobs(db, new Date(early.getTime() + 60_000), timing))).toEqual([]);
    const seven = new Date("2026-12-03T06:00:00Z"); // 07:00 in Amsterdam
    expect(Object.keys(await runDueJobs(db, seven, timing)).sort()).toEqual(["daily-summary", "due-dates"]);
    expect(Object.keys(await runDueJobs(db, new Date(seven.getTime() + 600_000), timing))).toEqual([]);
    const runs = db.select().from(schema.jobRuns).where(like(schema.jobRuns.runKey, "2026-12-03%")).all();
    expect(runs.map((run) => `${run.job} ${run.runKey}`).sort()).toEqual([
      "daily-summary 2026-12-03",
      "due-dates 2026-12-03T06",
      "due-dates 2026-12-03T07",
      "retention 2026-12-03",
    ]);
    expect(runs.every((run) => run.finishedAt instanceof Date)).toBe(true);
  });
});

describe("the daily summary", () => {
  it("sends one e-mail a day with what is new and unread, and the next day only what came after", () => {
    Object.assign(process.env, SMTP);
    const email = "management@voorbeeld.example";
    const management = userId(email);
    const since = new Date("2026-11-01T00:00:00Z");
    setMode(email, "daily", since);
    const organisationId =
      db
        .select({ id: schema.organisations.id })
        .from(schema.organisations)
        .where(eq(schema.organisations.slug, "voorbeeld"))
        .get()?.id ?? 0;
    const add = (key: string, at: Date, read = false) =>
      db
        .insert(schema.notifications)
        .values({
          organisationId,
          userId: management,
          kind: "page_changed",
          params: { actor: "Sanne", title: key, version: 2 },
          href: "/pages",
          dedupeKey: key,
          createdAt: at,
          readAt: read ? at : null,
        })
        .returning({ id: schema.notifications.id })
        .get().id;
    add("Van voor de keuze", new Date("2026-10-01T00:00:00Z"));
    const one = add("Eerste pagina", new Date("2026-12-01T10:00:00Z"));
    const two = add("Tweede pagina", new Date("2026-12-01T11:00:00Z"));
    add("Al gelezen", new Date("2026-12-01T12:00:00Z"), true);

    const summaries = () =>
      db
        .select()
        .from(schema.emailOutbox)
        .where(like(schema.emailOutbox.dedupeKey, `summary:${management}:%`))
        .all();
    expect(queueDailySummaries(db, NOW)).toMatchObject({ day: "2026-12-02", queued: 1 });
    expect(queueDailySummaries(db, new Date(NOW.getTime() + 3_600_000))).toMatchObject({ queued: 0 });
    expect(summaries()).toHaveLength(1);
    const first = summaries()[0];
    expect(first?.subject).toBe("Impactkoers: 2 nieuwe meldingen");
    expect(first?.text).toContain("Eerste pagina");
    expect(first?.text).toContain("Tweede pagina");
    expect(first?.text).not.toContain("Van voor de keuze");
    expect(first?.text).not.toContain("Al gelezen");
    expect(first?.text).toContain(`https://ik.example/notifications/${one}/open`);
    expect(first?.text).toContain("(Gemeente Voorbeeld)");

    // Nothing new: no e-mail the next day. Something new: only that.
    expect(queueDailySummaries(db, new Date("2026-12-03T09:00:00Z"))).toMatchObject({ queued: 0 });
    add("Derde pagina", new Date("2026-12-03T10:00:00Z"));
    expect(queueDailySummaries(db, new Date("2026-12-04T09:00:00Z"))).toMatchObject({ queued: 1 });
    const latest = summaries().find((mail) => mail.dedupeKey === `summary:${management}:2026-12-04`);
    expect(latest?.subject).toBe("Impactkoers: 1 nieuwe melding");
    expect(latest?.text).toContain("Derde pagina");
    expect(latest?.text).not.toContain(`/notifications/${two}/open`);
    setMode(email, "off");
  });

  it("queues nothing while no mail server is configured", () => {
    const beheerder = userId("beheerder@voorbeeld.example");
    setMode("beheerder@voorbeeld.example", "daily");
    const organisationId =
      db
        .select({ organisationId: schema.memberships.organisationId })
        .from(schema.memberships)
        .where(eq(schema.memberships.userId, beheerder))
        .get()?.organisationId ?? 0;
    db.insert(schema.notifications)
      .values({
        organisationId,
        userId: beheerder,
        kind: "page_changed",
        params: { actor: "Sanne", title: "Zonder server", version: 2 },
        href: "/pages",
        dedupeKey: "zonder-server",
        createdAt: NOW,
      })
      .run();
    expect(queueDailySummaries(db, NOW)).toMatchObject({ queued: 0 });
    Object.assign(process.env, SMTP);
    expect(queueDailySummaries(db, NOW)).toMatchObject({ queued: 1 });
    setMode("beheerder@voorbeeld.example", "off");
  });
});
