// A partner's report against a real SQLite file with the demo data: its whole life (concept, handed in, sent back,
// handed in again, approved into measurements, a finding and a lesson with their source, reopened), what a partner
// may report, that a partner never reaches another partner's report, that only the programme's own team reviews,
// locking, saves from an older version and the plausibility rules of a measurement.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");

const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { addSecondPartner, reportingWorld, SECOND_PARTNER_USER } = await import("./reporting.world");
const setup = await import("./reporting-setup");
const periods = await import("./reporting-periods");
const values = await import("./submission-values");
const insights = await import("./submission-insights");
const steps = await import("./submission-steps");
const approval = await import("./submission-approval");
const reopen = await import("./submission-reopen");
const { getReport, pendingValuesOfIndicator } = await import("./submission-read");
const { addMeasurement } = await import("./indicators");
const { indicatorMeasurements } = await import("./indicator-measurements");
const { evidenceForAssumption } = await import("./evidence-trail");
const { searchLessons } = await import("./lessons");

let db: AppDatabase;
let close = () => {};
const people = {} as Record<"manager" | "team" | "management" | "partner" | "other" | "testdorp", Viewer>;
let buurtkracht = 0;
let welzijn = 0;

const as = (viewer: Viewer) => {
  current.viewer = viewer;
};

beforeAll(async () => {
  ({ db, close } = await demoDatabase("submissions"));
  welzijn = addSecondPartner(db);
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

/** A world with the participants assigned to both partners and a third quarter of 2026 for each. */
async function world() {
  const w = reportingWorld(db);
  as(people.manager);
  const quarter = async (partnerOrganisationId: number, programmeId = w.programmeId) => {
    const created = await periods.createReportingPeriod(
      { programmeId },
      { partnerOrganisationId, startsOn: "2026-07-01", endsOn: "2026-09-30", dueOn: "2026-10-15" },
    );
    expect(created.ok).toBe(true);
    return periodOf(programmeId, partnerOrganisationId);
  };
  for (const partner of [buurtkracht, welzijn]) {
    expect(
      await setup.assignIndicators(
        { programmeId: w.programmeId },
        { partnerOrganisationId: partner, indicatorIds: [w.participants] },
      ),
    ).toMatchObject({ ok: true });
  }
  return { ...w, own: await quarter(buurtkracht), theirs: await quarter(welzijn), quarter };
}

const periodOf = (programmeId: number, partnerOrganisationId: number) =>
  db
    .select({ id: schema.reportingPeriods.id })
    .from(schema.reportingPeriods)
    .where(
      and(
        eq(schema.reportingPeriods.programmeId, programmeId),
        eq(schema.reportingPeriods.partnerOrganisationId, partnerOrganisationId),
      ),
    )
    .orderBy(desc(schema.reportingPeriods.id))
    .get()?.id ?? 0;

const reportOf = (periodId: number) =>
  db.select().from(schema.submissions).where(eq(schema.submissions.periodId, periodId)).get();

const versionOf = (periodId: number) => reportOf(periodId)?.version ?? 0;

const value = (indicatorId: number, measuredOn: string, number: number, note = "", periodId = 0) => ({
  indicatorId,
  measuredOn,
  value: number,
  note,
  version: versionOf(periodId),
});

/** Buurtkracht's third quarter on the adviser's programme, with its indicator assigned. */
async function elsewherePeriod(w: Awaited<ReturnType<typeof world>>) {
  as(demoViewer(db, "adviseur@voorbeeld.example"));
  const assigned = await setup.assignIndicators(
    { programmeId: w.elsewhereId },
    { partnerOrganisationId: buurtkracht, indicatorIds: [w.elsewhereIndicator] },
  );
  expect(assigned.ok).toBe(true);
  return w.quarter(buurtkracht, w.elsewhereId);
}

async function handIn(periodId: number) {
  as(people.partner);
  const result = await steps.submitSubmission({ periodId }, { version: versionOf(periodId) });
  expect(result).toMatchObject({ ok: true });
  return reportOf(periodId)?.id ?? 0;
}

describe("a report's whole life", () => {
  it("goes from concept to approved, counts only then, and reopening withdraws what it made", async () => {
    const w = await world();
    const periodId = w.own;
    as(people.partner);
    expect(
      await values.saveSubmissionValue(
        { periodId },
        value(w.participants, "2026-08-15", 31, "Telling in de buurtkamer", periodId),
      ),
    ).toEqual({
      ok: true,
      value: { version: 1 },
    });
    expect(reportOf(periodId)).toMatchObject({ status: "concept", partnerOrganisationId: buurtkracht });
    await values.saveSubmissionNarrative(
      { periodId },
      { wentWell: "Veel nieuwe bezoekers.", wentLess: "", learned: "", version: versionOf(periodId) },
    );
    const finding = await insights.addSubmissionInsight(
      { periodId },
      {
        kind: "finding",
        title: "Bewoners uit de flat komen niet",
        body: "Wie verder dan twee straten woont, komt zelden.",
        assumptionId: w.assumptionId,
        verdict: "weerspreekt",
        evidence: "Presentielijsten juli tot september.",
        version: versionOf(periodId),
      },
    );
    expect(finding.ok).toBe(true);
    await insights.addSubmissionInsight(
      { periodId },
      {
        kind: "lesson",
        title: "Bel de dag van tevoren",
        body: "Een belletje vooraf verdubbelt de opkomst.",
        version: versionOf(periodId),
      },
    );
    // A concept is the partner's own: the team sees nothing pending yet.
    as(people.team);
    expect(await pendingValuesOfIndicator({ programmeId: w.programmeId, indicatorId: w.participants })).toEqual([]);

    const submissionId = await handIn(periodId);
    as(people.team);
    expect(await pendingValuesOfIndicator({ programmeId: w.programmeId, indicatorId: w.participants })).toMatchObject([
      { measuredOn: "2026-08-15", value: 31, status: "ingediend", partnerName: "Stichting Buurtkracht" },
    ]);
    as(people.partner);
    expect(
      await values.saveSubmissionValue({ periodId }, value(w.participants, "2026-08-15", 32, "", periodId)),
    ).toEqual({
      ok: false,
      error: "submissionUnderReview",
    });

    // The teamlid sends it back with a comment on the value; the partner reads it, corrects and hands in again.
    as(people.team);
    const valueId = (await getReport({ periodId })).values[0]?.id ?? 0;
    expect(
      await steps.sendBackSubmission(
        { submissionId },
        {
          comment: "",
          values: [{ id: valueId, comment: "Klopt 31? De lijst zegt 33." }],
          insights: [],
          version: versionOf(periodId),
        },
      ),
    ).toMatchObject({ ok: true });
    as(people.partner);
    const sentBack = await getReport({ periodId });
    expect(sentBack.submission?.status).toBe("teruggestuurd");
    expect(sentBack.values[0]?.reviewComment).toBe("Klopt 31? De lijst zegt 33.");
    expect(sentBack.may.write).toBe(true);
    expect(
      await values.saveSubmissionValue({ periodId }, value(w.participants, "2026-08-15", 33, "Nageteld", periodId)),
    ).toMatchObject({ ok: true });
    await handIn(periodId);

    // Nothing counted before approval; after it the value is a measurement with its source.
    as(people.manager);
    expect(
      (await indicatorMeasurements({ programmeId: w.programmeId, indicatorId: w.participants })).measurements,
    ).toEqual([]);
    expect(await approval.approveSubmission({ submissionId }, { version: versionOf(periodId) })).toMatchObject({
      ok: true,
      value: { values: 1, insights: 2 },
    });
    const measured = await indicatorMeasurements({ programmeId: w.programmeId, indicatorId: w.participants });
    expect(measured.measurements.map((m) => [m.measuredOn, m.value, m.note])).toEqual([["2026-08-15", 33, "Nageteld"]]);
    const stored = db
      .select()
      .from(schema.measurements)
      .where(eq(schema.measurements.indicatorId, w.participants))
      .get();
    expect(stored).toMatchObject({ partnerOrganisationId: buurtkracht, enteredById: people.partner.userId });

    const trail = await evidenceForAssumption({ programmeId: w.programmeId, assumptionId: w.assumptionId });
    expect(trail).toMatchObject([
      {
        findingTitle: "Bewoners uit de flat komen niet",
        verdict: "weerspreekt",
        partnerOrganisationId: buurtkracht,
        studyTitle: "Inbreng van Stichting Buurtkracht",
      },
    ]);
    const lessons = await searchLessons({ query: "belletje vooraf" });
    expect(lessons.lessons.map((l) => l.title)).toEqual(["Bel de dag van tevoren"]);
    const lesson = db
      .select()
      .from(schema.lessons)
      .where(eq(schema.lessons.id, lessons.lessons[0]?.id ?? 0))
      .get();
    expect(lesson).toMatchObject({ partnerOrganisationId: buurtkracht, createdById: people.partner.userId });

    // Approved is locked.
    as(people.partner);
    expect(
      await values.saveSubmissionValue({ periodId }, value(w.participants, "2026-08-16", 34, "", periodId)),
    ).toEqual({
      ok: false,
      error: "submissionLocked",
    });
    const history = (await getReport({ periodId })).transitions.map((t) => `${t.fromStatus}→${t.toStatus}`);
    expect(history).toEqual([
      "concept→ingediend",
      "ingediend→teruggestuurd",
      "teruggestuurd→ingediend",
      "ingediend→goedgekeurd",
    ]);

    // Reopening is the manager's, with a reason: what the approval made no longer counts.
    as(people.team);
    expect(
      await reopen.reopenSubmission({ submissionId }, { reason: "Dubbel geteld", version: versionOf(periodId) }),
    ).toEqual({
      ok: false,
      error: "forbidden",
    });
    as(people.manager);
    expect(
      await reopen.reopenSubmission(
        { submissionId },
        { reason: "Dubbel geteld met de gemeente", version: versionOf(periodId) },
      ),
    ).toMatchObject({ ok: true });
    expect(
      db
        .select()
        .from(schema.measurements)
        .where(eq(schema.measurements.id, stored?.id ?? 0))
        .get(),
    ).toMatchObject({
      withdrawReason: "Dubbel geteld met de gemeente",
    });
    expect(
      (await indicatorMeasurements({ programmeId: w.programmeId, indicatorId: w.participants })).measurements.filter(
        (m) => !m.withdrawnAt,
      ),
    ).toEqual([]);
    expect(await evidenceForAssumption({ programmeId: w.programmeId, assumptionId: w.assumptionId })).toEqual([]);
    expect(
      db
        .select()
        .from(schema.lessons)
        .where(eq(schema.lessons.id, lesson?.id ?? 0))
        .get()?.archiveReason,
    ).toBe("Dubbel geteld met de gemeente");
    as(people.partner);
    const reopened = await getReport({ periodId });
    expect(reopened.submission).toMatchObject({
      status: "teruggestuurd",
      reviewComment: "Dubbel geteld met de gemeente",
    });

    // Approved again, it makes new ones.
    await handIn(periodId);
    as(people.manager);
    expect(await approval.approveSubmission({ submissionId }, { version: versionOf(periodId) })).toMatchObject({
      ok: true,
    });
    expect(await evidenceForAssumption({ programmeId: w.programmeId, assumptionId: w.assumptionId })).toHaveLength(1);
    const live = (
      await indicatorMeasurements({ programmeId: w.programmeId, indicatorId: w.participants })
    ).measurements.filter((m) => !m.withdrawnAt);
    expect(live.map((m) => m.value)).toEqual([33]);
  });
});

describe("what a partner may report", () => {
  it("only values of its assigned indicators, in its own organisation's periods", async () => {
    const w = await world();
    as(people.partner);
    expect(await values.saveSubmissionValue({ periodId: w.own }, value(w.volunteers, "2026-08-15", 4))).toEqual({
      ok: false,
      error: "indicatorNotAssigned",
      field: "indicatorId",
    });
    // Another partner's period of the same programme, and a programme the partner is not part of: not found.
    expect(await values.saveSubmissionValue({ periodId: w.theirs }, value(w.participants, "2026-08-15", 4))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(reportOf(w.theirs)).toBeUndefined();
    const refused = db.select().from(schema.auditEvents).orderBy(desc(schema.auditEvents.id)).get();
    expect(refused).toMatchObject({ action: "access.refused", actorId: people.partner.userId });
    // The gemeente's people do not write a partner's report.
    as(people.manager);
    expect(await values.saveSubmissionValue({ periodId: w.own }, value(w.participants, "2026-08-15", 4))).toEqual({
      ok: false,
      error: "forbidden",
    });
  });

  it("never reads another partner's report, nor one of another programme or gemeente", async () => {
    const w = await world();
    as(people.other);
    expect(
      await values.saveSubmissionValue({ periodId: w.theirs }, value(w.participants, "2026-08-20", 12, "", w.theirs)),
    ).toMatchObject({ ok: true });
    await steps.submitSubmission({ periodId: w.theirs }, { version: versionOf(w.theirs) });
    as(people.partner);
    await expect(getReport({ periodId: w.theirs })).rejects.toThrow("not found");
    expect(await pendingValuesOfIndicator({ programmeId: w.programmeId, indicatorId: w.participants })).toEqual([]);
    // A programme the other partner is not part of does not exist for it.
    const elsewhere = await elsewherePeriod(w);
    as(people.other);
    await expect(getReport({ periodId: elsewhere })).rejects.toThrow("not found");
    expect(
      await values.saveSubmissionValue({ periodId: elsewhere }, value(w.elsewhereIndicator, "2026-08-20", 3)),
    ).toEqual({
      ok: false,
      error: "notFound",
    });
    as(people.team);
    expect(await pendingValuesOfIndicator({ programmeId: w.programmeId, indicatorId: w.participants })).toHaveLength(1);
    as(people.testdorp);
    await expect(getReport({ periodId: w.theirs })).rejects.toThrow("not found");
  });
});

describe("who reviews", () => {
  it("only the programme's own team: a programme manager of another programme cannot approve", async () => {
    const w = await world();
    const periodId = await elsewherePeriod(w);
    as(people.partner);
    await values.saveSubmissionValue({ periodId }, value(w.elsewhereIndicator, "2026-09-01", 7, "", periodId));
    const submissionId = await handIn(periodId);
    for (const viewer of [people.manager, people.team, people.management, people.partner]) {
      as(viewer);
      expect(await approval.approveSubmission({ submissionId }, { version: versionOf(periodId) })).toEqual({
        ok: false,
        error: "forbidden",
      });
    }
    as(people.testdorp);
    expect(await approval.approveSubmission({ submissionId }, { version: versionOf(periodId) })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(reportOf(periodId)?.status).toBe("ingediend");
    as(demoViewer(db, "adviseur@voorbeeld.example"));
    expect(await approval.approveSubmission({ submissionId }, { version: versionOf(periodId) })).toMatchObject({
      ok: true,
    });
  });
});

describe("saves from an older version", () => {
  it("are refused when they would overwrite what someone saved meanwhile, and a review of an old version too", async () => {
    const w = await world();
    const periodId = w.own;
    as(people.partner);
    await values.saveSubmissionNarrative({ periodId }, { wentWell: "Goed", wentLess: "", learned: "", version: 0 });
    const opened = versionOf(periodId);
    await values.saveSubmissionNarrative(
      { periodId },
      { wentWell: "Heel goed", wentLess: "", learned: "", version: opened },
    );
    const stale = await values.saveSubmissionNarrative(
      { periodId },
      { wentWell: "Matig", wentLess: "", learned: "", version: opened },
    );
    expect(stale).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: { saved: { wentWell: "Heel goed" }, changed: ["wentWell"], savedByName: "Ahmed Yilmaz" },
    });
    expect(reportOf(periodId)?.wentWell).toBe("Heel goed");
    // A page opened before the report existed, saving a value it never saw.
    expect(
      await values.saveSubmissionValue({ periodId }, { ...value(w.participants, "2026-08-15", 31), version: 0 }),
    ).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: { changed: ["measuredOn", "value"] },
    });
    const submissionId = await handIn(periodId);
    const handedIn = versionOf(periodId);
    as(people.manager);
    expect(await approval.approveSubmission({ submissionId }, { version: handedIn - 1 })).toMatchObject({
      ok: false,
      error: "submissionChanged",
    });
    expect(reportOf(periodId)?.status).toBe("ingediend");
  });
});

describe("the plausibility of a reported value", () => {
  it("is that of a measurement, inside the period, with every problem per field", async () => {
    const w = await world();
    const periodId = w.own;
    as(people.partner);
    const result = await values.saveSubmissionValue({ periodId }, value(w.participants, "2025-12-31", -5));
    expect(result).toMatchObject({
      ok: false,
      error: "checkFields",
      problems: {
        measuredOn: [
          { key: "outsideReportingPeriod", values: { start: "2026-07-01", end: "2026-09-30" } },
          { key: "outsidePeriod", values: { start: "2026-01-01", end: "2027-12-31" } },
          { key: "beforeBaseline", values: { date: "2026-01-01" } },
        ],
        value: [{ key: "valueBelowMin", values: { min: 0 } }],
      },
    });
    expect(reportOf(periodId)).toBeUndefined();
    expect(await values.saveSubmissionValue({ periodId }, value(w.participants, "2026-08-15", 12.5))).toMatchObject({
      problems: { value: [{ key: "notWhole" }] },
    });
    // A day the gemeente measured already is taken.
    as(people.team);
    await addMeasurement(
      { programmeId: w.programmeId, indicatorId: w.participants },
      { measuredOn: "2026-08-01", value: 25, note: "" },
    );
    as(people.partner);
    expect(await values.saveSubmissionValue({ periodId }, value(w.participants, "2026-08-01", 26))).toMatchObject({
      problems: { measuredOn: [{ key: "dayTaken", values: { date: "2026-08-01" } }] },
    });
  });

  it("is checked again on approval: a day measured meanwhile is named with its indicator", async () => {
    const w = await world();
    const periodId = w.own;
    as(people.partner);
    await values.saveSubmissionValue({ periodId }, value(w.participants, "2026-09-10", 40, "", periodId));
    const submissionId = await handIn(periodId);
    as(people.team);
    await addMeasurement(
      { programmeId: w.programmeId, indicatorId: w.participants },
      { measuredOn: "2026-09-10", value: 41, note: "" },
    );
    as(people.manager);
    const valueId = (await getReport({ periodId })).values[0]?.id ?? 0;
    const refused = await approval.approveSubmission({ submissionId }, { version: versionOf(periodId) });
    expect(refused).toMatchObject({
      ok: false,
      error: "approvalRefused",
      problems: {
        [steps.valueField(valueId)]: [
          { key: "approvalValueRefused", values: { indicator: "Deelnemers", date: "2026-09-10" } },
          { key: "dayTaken", values: { date: "2026-09-10" } },
        ],
      },
    });
    expect(reportOf(periodId)?.status).toBe("ingediend");
    const live = db.select().from(schema.measurements).where(eq(schema.measurements.indicatorId, w.participants)).all();
    expect(live.map((m) => m.value)).toEqual([41]);
  });
});
