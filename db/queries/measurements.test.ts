// Measurements against a real SQLite file with the demo data: the plausibility rules of the data layer (every
// problem at once, per field), corrections and withdrawals with their reason and history, a withdrawn measurement
// counting nowhere, an import that adds all rows or none, and saves made from an older version.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { assessIndicator } from "@/lib/domain/indicator-status";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");

const schema = await import("../schema");
const { authorizeProgramme } = await import("../access");
const { addIndicator, createProgramme } = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const { addMeasurement, getIndicator, importMeasurements, listIndicators, updateIndicator } = await import(
  "./indicators"
);
const { indicatorProblemsOf, measurementProblemsOf } = await import("./measurement-rules");
const { correctMeasurement, withdrawMeasurement } = await import("./measurements");
const { indicatorHistory } = await import("./indicator-history");
const { indicatorMeasurements } = await import("./indicator-measurements");
const { indicatorsIn } = await import("./report");
const { prepareAgenda } = await import("./reflection-agenda");
const { loadDashboard } = await import("./dashboard");

let db: AppDatabase;
let close = () => {};
let manager: Viewer;

const as = (viewer: Viewer) => {
  current.viewer = viewer;
};

/** A programme running through 2026 and 2027, with one indicator: 20 participants on 1 January 2026, 60 by the end. */
function freshIndicator(kind: "aantal" | "percentage" = "aantal") {
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Testprogramma ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: [],
    startDate: "2026-01-01",
    endDate: "2027-12-31",
  });
  const indicator = addIndicator(db, programme, {
    name: "Deelnemers",
    unit: "deelnemers",
    baseline: { value: 20, date: "2026-01-01" },
    target: { value: 60, date: "2026-12-31" },
    measurements: [
      { measuredOn: "2026-02-15", value: 24 },
      { measuredOn: "2026-03-15", value: 26 },
    ],
  });
  if (kind !== "aantal") {
    db.update(schema.indicators).set({ kind }).where(eq(schema.indicators.id, indicator.id)).run();
  }
  return { programmeId: programme.id, indicatorId: indicator.id };
}

const measurementsOf = (indicatorId: number) =>
  db
    .select()
    .from(schema.measurements)
    .where(eq(schema.measurements.indicatorId, indicatorId))
    .orderBy(schema.measurements.measuredOn)
    .all();

/** The indicator with what its page lists: the live measurements in date order and the withdrawn ones. */
async function shown(ids: { programmeId: number; indicatorId: number }) {
  const [indicator, live, all] = await Promise.all([
    getIndicator(ids),
    indicatorMeasurements(ids),
    indicatorMeasurements({ ...ids, withWithdrawn: true }),
  ]);
  return {
    ...indicator,
    measurements: [...live.measurements].reverse(),
    withdrawn: all.measurements.filter((m) => m.withdrawnAt !== null),
  };
}

const lastEvent = (action: string) =>
  db
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, action))
    .orderBy(desc(schema.auditEvents.id))
    .get();

const dayAfter = (day: string) => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

beforeAll(async () => {
  ({ db, close } = await demoDatabase("measurements"));
  manager = demoViewer(db, "manager@voorbeeld.example");
  as(manager);
});

afterAll(() => {
  close();
});

describe("a new measurement", () => {
  it("is refused with every problem at once, per field, and nothing is written", async () => {
    const ids = freshIndicator();
    const result = await addMeasurement(ids, { measuredOn: "1800-01-01", value: -5, note: "" });
    expect(result).toMatchObject({
      ok: false,
      problems: {
        measuredOn: [
          { key: "outsidePeriod", values: { start: "2026-01-01", end: "2027-12-31" } },
          { key: "beforeBaseline", values: { date: "2026-01-01" } },
        ],
        value: [{ key: "valueBelowMin", values: { min: 0 } }],
      },
    });
    expect(measurementsOf(ids.indicatorId)).toHaveLength(2);
  });

  it("is not after today, and not a count with a fraction", async () => {
    const ids = freshIndicator();
    const result = await addMeasurement(ids, { measuredOn: dayAfter(todayInAmsterdam()), value: 30.5, note: "" });
    expect(result.ok).toBe(false);
    const problems = (result as unknown as { problems: Record<string, { key: string }[]> }).problems;
    expect(problems.measuredOn?.map((p) => p.key)).toContain("measuredInFuture");
    expect(problems.value).toEqual([{ key: "notWhole" }]);
  });

  it("keeps a percentage between 0 and 100, and one live value per day", async () => {
    const ids = freshIndicator("percentage");
    expect(await addMeasurement(ids, { measuredOn: "2026-04-15", value: 120, note: "" })).toMatchObject({
      ok: false,
      problems: { value: [{ key: "valueAboveMax", values: { max: 100 } }] },
    });
    expect(await addMeasurement(ids, { measuredOn: "2026-03-15", value: 30, note: "" })).toMatchObject({
      ok: false,
      problems: { measuredOn: [{ key: "dayTaken", values: { date: "2026-03-15" } }] },
    });
    expect(await addMeasurement(ids, { measuredOn: "2026-04-15", value: 42.5, note: "" })).toEqual({
      ok: true,
      value: { measurementId: expect.any(Number) },
    });
    expect(measurementsOf(ids.indicatorId).map((m) => m.value)).toEqual([24, 26, 42.5]);
  });
});

describe("a form whose own checks failed", () => {
  it("still hears what the data layer says about the fields that parsed", async () => {
    const ids = freshIndicator();
    expect(await measurementProblemsOf(ids, { value: -5 })).toEqual({
      value: [{ key: "valueBelowMin", values: { min: 0 } }],
    });
    expect(await measurementProblemsOf(ids, { measuredOn: "2026-03-15" })).toEqual({
      measuredOn: [{ key: "dayTaken", values: { date: "2026-03-15" } }],
    });
    const march = measurementsOf(ids.indicatorId).at(-1)?.id;
    expect(await measurementProblemsOf({ ...ids, measurementId: march }, { measuredOn: "2026-03-15" })).toEqual({});
    expect(await measurementProblemsOf(ids, {})).toEqual({});
    expect(await indicatorProblemsOf(ids, { kind: "ja_nee" })).toEqual({
      kind: [{ key: "measurementsOutside", values: { count: 2, days: ["2026-02-15", "2026-03-15"] } }],
    });
    // Nothing about a programme the viewer may not read.
    as(demoViewer(db, "beheerder@testdorp.example"));
    expect(await measurementProblemsOf(ids, { value: -5 })).toEqual({});
    as(manager);
  });
});

describe("correcting a measurement", () => {
  it("changes it for a reason, keeps the original in the history, and the status follows", async () => {
    const ids = freshIndicator();
    const before = await shown(ids);
    const latest = before.measurements.at(-1);
    if (!latest) throw new Error("the fixture has measurements");
    const statusBefore = assessIndicator(before).status;

    const result = await correctMeasurement(
      { ...ids, measurementId: latest.id },
      { measuredOn: latest.measuredOn, value: 8, note: "Presentielijst nageteld", reason: "Telfout", version: 1 },
    );
    expect(result).toEqual({ ok: true, value: undefined });

    const stored = measurementsOf(ids.indicatorId).find((m) => m.id === latest.id);
    expect(stored).toMatchObject({ value: 8, note: "Presentielijst nageteld", version: 2, withdrawnAt: null });
    const event = lastEvent("measurement.corrected");
    expect(event).toMatchObject({ entityType: "measurement", entityId: String(latest.id), actorId: manager.userId });
    expect(event?.changes).toEqual({
      before: { measuredOn: "2026-03-15", value: 26, note: "" },
      after: { measuredOn: "2026-03-15", value: 8, note: "Presentielijst nageteld", reason: "Telfout" },
    });
    const after = await shown(ids);
    expect(after.measurements.at(-1)?.value).toBe(8);
    expect(assessIndicator(after).status).toBe("uit_koers");
    expect(assessIndicator(after).status).not.toBe(statusBefore);

    const history = await indicatorHistory({ ...ids, measurementId: latest.id });
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]).toMatchObject({
      action: "measurement.corrected",
      measurementId: latest.id,
      before: { value: 26 },
      after: { value: 8, reason: "Telfout" },
    });
  });

  it("refuses a correction from an older version, with what was saved, and changes nothing", async () => {
    const ids = freshIndicator();
    const [first] = measurementsOf(ids.indicatorId);
    if (!first) throw new Error("the fixture has measurements");
    const which = { ...ids, measurementId: first.id };
    const input = { measuredOn: first.measuredOn, note: "", reason: "Nageteld" };
    expect(await correctMeasurement(which, { ...input, value: 23, version: 1 })).toMatchObject({ ok: true });
    const late = await correctMeasurement(which, { ...input, value: 25, version: 1 });
    expect(late).toEqual({
      ok: false,
      error: "measurementChanged",
      field: undefined,
      conflict: { version: 2, saved: { measuredOn: first.measuredOn, value: 23, note: "", withdrawn: false } },
    });
    expect(measurementsOf(ids.indicatorId)[0]?.value).toBe(23);
  });

  it("is held to the rules of a new measurement, and needs a change", async () => {
    const ids = freshIndicator();
    const [first, second] = measurementsOf(ids.indicatorId);
    if (!first || !second) throw new Error("the fixture has measurements");
    const which = { ...ids, measurementId: first.id };
    expect(
      await correctMeasurement(which, {
        measuredOn: second.measuredOn,
        value: -1,
        note: "",
        reason: "Verkeerde dag",
        version: 1,
      }),
    ).toMatchObject({
      ok: false,
      problems: {
        measuredOn: [{ key: "dayTaken" }],
        value: [{ key: "valueBelowMin" }],
      },
    });
    expect(
      await correctMeasurement(which, { measuredOn: first.measuredOn, value: 24, note: "", reason: "x", version: 1 }),
    ).toMatchObject({ ok: false, error: "correctionUnchanged" });
    expect(measurementsOf(ids.indicatorId)[0]).toMatchObject({ value: 24, version: 1 });
  });
});

describe("withdrawing a measurement", () => {
  it("keeps it with who and why, counts it nowhere, and frees its day", async () => {
    const ids = freshIndicator();
    // A count of the wrong group: far below the line, so the indicator is off course while it counts.
    expect(await addMeasurement(ids, { measuredOn: "2026-04-15", value: 0, note: "Verkeerde groep" })).toMatchObject({
      ok: true,
    });
    const wrong = measurementsOf(ids.indicatorId).at(-1);
    if (!wrong) throw new Error("the measurement was added");
    const scope = authorizeProgramme(manager, "programme.read", ids.programmeId, db);
    const management = demoViewer(db, "management@voorbeeld.example");
    const dashboardRow = () =>
      loadDashboard(db, management, { filters: {}, period: { from: "2026-01-01", to: todayInAmsterdam() } }).rows.find(
        (r) => r.programme.id === ids.programmeId,
      )?.indicators;
    const onAgenda = () => prepareAgenda(scope).indicators.map((i) => i.id);
    expect(assessIndicator(await shown(ids)).status).toBe("uit_koers");
    expect(dashboardRow()).toMatchObject({ total: 1, uit_koers: 1 });
    expect(onAgenda()).toContain(ids.indicatorId);

    const which = { ...ids, measurementId: wrong.id };
    expect(await withdrawMeasurement(which, { reason: "Verkeerde groep geteld", version: 1 })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(measurementsOf(ids.indicatorId).at(-1)).toMatchObject({
      id: wrong.id,
      value: 0,
      withdrawnById: manager.userId,
      withdrawReason: "Verkeerde groep geteld",
      version: 2,
    });
    expect(lastEvent("measurement.withdrawn")?.changes).toEqual({
      before: { measuredOn: "2026-04-15", value: 0, note: "Verkeerde groep" },
      after: { withdrawn: true, reason: "Verkeerde groep geteld" },
    });

    // Counted nowhere: the indicator page and list, the report and its CSV, the reflection agenda, the dashboard.
    const indicator = await shown(ids);
    expect(indicator.measurements.map((m) => m.id)).not.toContain(wrong.id);
    expect(indicator.withdrawn.map((m) => m.id)).toEqual([wrong.id]);
    expect(assessIndicator(indicator)).toMatchObject({ status: "op_koers", latest: { measuredOn: "2026-03-15" } });
    const listed = (await listIndicators(ids)).find((i) => i.id === ids.indicatorId);
    // The list reads only the latest live measurement of each indicator, which is all its status needs.
    expect(listed?.measurements.map((m) => m.measuredOn)).toEqual(["2026-03-15"]);
    expect(indicatorsIn(scope)[0]?.measurements.map((m) => m.measuredOn)).toEqual(["2026-02-15", "2026-03-15"]);
    expect(dashboardRow()).toMatchObject({ total: 1, uit_koers: 0, op_koers: 1 });
    expect(onAgenda()).not.toContain(ids.indicatorId);

    // Its day may be measured again, and a second withdrawal is refused.
    expect(await addMeasurement(ids, { measuredOn: "2026-04-15", value: 31, note: "Juiste groep" })).toMatchObject({
      ok: true,
    });
    expect(await withdrawMeasurement(which, { reason: "Nog eens", version: 2 })).toMatchObject({
      ok: false,
      error: "measurementWithdrawn",
    });
    expect((await shown(ids)).measurements.map((m) => m.value)).toEqual([24, 26, 31]);
  });
});

describe("an archived indicator", () => {
  it("keeps its measurements as they are: no correction, no withdrawal", async () => {
    const ids = freshIndicator();
    const [first] = measurementsOf(ids.indicatorId);
    if (!first) throw new Error("the indicator has measurements");
    db.update(schema.indicators).set({ archivedAt: new Date() }).where(eq(schema.indicators.id, ids.indicatorId)).run();
    const which = { ...ids, measurementId: first.id };
    const before = measurementsOf(ids.indicatorId);
    expect(
      await correctMeasurement(which, {
        measuredOn: first.measuredOn,
        value: 25,
        note: "",
        reason: "Verkeerd overgetypt",
        version: 1,
      }),
    ).toMatchObject({ ok: false, error: "archivedIndicator" });
    expect(await withdrawMeasurement(which, { reason: "Dubbel geteld", version: 1 })).toMatchObject({
      ok: false,
      error: "archivedIndicator",
    });
    expect(measurementsOf(ids.indicatorId)).toEqual(before);
  });
});

describe("an import", () => {
  it("adds no row when any breaks a rule, and names each such row with its line and reasons", async () => {
    const ids = freshIndicator();
    const result = await importMeasurements(ids, [
      { line: 2, measuredOn: "2026-04-15", value: 30, note: "" },
      { line: 3, measuredOn: "2025-12-15", value: 31, note: "" },
      { line: 4, measuredOn: "2026-05-15", value: -3, note: "" },
      { line: 5, measuredOn: "2026-03-15", value: 32, note: "" },
      { line: 6, measuredOn: "2026-04-15", value: 33, note: "" },
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        rejected: [
          {
            line: 3,
            measuredOn: "2025-12-15",
            value: 31,
            problems: [
              { key: "outsidePeriod", values: { start: "2026-01-01", end: "2027-12-31" } },
              { key: "beforeBaseline", values: { date: "2026-01-01" } },
            ],
          },
          { line: 4, measuredOn: "2026-05-15", value: -3, problems: [{ key: "valueBelowMin", values: { min: 0 } }] },
          {
            line: 5,
            measuredOn: "2026-03-15",
            value: 32,
            problems: [{ key: "dayTaken", values: { date: "2026-03-15" } }],
          },
          {
            line: 6,
            measuredOn: "2026-04-15",
            value: 33,
            problems: [{ key: "dayTaken", values: { date: "2026-04-15" } }],
          },
        ],
      },
    });
    expect(measurementsOf(ids.indicatorId)).toHaveLength(2);

    const good = await importMeasurements(ids, [
      { line: 2, measuredOn: "2026-04-15", value: 30, note: "" },
      { line: 3, measuredOn: "2026-05-15", value: 33, note: "" },
    ]);
    expect(good).toEqual({ ok: true, value: { added: 2 } });
    expect(measurementsOf(ids.indicatorId).map((m) => m.value)).toEqual([24, 26, 30, 33]);
  });
});

describe("changing an indicator", () => {
  const edit = (overrides: Record<string, unknown> = {}) => ({
    name: "Deelnemers",
    basis: { tocElementId: null, hypothesisId: null },
    unit: "deelnemers",
    kind: "aantal" as const,
    minValue: null,
    maxValue: null,
    direction: "hoger" as const,
    baselineValue: 20,
    baselineDate: "2026-01-01",
    targetValue: 60,
    targetDate: "2026-12-31",
    source: "",
    frequency: "maandelijks" as const,
    contribution: "bijdrage" as const,
    version: 1,
    ...overrides,
  });

  it("raises the version, and keeps the old target in the history", async () => {
    const ids = freshIndicator();
    expect(await updateIndicator(ids, edit({ targetValue: 50 }))).toEqual({ ok: true, value: undefined });
    const saved = await getIndicator(ids);
    expect(saved).toMatchObject({ targetValue: 50, version: 2 });
    const history = await indicatorHistory(ids);
    expect(history.entries[0]).toMatchObject({
      action: "indicator.updated",
      measurementId: null,
      before: { targetValue: 60, version: 1 },
      after: { targetValue: 50, version: 2 },
    });
  });

  it("refuses a save from an older version and hands back what the other person saved", async () => {
    const ids = freshIndicator();
    await updateIndicator(ids, edit({ name: "Eerst opgeslagen" }));
    const late = await updateIndicator(ids, edit({ name: "Te laat" }));
    expect(late).toMatchObject({
      ok: false,
      error: "indicatorChanged",
      conflict: { version: 2, saved: { name: "Eerst opgeslagen", targetValue: 60, version: 2 } },
    });
    expect((await getIndicator(ids)).name).toBe("Eerst opgeslagen");
  });

  it("refuses bounds or a baseline date that live measurements do not fit, naming their days", async () => {
    const ids = freshIndicator();
    expect(await updateIndicator(ids, edit({ maxValue: 25 }))).toMatchObject({
      ok: false,
      problems: { maxValue: [{ key: "measurementsOutside", values: { count: 1, days: ["2026-03-15"] } }] },
    });
    expect(await updateIndicator(ids, edit({ kind: "ja_nee", baselineValue: 0, targetValue: 1 }))).toMatchObject({
      ok: false,
      problems: { kind: [{ key: "measurementsOutside", values: { count: 2, days: ["2026-02-15", "2026-03-15"] } }] },
    });
    expect(await updateIndicator(ids, edit({ baselineDate: "2026-03-01" }))).toMatchObject({
      ok: false,
      problems: { baselineDate: [{ key: "measurementsBeforeBaseline", values: { count: 1, days: ["2026-02-15"] } }] },
    });
    expect((await getIndicator(ids)).version).toBe(1);

    // Once the measurement above the bound is withdrawn, the bound fits.
    const high = measurementsOf(ids.indicatorId).at(-1);
    await withdrawMeasurement({ ...ids, measurementId: high?.id ?? 0 }, { reason: "Verkeerde groep", version: 1 });
    expect(await updateIndicator(ids, edit({ maxValue: 25 }))).toMatchObject({ ok: true });
  });
});

describe("the demo data", () => {
  it("has every measurement on a day that has passed, inside its programme's looptijd, after its baseline", () => {
    const rows = db
      .select({
        measuredOn: schema.measurements.measuredOn,
        value: schema.measurements.value,
        kind: schema.indicators.kind,
        baselineDate: schema.indicators.baselineDate,
        startDate: schema.programmes.startDate,
        endDate: schema.programmes.endDate,
      })
      .from(schema.measurements)
      .innerJoin(schema.indicators, eq(schema.indicators.id, schema.measurements.indicatorId))
      .innerJoin(schema.programmes, eq(schema.programmes.id, schema.indicators.programmeId))
      .where(and(eq(schema.programmes.name, "Samen minder eenzaam in Oost")))
      .all();
    expect(rows.length).toBeGreaterThan(20);
    const today = todayInAmsterdam();
    for (const row of rows) {
      expect(row.measuredOn <= today, row.measuredOn).toBe(true);
      expect(row.measuredOn >= (row.startDate ?? ""), row.measuredOn).toBe(true);
      expect(row.measuredOn <= (row.endDate ?? "9999"), row.measuredOn).toBe(true);
      expect(row.measuredOn >= (row.baselineDate ?? ""), row.measuredOn).toBe(true);
    }
  });
});
