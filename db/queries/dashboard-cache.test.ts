// The dashboard's figures kept per gemeente: read back at once after every kind of write, from another connection
// (another server process) too, after the day changed without a write, and with the same number of statements for
// two programmes as for ten.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { countingStatements, current, demoDatabase } = await import("../test-database");
const { openDatabase } = await import("../client");
const schema = await import("../schema");
const fixtures = await import("../fixtures");
const { PILOT_NAME } = await import("../seed-programmes");
const { demoViewer } = await import("./demo-viewer");
const { addMeasurement } = await import("./indicators");
const { changeAssumptionStatus } = await import("./assumptions");
const { decideCorrection } = await import("./correction-changes");
const { CACHED_DASHBOARD_STATEMENTS, getDashboard, loadCachedDashboard } = await import("./dashboard-cache");
const { loadDashboard } = await import("./dashboard");
const { addDays } = await import("@/lib/domain/measurement-schedule");
const { todayInAmsterdam } = await import("@/lib/domain/time");

let db: AppDatabase;
let file = "";
let close = () => {};
let management: Viewer;
const today = todayInAmsterdam();
const period = { from: addDays(today, -90) ?? today, to: today };
const options = { filters: {}, period };

const pilotId = () =>
  db.select({ id: schema.programmes.id }).from(schema.programmes).where(eq(schema.programmes.name, PILOT_NAME)).get()
    ?.id ?? 0;
const pilotRow = <R extends { programme: { id: number } }>(data: { rows: R[] }) =>
  data.rows.find((r) => r.programme.id === pilotId());
/** The dashboard as the page reads it, and as it is computed from scratch at the same moment: they must agree. */
async function both() {
  const clock = { today, now: new Date() };
  const kept = loadCachedDashboard(db, current.viewer ?? management, options, clock);
  const computed = loadDashboard(db, current.viewer ?? management, options, clock);
  const strip = (d: typeof computed) =>
    JSON.parse(JSON.stringify({ rows: d.rows, totals: d.totals, trend: d.assumptionTrend }));
  expect(strip(kept)).toEqual(strip(computed));
  return kept;
}

beforeAll(async () => {
  ({ db, file, close } = await demoDatabase("dashboard-cache"));
  management = demoViewer(db, "management@voorbeeld.example");
  current.viewer = management;
});

afterAll(() => close());

describe("the dashboard's kept figures", () => {
  it("are computed once and then read back in three statements", async () => {
    const first = await getDashboard(options);
    expect(first.fromCache).toBe(false);
    const second = await getDashboard(options);
    expect(second.fromCache).toBe(true);
    expect(second.statements).toBe(CACHED_DASHBOARD_STATEMENTS);
    expect(JSON.parse(JSON.stringify(second.rows))).toEqual(JSON.parse(JSON.stringify(first.rows)));
    expect(second.rows[0]?.lastActivityAt).toBeInstanceOf(Date);
  });

  it("show a new measurement at once", async () => {
    const before = await both();
    const pilot = pilotRow(before);
    const indicator = pilot?.reasons.overdueMeasurements[0];
    expect(indicator).toBeDefined();
    current.viewer = demoViewer(db, "manager@voorbeeld.example");
    const added = await addMeasurement(
      { programmeId: pilotId(), indicatorId: indicator?.id ?? 0 },
      { measuredOn: today, value: 10, note: "" },
    );
    current.viewer = management;
    expect(added.ok).toBe(true);
    const after = await both();
    expect(after.fromCache).toBe(false);
    expect(pilotRow(after)?.reasons.overdueMeasurements.map((m) => m.id)).not.toContain(indicator?.id);
    expect(pilotRow(after)?.overdue.measurements).toBe((pilot?.overdue.measurements ?? 0) - 1);
  });

  it("show an assumption refuted at once", async () => {
    const before = await both();
    const assumption = db
      .select({ id: schema.assumptions.id, version: schema.assumptions.version })
      .from(schema.assumptions)
      .where(eq(schema.assumptions.programmeId, pilotId()))
      .all()
      .find((a) => !pilotRow(before)?.reasons.assumptions.some((r) => r.id === a.id));
    expect(assumption).toBeDefined();
    current.viewer = demoViewer(db, "manager@voorbeeld.example");
    const changed = await changeAssumptionStatus(
      { programmeId: pilotId(), assumptionId: assumption?.id ?? 0 },
      { status: "weerlegd", reason: "De buurtkamer bleek leeg.", version: assumption?.version ?? 1 },
    );
    current.viewer = management;
    expect(changed.ok).toBe(true);
    const after = await both();
    expect(pilotRow(after)?.assumptions.refuted).toBe((pilotRow(before)?.assumptions.refuted ?? 0) + 1);
    expect(pilotRow(after)?.reasons.assumptions.map((a) => a.id)).toContain(assumption?.id);
  });

  it("show a decided course correction at once: it no longer waits", async () => {
    const before = await both();
    const waiting = pilotRow(before)?.reasons.waiting[0];
    expect(waiting).toBeDefined();
    const decided = await decideCorrection(
      { programmeId: pilotId(), correctionId: waiting?.id ?? 0 },
      { decision: "besloten", note: "" },
    );
    expect(decided.ok).toBe(true);
    const after = await both();
    expect(pilotRow(after)?.corrections.waiting).toBe((pilotRow(before)?.corrections.waiting ?? 0) - 1);
    expect(pilotRow(after)?.reasons.decided.map((d) => d.id)).toContain(waiting?.id);
  });

  it("show a write of another server process at once: nothing is kept in a process", async () => {
    await getDashboard(options);
    expect((await getDashboard(options)).fromCache).toBe(true);
    const other = openDatabase(file);
    try {
      const programme = fixtures.createProgramme(other, {
        gemeente: "Gemeente Voorbeeld",
        name: "Uit een ander proces",
        societalChallenge: "Eenzaamheid.",
        owner: "manager@voorbeeld.example",
        team: [],
        partners: [],
      });
      const before = (await getDashboard(options)).rows.find((r) => r.programme.id === programme.id);
      expect(before?.indicators.total).toBe(0);
      fixtures.addIndicator(other, programme, {
        name: "Bezoekers",
        unit: "bezoekers",
        baseline: { value: 0, date: addDays(today, -30) ?? today },
        target: { value: 100, date: addDays(today, 300) ?? today },
        measurements: [],
      });
    } finally {
      other.$client.close();
    }
    const after = await both();
    expect(after.rows.find((r) => r.programme.name === "Uit een ander proces")?.indicators.total).toBe(1);
  });

  it("follow the day without a write: what is late tomorrow is late tomorrow", () => {
    const now = new Date();
    loadCachedDashboard(db, management, options, { today, now });
    const kept = loadCachedDashboard(db, management, options, { today, now });
    expect(kept.fromCache).toBe(true);
    const later = addDays(today, 400) ?? today;
    const clock = { today: later, now: new Date(now.getTime() + 400 * 86_400_000) };
    const next = loadCachedDashboard(db, management, options, clock);
    expect(next.fromCache).toBe(false);
    const expected = loadDashboard(db, management, options, clock);
    const overdue = (d: typeof expected) => d.rows.map((r) => [r.programme.id, r.overdue.measurements]);
    expect(overdue(next)).toEqual(overdue(expected));
    expect(overdue(next)).not.toEqual(overdue(kept));
  });

  it("are kept per programme and filtered per viewer: a programme manager sees only their own", async () => {
    await getDashboard(options);
    current.viewer = demoViewer(db, "manager@voorbeeld.example");
    try {
      const mine = await getDashboard(options);
      const all = await loadDashboard(db, management, options);
      expect(mine.fromCache).toBe(true);
      expect(mine.rows.length).toBeGreaterThan(0);
      expect(mine.rows.length).toBeLessThan(all.rows.length);
      expect(mine.totals.programmes).toBe(mine.rows.length);
    } finally {
      current.viewer = management;
    }
  });
});

describe("the dashboard's statements", () => {
  it("are as many for ten programmes as for two, computed and kept", () => {
    const gemeente = fixtures.addGemeente(db, {
      name: "Gemeente Telling",
      email: "beheer@telling.example",
      passwordHash: "x",
      totpSecret: "JBSWY3DPEHPK3PXP",
    });
    const viewer = demoViewer(db, "beheer@telling.example");
    expect(viewer.organisationId).toBe(gemeente.organisationId);
    const addProgrammes = (count: number) => {
      for (let i = 0; i < count; i++) {
        const programme = fixtures.createProgramme(db, {
          gemeente: "Gemeente Telling",
          name: `Programma ${Math.random().toString(36).slice(2)}`,
          societalChallenge: "Armoede.",
          owner: "beheer@telling.example",
          team: [],
          partners: [],
        });
        fixtures.addIndicator(db, programme, {
          name: "Huishoudens",
          unit: "huishoudens",
          baseline: { value: 10, date: addDays(today, -60) ?? today },
          target: { value: 50, date: addDays(today, 300) ?? today },
          measurements: [{ measuredOn: addDays(today, -10) ?? today, value: 12 }],
        });
        fixtures.addAssumption(db, programme, { statement: "Huishoudens vragen hulp.", criticality: "hoog" });
      }
    };
    const measure = () => {
      const computed = countingStatements(db, () => loadCachedDashboard(db, viewer, options));
      const kept = countingStatements(db, () => loadCachedDashboard(db, viewer, options));
      expect(computed.result.fromCache).toBe(false);
      expect(kept.result.fromCache).toBe(true);
      expect(computed.result.statements).toBe(computed.statements);
      return { computed: computed.statements, kept: kept.statements, rows: kept.result.rows.length };
    };
    addProgrammes(2);
    const two = measure();
    addProgrammes(8);
    const ten = measure();
    expect(two.rows).toBe(2);
    expect(ten.rows).toBe(10);
    expect(ten.computed).toBe(two.computed);
    expect(ten.kept).toBe(two.kept);
    expect(ten.kept).toBe(CACHED_DASHBOARD_STATEMENTS);
  });
});
