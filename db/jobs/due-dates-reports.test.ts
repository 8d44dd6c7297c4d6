// The reminders of partners' reports against a real SQLite file with the demo data: a week before the due day and
// once it is missed, each once per person of the reporting organisation, however often and in however many server
// processes the job runs; nothing for a report handed in or sent back, nothing for another organisation's people.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const schema = await import("../schema");
const { addIndicator, addReportingPeriod, createProgramme } = await import("../fixtures");
const { addSecondPartner, SECOND_PARTNER, SECOND_PARTNER_USER } = await import("../queries/reporting.world");
const { remindOverdue } = await import("./due-dates");

// 2 December 2026, 10:00 in Amsterdam.
const NOW = new Date("2026-12-02T09:00:00Z");
const at = (day: string) => new Date(`${day}T09:00:00Z`);
let directory = "";
let file = "";
let db: AppDatabase;

const userId = (email: string) =>
  db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email)).get()?.id ?? 0;

/** The reminders of one period, as "kind user" pairs. */
const reminders = (periodId: number) =>
  db
    .select({ kind: schema.notifications.kind, userId: schema.notifications.userId })
    .from(schema.notifications)
    .where(and(eq(schema.notifications.entityType, "reporting_period"), eq(schema.notifications.entityId, periodId)))
    .all()
    .map((row) => `${row.kind} ${row.userId}`)
    .sort();

function world() {
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Herinnering rapportage ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: ["Stichting Buurtkracht", SECOND_PARTNER],
  });
  const { id: indicatorId } = addIndicator(db, programme, {
    name: `Bezoeken ${programme.id}`,
    unit: "bezoeken",
    baseline: { value: 20, date: "2026-01-01" },
    target: { value: 60, date: "2027-12-31" },
  });
  const period = (
    startsOn: string,
    endsOn: string,
    dueOn: string,
    options: { partner?: string; submittedBy?: string } = {},
  ) =>
    addReportingPeriod(db, programme, {
      partner: options.partner,
      indicatorIds: [indicatorId],
      startsOn,
      endsOn,
      dueOn,
      submitted: options.submittedBy ? { by: options.submittedBy, values: [{ indicatorId, value: 4 }] } : undefined,
    });
  const sentBack = period("2026-06-01", "2026-06-30", "2026-11-28", { submittedBy: "partner@voorbeeld.example" });
  db.update(schema.submissions)
    .set({ status: "teruggestuurd" })
    .where(eq(schema.submissions.id, sentBack.submissionId ?? 0))
    .run();
  return {
    nextWeek: period("2026-11-01", "2026-11-30", "2026-12-08").periodId,
    inTwoWeeks: period("2026-10-01", "2026-10-31", "2026-12-15").periodId,
    missed: period("2026-09-01", "2026-09-30", "2026-12-01").periodId,
    theirsMissed: period("2026-09-01", "2026-09-30", "2026-12-01", { partner: SECOND_PARTNER }).periodId,
    handedIn: period("2026-08-01", "2026-08-31", "2026-11-30", { submittedBy: "partner@voorbeeld.example" }).periodId,
    sentBack: sentBack.periodId,
  };
}

beforeAll(async () => {
  directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "due-reports-"));
  file = path.join(directory, "test.db");
  db = openDatabase(file);
  runMigrations(db);
  await seedDemo(db);
  addSecondPartner(db);
});

afterAll(() => {
  db.$client.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("the reminders of partners' reports", () => {
  it("remind the reporting organisation a week ahead and once missed, each once, whatever runs when", () => {
    const w = world();
    const partner = userId("partner@voorbeeld.example");
    const other = userId(SECOND_PARTNER_USER);
    remindOverdue(db, NOW);
    remindOverdue(db, new Date(NOW.getTime() + 3_600_000));

    expect(reminders(w.nextWeek)).toEqual([`report_due ${partner}`]);
    expect(reminders(w.missed)).toEqual([`report_overdue ${partner}`]);
    expect(reminders(w.theirsMissed)).toEqual([`report_overdue ${other}`]);
    // More than a week ahead, handed in, or sent back (the partner was told then): no reminder.
    for (const id of [w.inTwoWeeks, w.handedIn, w.sentBack]) expect(reminders(id), String(id)).toEqual([]);

    // A week before its due day the next one is reminded of; the day after it, the missed one; each once.
    remindOverdue(db, at("2026-12-08"));
    remindOverdue(db, at("2026-12-09"));
    remindOverdue(db, at("2026-12-10"));
    expect(reminders(w.nextWeek)).toEqual([`report_due ${partner}`, `report_overdue ${partner}`]);
    expect(reminders(w.inTwoWeeks)).toEqual([`report_due ${partner}`]);
    expect(reminders(w.missed)).toEqual([`report_overdue ${partner}`]);

    const [row] = db
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.entityId, w.missed), eq(schema.notifications.kind, "report_overdue")))
      .all();
    expect(row).toMatchObject({
      actorId: null,
      dedupeKey: `report_overdue:${w.missed}:2026-12-01`,
      params: { partner: "Stichting Buurtkracht", startsOn: "2026-09-01", endsOn: "2026-09-30", dueOn: "2026-12-01" },
      href: expect.stringMatching(new RegExp(`/reporting/${w.missed}$`)),
    });
  });

  it("remind once when two server processes run the job on the same database", () => {
    const w = world();
    const second = openDatabase(file);
    try {
      const first = remindOverdue(db, NOW);
      const again = remindOverdue(second, NOW);
      expect(first.created).toBeGreaterThan(0);
      expect(again.created).toBe(0);
      expect(reminders(w.missed)).toHaveLength(1);
      expect(reminders(w.nextWeek)).toHaveLength(1);
    } finally {
      second.$client.close();
    }
  });

  it("remind again when the due day is moved", () => {
    const w = world();
    remindOverdue(db, NOW);
    db.update(schema.reportingPeriods)
      .set({ dueOn: "2026-12-20" })
      .where(eq(schema.reportingPeriods.id, w.missed))
      .run();
    remindOverdue(db, at("2026-12-14"));
    const keys = db
      .select({ dedupeKey: schema.notifications.dedupeKey })
      .from(schema.notifications)
      .where(like(schema.notifications.dedupeKey, `report_%:${w.missed}:%`))
      .all()
      .map((row) => row.dedupeKey)
      .sort();
    expect(keys).toEqual([`report_due:${w.missed}:2026-12-20`, `report_overdue:${w.missed}:2026-12-01`]);
  });
});
