// Due work against a real SQLite file with the demo data: who is asked to measure and to finish an action point, as
// the access kernel says, and what counts as due and overdue.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const schema = await import("../schema");
const { addActionItem, addIndicator, addReportingPeriod, createProgramme } = await import("../fixtures");
const { dueWork } = await import("./due-work");
const { countingStatements } = await import("../test-database");
const { addSecondPartner, SECOND_PARTNER, SECOND_PARTNER_USER } = await import("./reporting.world");

const TODAY = "2026-12-02";
let db: AppDatabase;

const userId = (email: string) =>
  db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email)).get()?.id ?? 0;

function freshProgramme() {
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Due ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: ["Stichting Buurtkracht"],
  });
  const indicator = addIndicator(db, programme, {
    name: `Deelnemers ${programme.id}`,
    unit: "deelnemers",
    baseline: { value: 20, date: "2026-01-01" },
    target: { value: 60, date: "2026-12-31" },
    measurements: [{ measuredOn: "2026-09-01", value: 30 }],
  });
  return { programme, indicator };
}

beforeAll(async () => {
  const directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "due-work-"));
  db = openDatabase(path.join(directory, "test.db"));
  runMigrations(db);
  await seedDemo(db);
  addSecondPartner(db);
});

describe("dueWork", () => {
  it("gives one person the same part when asked for one kind of work, in fewer statements", () => {
    const { programme } = freshProgramme();
    const organisationId = programme.organisationId;
    const people = [
      "manager@voorbeeld.example",
      "team@voorbeeld.example",
      "beheerder@voorbeeld.example",
      "partner@voorbeeld.example",
      "management@voorbeeld.example",
      SECOND_PARTNER_USER,
    ].map(userId);
    const kinds = ["measurement", "action_item", "reporting_period"] as const;
    let found = 0;
    for (const person of people) {
      const all = countingStatements(db, () => dueWork(db, organisationId, TODAY, { userId: person }));
      for (const kind of kinds) {
        const one = countingStatements(db, () => dueWork(db, organisationId, TODAY, { userId: person, kinds: [kind] }));
        expect(one.result).toEqual(all.result.filter((item) => item.kind === kind));
        expect(one.statements).toBeLessThan(all.statements);
        found += one.result.length;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it("asks the team members who may measure, not the beheerder, management or the partner", () => {
    const { programme, indicator } = freshProgramme();
    const organisationId = programme.organisationId;
    // Monthly, last measured 1 September: due 1 October, missed after the grace days.
    const item = dueWork(db, organisationId, TODAY).find(
      (i) => i.kind === "measurement" && i.entityId === indicator.id,
    );
    expect(item).toMatchObject({ state: "overdue", dueOn: "2026-10-01", programmeId: programme.id });
    expect(item?.userIds.sort()).toEqual(
      [userId("manager@voorbeeld.example"), userId("team@voorbeeld.example")].sort(),
    );
    // Due on 1 October is more than two weeks ahead on 1 September, and not yet overdue on 10 October.
    expect(dueWork(db, organisationId, "2026-09-02").some((i) => i.entityId === indicator.id)).toBe(false);
    expect(dueWork(db, organisationId, "2026-10-10").find((i) => i.entityId === indicator.id)?.state).toBe("due");
  });

  it("asks the owner of an action point, a partner too, while they may still finish it", () => {
    const { programme } = freshProgramme();
    const partner = userId("partner@voorbeeld.example");
    const late = addActionItem(db, programme, {
      description: "Flyers rondbrengen",
      owner: "partner@voorbeeld.example",
      dueDate: "2026-11-30",
    });
    const soon = addActionItem(db, programme, {
      description: "Buurthuis bellen",
      owner: "partner@voorbeeld.example",
      dueDate: "2026-12-10",
    });
    const later = addActionItem(db, programme, {
      description: "Evaluatie",
      owner: "partner@voorbeeld.example",
      dueDate: "2027-03-01",
    });
    const mine = dueWork(db, programme.organisationId, TODAY, { userId: partner }).filter(
      (i) => i.programmeId === programme.id,
    );
    expect(mine.map((i) => [i.entityId, i.state])).toEqual([
      [late.id, "overdue"],
      [soon.id, "due"],
    ]);
    expect(mine.some((i) => i.entityId === later.id)).toBe(false);
    expect(mine[0]?.href).toBe(`/programmes/${programme.id}/reflections/${late.sessionId}#actie-${late.id}`);

    // Once the partner organisation no longer takes part, its people cannot finish the programme's action points.
    db.delete(schema.programmePartners).where(eq(schema.programmePartners.programmeId, programme.id)).run();
    expect(
      dueWork(db, programme.organisationId, TODAY, { userId: partner }).some((i) => i.programmeId === programme.id),
    ).toBe(false);
  });

  it("leaves out what is done, archived or of another gemeente", () => {
    const { programme, indicator } = freshProgramme();
    const done = addActionItem(db, programme, {
      description: "Klaar",
      owner: "manager@voorbeeld.example",
      dueDate: "2026-11-01",
    });
    db.update(schema.actionItems).set({ status: "klaar" }).where(eq(schema.actionItems.id, done.id)).run();
    const ids = () => dueWork(db, programme.organisationId, TODAY).map((i) => `${i.kind}:${i.entityId}`);
    expect(ids()).toContain(`measurement:${indicator.id}`);
    expect(ids()).not.toContain(`action_item:${done.id}`);

    const testdorp = db
      .select({ id: schema.organisations.id })
      .from(schema.organisations)
      .where(eq(schema.organisations.slug, "testdorp"))
      .get();
    expect(dueWork(db, testdorp?.id ?? 0, TODAY).some((i) => i.programmeId === programme.id)).toBe(false);

    db.update(schema.programmes)
      .set({ archivedAt: new Date(), archiveReason: "Dubbel" })
      .where(and(eq(schema.programmes.id, programme.id)))
      .run();
    expect(ids()).not.toContain(`measurement:${indicator.id}`);
  });
});

describe("dueWork of partner reports", () => {
  it("asks the people of the period's own partner organisation, and only while the report is theirs to hand in", () => {
    const programme = createProgramme(db, {
      gemeente: "Gemeente Voorbeeld",
      name: `Rapporteren ${Math.random().toString(36).slice(2)}`,
      societalChallenge: "Eenzaamheid.",
      owner: "manager@voorbeeld.example",
      team: ["team@voorbeeld.example"],
      partners: ["Stichting Buurtkracht", SECOND_PARTNER],
    });
    const { id: indicatorId } = addIndicator(db, programme, {
      name: `Bezoeken ${programme.id}`,
      unit: "bezoeken",
      baseline: { value: 20, date: "2026-01-01" },
      target: { value: 60, date: "2026-12-31" },
    });
    const span = (startsOn: string, endsOn: string, dueOn: string, partner?: string) =>
      addReportingPeriod(db, programme, { partner, indicatorIds: [indicatorId], startsOn, endsOn, dueOn });
    const october = span("2026-10-01", "2026-10-31", "2026-11-15");
    const november = span("2026-11-01", "2026-11-30", "2026-12-09");
    const december = span("2026-12-01", "2026-12-31", "2027-01-15");
    const theirs = span("2026-10-01", "2026-10-31", "2026-11-15", SECOND_PARTNER);
    const handedIn = addReportingPeriod(db, programme, {
      indicatorIds: [indicatorId],
      startsOn: "2026-09-01",
      endsOn: "2026-09-30",
      dueOn: "2026-10-15",
      submitted: { by: "partner@voorbeeld.example", values: [{ indicatorId, value: 3 }] },
    });
    const reports = dueWork(db, programme.organisationId, TODAY).filter(
      (i) => i.kind === "reporting_period" && i.programmeId === programme.id,
    );
    expect(reports.map((i) => [i.entityId, i.state, i.userIds])).toEqual([
      [october.periodId, "overdue", [userId("partner@voorbeeld.example")]],
      [theirs.periodId, "overdue", [userId(SECOND_PARTNER_USER)]],
      [november.periodId, "due", [userId("partner@voorbeeld.example")]],
    ]);
    expect(reports[0]).toMatchObject({
      title: "Stichting Buurtkracht",
      dueOn: "2026-11-15",
      href: `/programmes/${programme.id}/reporting/${october.periodId}`,
      period: { startsOn: "2026-10-01", endsOn: "2026-10-31", status: null },
    });
    const ids = reports.map((i) => i.entityId);
    expect(ids).not.toContain(december.periodId);
    expect(ids).not.toContain(handedIn.periodId);

    // Sent back, it is the partner's again, also before its due day.
    db.update(schema.submissions)
      .set({ status: "teruggestuurd" })
      .where(eq(schema.submissions.id, handedIn.submissionId ?? 0))
      .run();
    const again = dueWork(db, programme.organisationId, "2026-10-01").find(
      (i) => i.kind === "reporting_period" && i.entityId === handedIn.periodId,
    );
    expect(again).toMatchObject({ kind: "reporting_period", state: "sent_back", period: { status: "teruggestuurd" } });
  });
});
