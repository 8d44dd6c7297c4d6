// Setting up partner reporting and reading where it stands, against a real SQLite file with the demo data: assigning
// indicators (one, several, all; never twice), periods by frequency or of one's own choosing (never overlapping),
// deleting a period only while it has no report, documents, and the overviews: per programme, the partner's own
// work and the review queue, each showing a partner only its own organisation's.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");

const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { addSecondPartner, reportingWorld, SECOND_PARTNER_USER } = await import("./reporting.world");
const setup = await import("./reporting-setup");
const periods = await import("./reporting-periods");
const values = await import("./submission-values");
const documents = await import("./submission-documents");
const steps = await import("./submission-steps");
const overview = await import("./reporting-overview");

let db: AppDatabase;
let close = () => {};
const people = {} as Record<"manager" | "team" | "management" | "partner" | "other", Viewer>;
let buurtkracht = 0;
let welzijn = 0;

const as = (viewer: Viewer) => {
  current.viewer = viewer;
};

beforeAll(async () => {
  ({ db, close } = await demoDatabase("reporting"));
  welzijn = addSecondPartner(db);
  people.manager = demoViewer(db, "manager@voorbeeld.example");
  people.team = demoViewer(db, "team@voorbeeld.example");
  people.management = demoViewer(db, "management@voorbeeld.example");
  people.partner = demoViewer(db, "partner@voorbeeld.example");
  people.other = demoViewer(db, SECOND_PARTNER_USER);
  buurtkracht = people.partner.partnerOrganisationId ?? 0;
});

afterAll(() => {
  close();
});

const assignmentsOf = (programmeId: number, partnerOrganisationId: number) =>
  db
    .select()
    .from(schema.reportingAssignments)
    .where(
      and(
        eq(schema.reportingAssignments.programmeId, programmeId),
        eq(schema.reportingAssignments.partnerOrganisationId, partnerOrganisationId),
      ),
    )
    .all();

const periodsOf = (programmeId: number, partnerOrganisationId: number) =>
  db
    .select()
    .from(schema.reportingPeriods)
    .where(
      and(
        eq(schema.reportingPeriods.programmeId, programmeId),
        eq(schema.reportingPeriods.partnerOrganisationId, partnerOrganisationId),
      ),
    )
    .orderBy(schema.reportingPeriods.startsOn)
    .all();

describe("who reports which indicators", () => {
  it("assigns one, several or all of the programme's indicators, never twice, to a partner that takes part", async () => {
    const w = reportingWorld(db);
    const ids = { programmeId: w.programmeId };
    as(people.team);
    expect(await setup.assignIndicators(ids, { partnerOrganisationId: buurtkracht, indicatorIds: "all" })).toEqual({
      ok: false,
      error: "forbidden",
    });
    as(people.manager);
    expect(
      await setup.assignIndicators(ids, { partnerOrganisationId: buurtkracht, indicatorIds: [w.participants] }),
    ).toEqual({ ok: true, value: { assigned: 1 } });
    expect(await setup.assignIndicators(ids, { partnerOrganisationId: buurtkracht, indicatorIds: "all" })).toEqual({
      ok: true,
      value: { assigned: 1 },
    });
    expect(await setup.assignIndicators(ids, { partnerOrganisationId: buurtkracht, indicatorIds: "all" })).toEqual({
      ok: false,
      error: "alreadyAssigned",
      field: "indicatorIds",
    });
    // Another programme's indicator, and a partner that does not take part.
    expect(
      await setup.assignIndicators(ids, { partnerOrganisationId: buurtkracht, indicatorIds: [w.elsewhereIndicator] }),
    ).toMatchObject({ ok: false, error: "indicatorInvalid" });
    as(demoViewer(db, "adviseur@voorbeeld.example"));
    expect(
      await setup.assignIndicators(
        { programmeId: w.elsewhereId },
        { partnerOrganisationId: welzijn, indicatorIds: [w.elsewhereIndicator] },
      ),
    ).toEqual({ ok: false, error: "partnerNotInProgramme", field: "partnerOrganisationId" });

    as(people.manager);
    const [first] = assignmentsOf(w.programmeId, buurtkracht);
    expect(await setup.endAssignment({ ...ids, assignmentId: first?.id ?? 0 })).toEqual({ ok: true, value: undefined });
    expect(await setup.endAssignment({ ...ids, assignmentId: first?.id ?? 0 })).toEqual({
      ok: false,
      error: "assignmentEnded",
    });
    expect(assignmentsOf(w.programmeId, buurtkracht).filter((a) => a.endedAt === null)).toHaveLength(1);
    // Ended, it may be given again; the ended one stays.
    expect(
      await setup.assignIndicators(ids, {
        partnerOrganisationId: buurtkracht,
        indicatorIds: [first?.indicatorId ?? 0],
      }),
    ).toMatchObject({ ok: true });
    expect((await overview.reportingSetup(ids)).assignments).toHaveLength(3);
  });
});

describe("reporting periods", () => {
  it("are made per quarter over a span, or one of one's own choosing, never overlapping", async () => {
    const w = reportingWorld(db);
    const ids = { programmeId: w.programmeId };
    as(people.manager);
    const series = { partnerOrganisationId: buurtkracht, frequency: "kwartaal" as const, from: "2026-01-01" };
    expect(await periods.createReportingPeriods(ids, { ...series, to: "2026-12-31", dueAfterDays: 14 })).toEqual({
      ok: true,
      value: { created: 4 },
    });
    expect(periodsOf(w.programmeId, buurtkracht).map((p) => [p.startsOn, p.endsOn, p.dueOn])).toEqual([
      ["2026-01-01", "2026-03-31", "2026-04-14"],
      ["2026-04-01", "2026-06-30", "2026-07-14"],
      ["2026-07-01", "2026-09-30", "2026-10-14"],
      ["2026-10-01", "2026-12-31", "2027-01-14"],
    ]);
    expect(await periods.createReportingPeriods(ids, { ...series, to: "2026-03-31", dueAfterDays: 14 })).toMatchObject({
      ok: false,
      problems: { from: [{ key: "periodExists", values: { start: "2026-01-01", end: "2026-03-31" } }] },
    });
    const custom = { partnerOrganisationId: buurtkracht, startsOn: "2026-12-01", endsOn: "2027-02-28" };
    expect(await periods.createReportingPeriod(ids, { ...custom, dueOn: "2027-03-15" })).toMatchObject({
      ok: false,
      problems: { startsOn: [{ key: "periodOverlaps", values: { start: "2026-10-01", end: "2026-12-31" } }] },
    });
    const later = { ...custom, startsOn: "2027-01-01" };
    expect(await periods.createReportingPeriod(ids, { ...later, dueOn: "2027-02-01" })).toEqual({
      ok: false,
      error: "dueBeforeEnd",
      field: "dueOn",
    });
    expect(await periods.createReportingPeriod(ids, { ...later, dueOn: "2027-03-15" })).toEqual({
      ok: true,
      value: undefined,
    });
    // The other partner's periods are its own: the same quarter is no clash.
    expect(
      await periods.createReportingPeriods(ids, {
        ...series,
        partnerOrganisationId: welzijn,
        to: "2026-03-31",
        dueAfterDays: 0,
      }),
    ).toMatchObject({ ok: true });
    // More than five years of months at once is refused.
    expect(
      await periods.createReportingPeriods(ids, { ...series, frequency: "maand", to: "2031-12-31", dueAfterDays: 0 }),
    ).toEqual({ ok: false, error: "tooManyPeriods", field: "to" });
    as(people.management);
    expect(
      await periods.createReportingPeriod(ids, {
        ...later,
        startsOn: "2027-06-01",
        endsOn: "2027-06-30",
        dueOn: "2027-07-01",
      }),
    ).toEqual({
      ok: false,
      error: "forbidden",
    });
  });

  it("are deleted only while nobody started a report for them", async () => {
    const w = reportingWorld(db);
    as(people.manager);
    await setup.assignIndicators(
      { programmeId: w.programmeId },
      { partnerOrganisationId: buurtkracht, indicatorIds: "all" },
    );
    await periods.createReportingPeriods(
      { programmeId: w.programmeId },
      {
        partnerOrganisationId: buurtkracht,
        frequency: "halfjaar",
        from: "2026-01-01",
        to: "2026-12-31",
        dueAfterDays: 30,
      },
    );
    const [first, second] = periodsOf(w.programmeId, buurtkracht);
    as(people.partner);
    await values.saveSubmissionNarrative(
      { periodId: first?.id ?? 0 },
      { wentWell: "Begonnen", wentLess: "", learned: "", version: 0 },
    );
    as(people.manager);
    expect(await periods.deleteReportingPeriod({ programmeId: w.programmeId, periodId: first?.id ?? 0 })).toEqual({
      ok: false,
      error: "periodHasReport",
    });
    expect(await periods.deleteReportingPeriod({ programmeId: w.programmeId, periodId: second?.id ?? 0 })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(periodsOf(w.programmeId, buurtkracht).map((p) => p.id)).toEqual([first?.id]);
    // Not through another programme's address.
    expect(await periods.deleteReportingPeriod({ programmeId: w.elsewhereId, periodId: first?.id ?? 0 })).toMatchObject(
      {
        ok: false,
      },
    );
  });
});

describe("a report's documents", () => {
  const pdf = new TextEncoder().encode("%PDF-1.7\n% een verslag\n");
  it("takes a PDF under a safe name, and refuses what is too large or not what its name says", async () => {
    const w = reportingWorld(db);
    as(people.manager);
    await periods.createReportingPeriod(
      { programmeId: w.programmeId },
      { partnerOrganisationId: buurtkracht, startsOn: "2026-07-01", endsOn: "2026-09-30", dueOn: "2026-10-15" },
    );
    const periodId = periodsOf(w.programmeId, buurtkracht)[0]?.id ?? 0;
    as(people.partner);
    const added = await documents.addSubmissionDocument(
      { periodId },
      { fileName: "../../Verslag <Q3>.PDF", content: pdf, version: 0 },
    );
    expect(added).toMatchObject({ ok: true });
    const version =
      db.select().from(schema.submissions).where(eq(schema.submissions.periodId, periodId)).get()?.version ?? 0;
    const stored = db.select().from(schema.submissionDocuments).all().at(-1);
    expect(stored).toMatchObject({ fileName: "Verslag Q3.pdf", contentType: "application/pdf", size: pdf.byteLength });
    const tooLarge = new Uint8Array(5 * 1024 * 1024 + 1);
    tooLarge.set(pdf);
    expect(
      await documents.addSubmissionDocument({ periodId }, { fileName: "groot.pdf", content: tooLarge, version }),
    ).toEqual({
      ok: false,
      error: "documentTooLarge",
      field: "document",
    });
    expect(
      await documents.addSubmissionDocument({ periodId }, { fileName: "virus.exe", content: pdf, version }),
    ).toMatchObject({
      error: "documentType",
    });
    expect(
      await documents.addSubmissionDocument({ periodId }, { fileName: "foto.png", content: pdf, version }),
    ).toMatchObject({
      error: "documentType",
    });
    // The gemeente reads it; the other partner does not find it.
    as(people.team);
    const read = await documents.getSubmissionDocument({ programmeId: w.programmeId, documentId: stored?.id ?? 0 });
    expect(read.fileName).toBe("Verslag Q3.pdf");
    as(people.other);
    await expect(
      documents.getSubmissionDocument({ programmeId: w.programmeId, documentId: stored?.id ?? 0 }),
    ).rejects.toThrow("not found");
  });
});

describe("where reporting stands", () => {
  it("shows the manager every partner's periods by state, a partner only its own, and the reviewer the queue", async () => {
    const w = reportingWorld(db);
    const ids = { programmeId: w.programmeId };
    as(people.manager);
    for (const partner of [buurtkracht, welzijn]) {
      await setup.assignIndicators(ids, { partnerOrganisationId: partner, indicatorIds: "all" });
      await periods.createReportingPeriods(ids, {
        partnerOrganisationId: partner,
        frequency: "kwartaal",
        from: "2026-01-01",
        to: "2026-12-31",
        dueAfterDays: 14,
      });
    }
    const [q1] = periodsOf(w.programmeId, buurtkracht);
    as(people.partner);
    await values.saveSubmissionNarrative(
      { periodId: q1?.id ?? 0 },
      { wentWell: "Loopt", wentLess: "", learned: "", version: 0 },
    );
    const version = db
      .select()
      .from(schema.submissions)
      .where(eq(schema.submissions.periodId, q1?.id ?? 0))
      .get()?.version;
    expect(await steps.submitSubmission({ periodId: q1?.id ?? 0 }, { version: version ?? 0 })).toMatchObject({
      ok: true,
    });

    as(people.management);
    const all = await overview.programmeReportingOverview(ids);
    expect(all.total).toBe(8);
    const mine = all.partners.find((p) => p.id === buurtkracht);
    // Three quarters of 2026 are past their due day on 2 December 2026, one handed in, the last one open.
    expect(mine?.states.submitted).toBe(1);
    expect(all.partners.map((p) => p.name).sort()).toEqual(["Stichting Buurtkracht", "Stichting Welzijn West"]);
    as(people.partner);
    const own = await overview.programmeReportingOverview(ids);
    expect(new Set(own.periods.map((p) => p.partnerOrganisationId))).toEqual(new Set([buurtkracht]));
    const work = await overview.partnerReportingWork();
    expect(work.periods.every((p) => p.partnerOrganisationId === buurtkracht && p.state !== "submitted")).toBe(true);
    expect(work.periods.some((p) => p.programmeId === w.programmeId)).toBe(true);

    as(people.team);
    const queue = await overview.reviewQueue();
    expect(queue.items.some((item) => item.periodId === q1?.id)).toBe(true);
    as(people.partner);
    expect((await overview.reviewQueue()).items).toEqual([]);
    as(people.management);
    expect((await overview.reviewQueue()).items).toEqual([]);
  });
});
