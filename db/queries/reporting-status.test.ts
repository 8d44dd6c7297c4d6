// Where partner reporting stands for its readers, against a real SQLite file with the demo data: who reports which
// indicators (a partner sees only its own organisation), and the gemeente-wide numbers per partner and per programme
// (management and the beheerder only, never another gemeente's, one statement however many programmes there are).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { SubmissionStatus } from "@/lib/domain/submissions";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { countingStatements, current, demoDatabase } = await import("../test-database");

const schema = await import("../schema");
const { addReportingPeriod, createProgramme } = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const { addSecondPartner, reportingWorld, SECOND_PARTNER, SECOND_PARTNER_USER } = await import("./reporting.world");
const setup = await import("./reporting-setup");
const periods = await import("./reporting-periods");
const status = await import("./reporting-status");
const { addDays } = await import("@/lib/domain/measurement-schedule");
const { todayInAmsterdam } = await import("@/lib/domain/time");

let db: AppDatabase;
let close = () => {};
type Person = "beheerder" | "manager" | "team" | "management" | "partner" | "other" | "testdorp";
const people = {} as Record<Person, Viewer>;
let buurtkracht = 0;
let welzijn = 0;
const today = todayInAmsterdam();
const day = (offset: number) => addDays(today, offset) ?? today;

const as = (person: Person) => {
  current.viewer = people[person];
};

beforeAll(async () => {
  ({ db, close } = await demoDatabase("reporting-status"));
  welzijn = addSecondPartner(db);
  people.beheerder = demoViewer(db, "beheerder@voorbeeld.example");
  people.manager = demoViewer(db, "manager@voorbeeld.example");
  people.team = demoViewer(db, "team@voorbeeld.example");
  people.management = demoViewer(db, "management@voorbeeld.example");
  people.partner = demoViewer(db, "partner@voorbeeld.example");
  people.other = demoViewer(db, SECOND_PARTNER_USER);
  people.testdorp = demoViewer(db, "beheerder@testdorp.example");
  buurtkracht = people.partner.partnerOrganisationId ?? 0;
});

afterAll(() => {
  close();
});

/** A period of the partner in the programme, due `dueIn` days from today, with a report in `status` if given. */
async function period(programmeId: number, partnerOrganisationId: number, dueIn: number, state?: SubmissionStatus) {
  as("manager");
  const span = { startsOn: day(dueIn - 12), endsOn: day(dueIn - 10), dueOn: day(dueIn) };
  expect(await periods.createReportingPeriod({ programmeId }, { partnerOrganisationId, ...span })).toMatchObject({
    ok: true,
  });
  const row = db
    .select({ id: schema.reportingPeriods.id, organisationId: schema.reportingPeriods.organisationId })
    .from(schema.reportingPeriods)
    .where(eq(schema.reportingPeriods.startsOn, span.startsOn))
    .all()
    .at(-1);
  if (!row || !state) return;
  db.insert(schema.submissions)
    .values({ organisationId: row.organisationId, programmeId, partnerOrganisationId, periodId: row.id, status: state })
    .run();
}

describe("who reports which indicators", () => {
  it("shows the gemeente every partner of the programme, a partner only its own, and the set-up only to the manager", async () => {
    const w = reportingWorld(db);
    const ids = { programmeId: w.programmeId };
    as("manager");
    await setup.assignIndicators(ids, { partnerOrganisationId: buurtkracht, indicatorIds: "all" });
    await setup.assignIndicators(ids, { partnerOrganisationId: welzijn, indicatorIds: [w.volunteers] });
    const ended = (await status.reportingParties(ids)).partners
      .find((p) => p.id === buurtkracht)
      ?.assignments.find((a) => a.indicatorId === w.participants);
    expect(await setup.endAssignment({ ...ids, assignmentId: ended?.id ?? 0 })).toMatchObject({ ok: true });

    const named = (parties: Awaited<ReturnType<typeof status.reportingParties>>) =>
      parties.partners.map((p) => [p.name, p.assignments.map((a) => a.indicatorName)]);
    for (const person of ["manager", "beheerder", "team", "management"] as const) {
      as(person);
      const parties = await status.reportingParties(ids);
      expect(named(parties)).toEqual([
        ["Stichting Buurtkracht", ["Vrijwilligers"]],
        [SECOND_PARTNER, ["Vrijwilligers"]],
      ]);
      expect(parties.mayManage).toBe(person === "manager" || person === "beheerder");
    }
    as("partner");
    expect(named(await status.reportingParties(ids))).toEqual([["Stichting Buurtkracht", ["Vrijwilligers"]]]);
    expect((await status.reportingParties(ids)).mayManage).toBe(false);
    as("other");
    expect(named(await status.reportingParties(ids))).toEqual([[SECOND_PARTNER, ["Vrijwilligers"]]]);

    // A programme the partner does not take part in, and another gemeente's, do not exist for them.
    expect(await status.readsReporting({ programmeId: w.elsewhereId })).toBe(false);
    await expect(status.reportingParties({ programmeId: w.elsewhereId })).rejects.toThrow("not found");
    as("partner");
    expect(await status.readsReporting({ programmeId: w.elsewhereId })).toBe(true);
    as("testdorp");
    expect(await status.readsReporting(ids)).toBe(false);
    await expect(status.reportingParties(ids)).rejects.toThrow("not found");
  });
});

describe("the gemeente's reporting status", () => {
  it("counts the periods per partner and per programme by where they stand", async () => {
    as("management");
    const before = await status.reportingStatus({});
    const w = reportingWorld(db);
    await period(w.programmeId, buurtkracht, -20);
    await period(w.programmeId, buurtkracht, -5, "concept");
    await period(w.programmeId, buurtkracht, 7);
    await period(w.programmeId, buurtkracht, 100);
    await period(w.programmeId, buurtkracht, -60, "ingediend");
    await period(w.programmeId, buurtkracht, 30, "teruggestuurd");
    await period(w.programmeId, buurtkracht, -90, "teruggestuurd");
    await period(w.programmeId, buurtkracht, -120, "goedgekeurd");
    await period(w.programmeId, welzijn, -20);

    for (const person of ["management", "beheerder"] as const) {
      as(person);
      const after = await status.reportingStatus({});
      const programme = after.programmes.lines.find((line) => line.id === w.programmeId);
      // The one not due for 100 days asks nothing yet; a report sent back and past its day is late.
      expect(programme?.counts).toEqual({ due: 1, overdue: 4, submitted: 1, sent_back: 1, approved: 1 });
      const grew = (id: number) => {
        const was = before.partners.lines.find((line) => line.id === id)?.counts;
        const now = after.partners.lines.find((line) => line.id === id)?.counts;
        return Object.fromEntries(Object.entries(now ?? {}).map(([key, n]) => [key, n - (was?.[key as "due"] ?? 0)]));
      };
      expect(grew(buurtkracht)).toEqual({ due: 1, overdue: 3, submitted: 1, sent_back: 1, approved: 1 });
      expect(grew(welzijn)).toEqual({ due: 0, overdue: 1, submitted: 0, sent_back: 0, approved: 0 });
      expect(after.totals.overdue).toBe(before.totals.overdue + 4);
    }

    // Another gemeente sees none of it.
    as("testdorp");
    const elsewhere = await status.reportingStatus({});
    expect(elsewhere.programmes.lines.some((line) => line.id === w.programmeId)).toBe(false);
    expect(elsewhere.partners.lines.some((line) => line.id === buurtkracht)).toBe(false);

    // An archived programme no longer counts.
    db.update(schema.programmes).set({ archivedAt: new Date() }).where(eq(schema.programmes.id, w.programmeId)).run();
    as("management");
    const archived = await status.reportingStatus({});
    expect(archived.programmes.lines.some((line) => line.id === w.programmeId)).toBe(false);
    expect(archived.totals).toEqual(before.totals);
  });

  it("is for management and the beheerder only", async () => {
    for (const person of ["manager", "team", "partner"] as const) {
      as(person);
      await expect(status.reportingStatus({})).rejects.toThrow("dashboard.read");
    }
  });

  it("runs one statement however many programmes report, and pages both lists", async () => {
    as("management");
    const before = await countingStatements(db, () => status.reportingStatus({}));
    expect(before.statements).toBe(1);
    for (let n = 0; n < 30; n += 1) {
      const programme = createProgramme(db, {
        gemeente: "Gemeente Voorbeeld",
        name: `Telling ${String(n).padStart(2, "0")}`,
        societalChallenge: "Eenzaamheid.",
        owner: "manager@voorbeeld.example",
        team: [],
        partners: ["Stichting Buurtkracht"],
      });
      addReportingPeriod(db, programme, { indicatorIds: [], startsOn: day(-40), endsOn: day(-10), dueOn: day(-5) });
    }
    const after = await countingStatements(db, () => status.reportingStatus({ programmePage: 2 }));
    expect(after.statements).toBe(before.statements);
    const { programmes } = after.result;
    expect(programmes.total).toBe(before.result.programmes.total + 30);
    expect(programmes.pageCount).toBe(Math.ceil(programmes.total / 25));
    expect(programmes.page).toBe(2);
    expect(programmes.lines).toHaveLength(Math.min(25, programmes.total - 25));
    const first = await status.reportingStatus({ programmePage: 1 });
    expect(first.programmes.lines.map((line) => line.id)).not.toContain(programmes.lines[0]?.id);
    // A page past the last shows the last.
    expect((await status.reportingStatus({ programmePage: 99 })).programmes.page).toBe(programmes.pageCount);
  });
});
