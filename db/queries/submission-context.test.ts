// The indicators beside a partner's report: read by whoever may read the report (a partner only its own
// organisation's, never another gemeente), with the measurement before the period and before each value, the value's
// own measurement left out once the report is approved.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const { reportingPeriods } = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { addSecondPartner, reportingWorld, SECOND_PARTNER_USER } = await import("./reporting.world");
const setup = await import("./reporting-setup");
const periods = await import("./reporting-periods");
const values = await import("./submission-values");
const steps = await import("./submission-steps");
const approval = await import("./submission-approval");
const { getReport } = await import("./submission-read");
const { addMeasurement } = await import("./indicators");
const { getReportIndicators } = await import("./submission-context");

let db: AppDatabase;
let close = () => {};
const accounts = {
  beheerder: "beheerder@voorbeeld.example",
  manager: "manager@voorbeeld.example",
  team: "team@voorbeeld.example",
  management: "management@voorbeeld.example",
  partner: "partner@voorbeeld.example",
  other: SECOND_PARTNER_USER,
  testdorp: "beheerder@testdorp.example",
} as const;
type Who = keyof typeof accounts;
const people = {} as Record<Who, Viewer>;
const as = (who: Who) => {
  current.viewer = people[who];
};

beforeAll(async () => {
  ({ db, close } = await demoDatabase("submission-context"));
  addSecondPartner(db);
  for (const [who, email] of Object.entries(accounts)) people[who as Who] = demoViewer(db, email);
});

afterAll(() => close());

/** Buurtkracht's October on a fresh programme: the participants assigned, measured in March and September. */
async function october() {
  const w = reportingWorld(db);
  as("manager");
  const partnerOrganisationId = people.partner.partnerOrganisationId ?? 0;
  await setup.assignIndicators(
    { programmeId: w.programmeId },
    { partnerOrganisationId, indicatorIds: [w.participants] },
  );
  const period = { partnerOrganisationId, startsOn: "2026-10-01", endsOn: "2026-10-31", dueOn: "2026-11-15" };
  expect(await periods.createReportingPeriod({ programmeId: w.programmeId }, period)).toMatchObject({ ok: true });
  const periodId =
    db
      .select({ id: reportingPeriods.id })
      .from(reportingPeriods)
      .where(
        and(
          eq(reportingPeriods.programmeId, w.programmeId),
          eq(reportingPeriods.partnerOrganisationId, partnerOrganisationId),
        ),
      )
      .get()?.id ?? 0;
  for (const [measuredOn, value] of [
    ["2026-03-15", 15],
    ["2026-09-15", 24],
  ] as const) {
    const ids = { programmeId: w.programmeId, indicatorId: w.participants };
    expect(await addMeasurement(ids, { measuredOn, value, note: "" })).toMatchObject({ ok: true });
  }
  return { ...w, periodId };
}

const version = async (periodId: number) => (await getReport({ periodId })).submission?.version ?? 0;

describe("getReportIndicators", () => {
  it.each<[Who, boolean]>([
    ["partner", true],
    ["manager", true],
    ["team", true],
    ["management", true],
    ["beheerder", true],
    ["other", false],
    ["testdorp", false],
  ])("as %s: readable %s", async (who, readable) => {
    const w = await october();
    as(who);
    const read = getReportIndicators({ periodId: w.periodId });
    if (!readable) {
      await expect(read).rejects.toMatchObject({ name: "NotFoundError" });
      return;
    }
    const { indicators, previous } = await read;
    expect(indicators).toMatchObject([
      {
        id: w.participants,
        name: "Deelnemers",
        unit: "deelnemers",
        baselineValue: 20,
        targetValue: 60,
        before: { measuredOn: "2026-09-15", value: 24 },
      },
    ]);
    expect(previous).toEqual({});
  });

  it("gives each value the measurement before its day, and not the one it became on approval", async () => {
    const w = await october();
    as("partner");
    const saved = await values.saveSubmissionValue(
      { periodId: w.periodId },
      { indicatorId: w.participants, measuredOn: "2026-10-20", value: 41, note: "", version: 0 },
    );
    expect(saved).toMatchObject({ ok: true });
    const valueId = (await getReport({ periodId: w.periodId })).values[0]?.id ?? 0;
    expect((await getReportIndicators({ periodId: w.periodId })).previous).toEqual({
      [valueId]: { measuredOn: "2026-09-15", value: 24 },
    });

    expect(
      await steps.submitSubmission({ periodId: w.periodId }, { version: await version(w.periodId) }),
    ).toMatchObject({ ok: true });
    as("team");
    const submissionId = (await getReport({ periodId: w.periodId })).submission?.id ?? 0;
    expect(await approval.approveSubmission({ submissionId }, { version: await version(w.periodId) })).toMatchObject({
      ok: true,
    });
    const after = await getReportIndicators({ periodId: w.periodId });
    expect(after.previous).toEqual({ [valueId]: { measuredOn: "2026-09-15", value: 24 } });
    // The approved value is now the latest measurement, but the period's own "before" stays before the period.
    expect(after.indicators[0]?.before).toEqual({ measuredOn: "2026-09-15", value: 24 });
  });
});
