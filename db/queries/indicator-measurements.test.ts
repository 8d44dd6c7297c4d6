// An indicator's measurements a screen at a time against the demo database: every row on exactly one screen, newest
// first, the counts, the withdrawn ones only on request (filtered before the limit), the screen of one measurement,
// and the chart's series averaged in SQL once it is long.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { addIndicator, createProgramme } = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const { CHART_POINTS, indicatorMeasurements, MEASUREMENTS_PAGE_SIZE } = await import("./indicator-measurements");

let db: AppDatabase;
let close = () => {};

/** Consecutive days from 1 January 2020. */
const dayNo = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);

/** A programme with one indicator measured on `count` consecutive days, the value the day's number. */
function measuredIndicator(count: number) {
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Testprogramma ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: [],
    startDate: "2020-01-01",
    endDate: "2027-12-31",
  });
  const indicator = addIndicator(db, programme, {
    name: "Bezoekers",
    unit: "bezoekers",
    baseline: { value: 0, date: "2020-01-01" },
    target: { value: 1000, date: "2027-12-31" },
    measurements: Array.from({ length: count }, (_, i) => ({ measuredOn: dayNo(i), value: i })),
  });
  return { programmeId: programme.id, indicatorId: indicator.id };
}

function withdraw(indicatorId: number, days: string[]) {
  for (const day of days) {
    db.update(schema.measurements)
      .set({ withdrawnAt: new Date(), withdrawReason: "Dubbel geteld" })
      .where(and(eq(schema.measurements.indicatorId, indicatorId), eq(schema.measurements.measuredOn, day)))
      .run();
  }
}

async function everyScreen(ids: { programmeId: number; indicatorId: number }, withWithdrawn = false) {
  const first = await indicatorMeasurements({ ...ids, withWithdrawn });
  const rows = [...first.measurements];
  for (let page = 2; page <= first.pageCount; page++) {
    rows.push(...(await indicatorMeasurements({ ...ids, page, withWithdrawn })).measurements);
  }
  return { first, rows };
}

beforeAll(async () => {
  ({ db, close } = await demoDatabase("indicator-measurements"));
  current.viewer = demoViewer(db, "manager@voorbeeld.example");
});

afterAll(() => {
  close();
});

describe("the measurements table", () => {
  it("shows every live measurement on exactly one screen, newest first, with the counts", async () => {
    const count = MEASUREMENTS_PAGE_SIZE * 2 + 7;
    const ids = measuredIndicator(count);
    withdraw(ids.indicatorId, [dayNo(3), dayNo(count - 1)]);

    const { first, rows } = await everyScreen(ids);
    expect(first).toMatchObject({ total: count - 2, withdrawn: 2, matching: count - 2, page: 1, pageCount: 3 });
    expect(first.measurements).toHaveLength(MEASUREMENTS_PAGE_SIZE);
    expect(new Set(rows.map((m) => m.id)).size).toBe(count - 2);
    expect(rows).toHaveLength(count - 2);
    // Newest first; the withdrawn ones are filtered out before the limit, so no screen is short of rows.
    expect(rows.map((m) => m.measuredOn)).toEqual([...rows.map((m) => m.measuredOn)].sort().reverse());
    expect(rows.every((m) => m.withdrawnAt === null)).toBe(true);
    expect(first.measurements[0]?.measuredOn).toBe(dayNo(count - 2));
    expect(first.latest).toEqual({ measuredOn: dayNo(count - 2), value: count - 2 });

    const all = await everyScreen(ids, true);
    expect(all.first).toMatchObject({ total: count - 2, withdrawn: 2, matching: count });
    expect(all.rows).toHaveLength(count);
    expect(all.rows.filter((m) => m.withdrawnAt !== null).map((m) => m.measuredOn)).toEqual([
      dayNo(count - 1),
      dayNo(3),
    ]);
    // The latest live measurement decides the status, never a withdrawn one.
    expect(all.first.latest?.measuredOn).toBe(dayNo(count - 2));

    // A page past the end shows the last screen, an unreadable one the first.
    expect((await indicatorMeasurements({ ...ids, page: 99 })).page).toBe(3);
    expect((await indicatorMeasurements({ ...ids, page: -1 })).page).toBe(1);
  });

  it("opens on the screen that holds a measurement asked for, unless a page is asked for", async () => {
    const ids = measuredIndicator(MEASUREMENTS_PAGE_SIZE * 3);
    const { rows } = await everyScreen(ids);
    const target = rows[MEASUREMENTS_PAGE_SIZE * 2 + 4];
    if (!target) throw new Error("three screens of measurements");
    const around = await indicatorMeasurements({ ...ids, at: target.id });
    expect(around.page).toBe(3);
    expect(around.measurements.map((m) => m.id)).toContain(target.id);
    expect((await indicatorMeasurements({ ...ids, at: target.id, page: 1 })).page).toBe(1);
    // A measurement of another indicator is not in this list: the first screen.
    const other = measuredIndicator(1);
    const [foreign] = (await indicatorMeasurements(other)).measurements;
    expect((await indicatorMeasurements({ ...ids, at: foreign?.id })).page).toBe(1);
  });

  it("is read only by those who may read the programme, and only for its own indicator", async () => {
    const ids = measuredIndicator(2);
    const other = measuredIndicator(2);
    await expect(
      indicatorMeasurements({ programmeId: ids.programmeId, indicatorId: other.indicatorId }),
    ).rejects.toThrow();
    current.viewer = demoViewer(db, "beheerder@testdorp.example");
    await expect(indicatorMeasurements(ids)).rejects.toThrow();
    current.viewer = demoViewer(db, "manager@voorbeeld.example");
  });
});

describe("the chart's series", () => {
  it("holds every live measurement in date order while it is short", async () => {
    const ids = measuredIndicator(CHART_POINTS);
    const table = await indicatorMeasurements(ids);
    expect(table.averaged).toBe(false);
    expect(table.series).toHaveLength(CHART_POINTS);
    expect(table.series[0]).toEqual({ day: dayNo(0), value: 0 });
    expect(table.series.at(-1)).toEqual({ day: dayNo(CHART_POINTS - 1), value: CHART_POINTS - 1 });
  });

  it("averages a long series per period into at most CHART_POINTS points that cover the whole of it", async () => {
    const count = CHART_POINTS * 5 + 3;
    const ids = measuredIndicator(count);
    const table = await indicatorMeasurements(ids);
    expect(table.averaged).toBe(true);
    expect(table.total).toBe(count);
    expect(table.series.length).toBeLessThanOrEqual(CHART_POINTS);
    expect(table.series.length).toBeGreaterThan(CHART_POINTS * 0.9);
    const days = table.series.map((p) => p.day);
    expect(days).toEqual([...days].sort());
    expect(new Set(days).size).toBe(days.length);
    // The value is the day's number, so each period's average lies on the line and the ends are the ends.
    const firstDay = table.series[0]?.day ?? "";
    expect(firstDay >= dayNo(0) && firstDay <= dayNo(5)).toBe(true);
    expect(table.series.at(-1)?.day).toBe(dayNo(count - 3));
    for (const point of table.series) {
      const n = Math.round((Date.parse(`${point.day}T00:00:00Z`) - Date.UTC(2020, 0, 1)) / 86_400_000);
      expect(Math.abs(point.value - n)).toBeLessThanOrEqual(0.5);
    }
  });
});
