import { describe, expect, it } from "vitest";
import {
  ATTENTION_LIST_SIZE,
  assumptionTrend,
  attentionList,
  byUrgency,
  computeDashboard,
  DASHBOARD_PAGE_SIZE,
  type DashboardInput,
  type DashboardProgramme,
  dashboardPage,
  defaultPeriod,
  filterProgrammes,
  ownerOptions,
  periodBounds,
  statusAt,
} from "./dashboard";

const TODAY = "2026-07-20";
const NOW = new Date("2026-07-20T10:00:00Z");
const PERIOD = { from: "2026-05-01", to: "2026-07-20" };

const programme = (id: number, extra: Partial<DashboardProgramme> = {}): DashboardProgramme => ({
  id,
  name: `Programma ${id}`,
  route: "klein-en-krachtig",
  status: "lopend",
  phase: "onderzoeken",
  round: 1,
  ownerId: 10,
  ownerName: "Joost van Dijk",
  ...extra,
});

const empty = (programmes: DashboardProgramme[]): DashboardInput => ({
  programmes,
  indicators: [],
  assumptions: [],
  statusChanges: [],
  studies: [],
  questions: [],
  transitions: [],
  activity: [],
  waiting: [],
  actionItems: [],
});

let nextIndicator = 1;
const indicator = (programmeId: number, latest: { measuredOn: string; value: number } | null) => ({
  id: nextIndicator++,
  programmeId,
  name: `Indicator ${nextIndicator}`,
  unit: "deelnemers",
  direction: "hoger" as const,
  baselineValue: 0,
  baselineDate: "2026-01-01",
  targetValue: 100,
  targetDate: "2026-12-31",
  frequency: "maandelijks" as const,
  measurements: latest ? [latest] : [],
});

const at = (iso: string) => new Date(iso);
const run = (input: DashboardInput) => computeDashboard(input, { today: TODAY, now: NOW, period: PERIOD });

describe("the figures of one programme", () => {
  it("counts indicators by status and the measurements that are overdue", () => {
    const result = run({
      ...empty([programme(1)]),
      indicators: [
        // About 55% of the way expected by mid-July.
        indicator(1, { measuredOn: "2026-07-15", value: 55 }), // op koers
        indicator(1, { measuredOn: "2026-07-15", value: 38 }), // aandacht
        indicator(1, { measuredOn: "2026-07-15", value: 10 }), // uit koers
        indicator(1, null), // geen gegevens; due a month after the baseline, long missed
        indicator(1, { measuredOn: "2026-04-01", value: 40 }), // measured, but the next one is missed
      ],
    });
    const row = result.rows[0];
    expect(row?.indicators).toEqual({ op_koers: 2, aandacht: 1, uit_koers: 1, geen_gegevens: 1, total: 5 });
    expect(row?.overdue.measurements).toBe(2);
  });

  it("uses only the latest measurement, whatever the order", () => {
    const result = run({
      ...empty([programme(1)]),
      indicators: [
        {
          ...indicator(1, null),
          measurements: [
            { measuredOn: "2026-07-15", value: 10 },
            { measuredOn: "2026-03-15", value: 90 },
          ],
        },
      ],
    });
    expect(result.rows[0]?.indicators.uit_koers).toBe(1);
    expect(result.rows[0]?.overdue.measurements).toBe(0);
  });

  it("counts critical untested and refuted assumptions as the risk", () => {
    const a = (
      id: number,
      criticality: "hoog" | "midden" | "laag",
      status: DashboardInput["assumptions"][0]["status"],
    ) => ({
      id,
      programmeId: 1,
      statement: `Aanname ${id}`,
      criticality,
      status,
      createdAt: at("2026-01-01T00:00:00Z"),
    });
    const result = run({
      ...empty([programme(1)]),
      assumptions: [
        a(1, "hoog", "ongetoetst"),
        a(2, "hoog", "ongetoetst"),
        a(3, "midden", "ongetoetst"),
        a(4, "laag", "weerlegd"),
        a(5, "hoog", "in_onderzoek"),
        a(6, "hoog", "bevestigd"),
      ],
    });
    expect(result.rows[0]?.assumptions).toEqual({ criticalUntested: 2, refuted: 1, atRisk: 3 });
  });

  it("counts running studies, open, answered and overdue learning questions", () => {
    const result = run({
      ...empty([programme(1)]),
      studies: [
        { programmeId: 1, status: "lopend" },
        { programmeId: 1, status: "gepland" },
        { programmeId: 1, status: "afgerond" },
      ],
      questions: [
        { programmeId: 1, status: "open", dueDate: "2026-07-19" }, // overdue
        { programmeId: 1, status: "in_behandeling", dueDate: "2026-07-20" }, // due today: not yet
        { programmeId: 1, status: "beantwoord", dueDate: "2026-01-01" }, // answered: never overdue
        { programmeId: 1, status: "vervallen", dueDate: "2026-01-01" },
        { programmeId: 1, status: "open", dueDate: null },
      ],
    });
    const row = result.rows[0];
    expect(row?.studiesRunning).toBe(1);
    expect(row?.questions).toEqual({ open: 3, answered: 1 });
    expect(row?.overdue.questions).toBe(1);
  });

  it("counts corrections proposed and decided within the period only, both days included", () => {
    const t = (toStatus: "voorgesteld" | "besloten" | "afgewezen" | "doorgevoerd", iso: string) => ({
      correctionId: 1,
      title: "Zaterdagochtend",
      programmeId: 1,
      toStatus,
      changedAt: at(iso),
    });
    const input = {
      ...empty([programme(1)]),
      transitions: [
        t("voorgesteld", "2026-04-30T21:59:59Z"), // 23:59:59 on 30 April in Amsterdam: before the period
        t("voorgesteld", "2026-04-30T22:00:00Z"), // 00:00 on 1 May in Amsterdam: in
        t("besloten", "2026-07-20T21:59:59Z"), // the last second of the last day: in
        t("besloten", "2026-07-20T22:00:00Z"), // the next day: out
        t("afgewezen", "2026-06-01T12:00:00Z"),
        t("doorgevoerd", "2026-06-01T12:00:00Z"),
      ],
    };
    expect(run(input).rows[0]?.corrections).toEqual({ proposed: 1, decided: 1, waiting: 0 });
    const past = computeDashboard(input, { today: TODAY, now: NOW, period: { from: "2020-01-01", to: "2020-12-31" } });
    expect(past.rows[0]?.corrections).toEqual({ proposed: 0, decided: 0, waiting: 0 });
  });

  it("takes the latest audit event as the last activity", () => {
    const result = run({
      ...empty([programme(1), programme(2)]),
      activity: [
        { programmeId: 1, lastActivityAt: at("2026-07-01T08:00:00Z") },
        { programmeId: 1, lastActivityAt: at("2026-07-03T08:00:00Z") },
      ],
    });
    expect(result.rows[0]?.lastActivityAt).toEqual(at("2026-07-03T08:00:00Z"));
    expect(result.rows[1]?.lastActivityAt).toBeNull();
  });

  it("ignores rows of programmes that are not shown", () => {
    const result = run({
      ...empty([programme(1)]),
      indicators: [indicator(2, null)],
      studies: [{ programmeId: 2, status: "lopend" }],
      assumptions: [
        {
          id: 1,
          programmeId: 2,
          statement: "",
          criticality: "hoog",
          status: "ongetoetst",
          createdAt: at("2026-01-01"),
        },
      ],
    });
    expect(result.rows).toHaveLength(1);
    expect(result.totals.indicators.total).toBe(0);
    expect(result.totals.studiesRunning).toBe(0);
    expect(result.assumptionTrend.at(-1)?.counts.ongetoetst).toBe(0);
  });
});

describe("the portfolio totals", () => {
  it("add up every programme and count programmes per phase", () => {
    const result = run({
      ...empty([programme(1), programme(2, { phase: "leren" }), programme(3, { phase: "leren" })]),
      indicators: [
        indicator(1, { measuredOn: "2026-07-15", value: 10 }),
        indicator(2, { measuredOn: "2026-07-15", value: 12 }),
      ],
      studies: [
        { programmeId: 1, status: "lopend" },
        { programmeId: 3, status: "lopend" },
      ],
      questions: [
        { programmeId: 2, status: "open", dueDate: "2026-01-01" },
        { programmeId: 3, status: "beantwoord", dueDate: null },
      ],
    });
    expect(result.totals.programmes).toBe(3);
    expect(result.totals.indicators.uit_koers).toBe(2);
    expect(result.totals.indicators.total).toBe(2);
    expect(result.totals.studiesRunning).toBe(2);
    expect(result.totals.questions).toEqual({ open: 1, answered: 1 });
    expect(result.totals.overdue.questions).toBe(1);
    expect(result.totals.phases).toEqual({ definieren: 0, onderzoeken: 1, leren: 2, bijsturen: 0 });
  });

  it("are all zero without programmes", () => {
    const result = run(empty([]));
    expect(result.rows).toEqual([]);
    expect(result.totals.programmes).toBe(0);
    expect(result.totals.indicators.total).toBe(0);
    expect(result.assumptionTrend).toHaveLength(6);
  });
});

describe("the filters", () => {
  const list = [
    programme(1),
    programme(2, { route: null, status: "concept", ownerId: 11, ownerName: "Pieter Smit" }),
    programme(3, { route: "training", ownerId: 12, ownerName: "Anna de Boer" }),
  ];

  it("filter on route, no route, status and owner", () => {
    expect(filterProgrammes(list, {}).map((p) => p.id)).toEqual([1, 2, 3]);
    expect(filterProgrammes(list, { route: "training" }).map((p) => p.id)).toEqual([3]);
    expect(filterProgrammes(list, { route: "geen" }).map((p) => p.id)).toEqual([2]);
    expect(filterProgrammes(list, { status: "lopend" }).map((p) => p.id)).toEqual([1, 3]);
    expect(filterProgrammes(list, { ownerId: 11 }).map((p) => p.id)).toEqual([2]);
    expect(filterProgrammes(list, { status: "lopend", ownerId: 11 })).toEqual([]);
  });

  it("offer every owner once, by name", () => {
    expect(ownerOptions([...list, programme(4)])).toEqual([
      { id: 12, name: "Anna de Boer" },
      { id: 10, name: "Joost van Dijk" },
      { id: 11, name: "Pieter Smit" },
    ]);
  });

  it("default to the last 90 days", () => {
    expect(defaultPeriod("2026-07-20")).toEqual({ from: "2026-04-21", to: "2026-07-20" });
  });

  it("turn a period into Amsterdam day bounds", () => {
    expect(periodBounds({ from: "2026-05-01", to: "2026-05-01" })).toEqual({
      start: new Date("2026-04-30T22:00:00Z"),
      end: new Date("2026-05-01T22:00:00Z"),
    });
    expect(periodBounds({ from: "2026-02-30", to: "2026-05-01" })).toBeNull();
  });
});

describe("assumption statuses over time", () => {
  const assumption = {
    id: 1,
    programmeId: 1,
    statement: "",
    criticality: "hoog" as const,
    createdAt: at("2026-02-10T09:00:00Z"),
  };
  const changes = [
    {
      id: 2,
      assumptionId: 1,
      fromStatus: "in_onderzoek" as const,
      toStatus: "weerlegd" as const,
      changedAt: at("2026-05-10T09:00:00Z"),
    },
    {
      id: 1,
      assumptionId: 1,
      fromStatus: "ongetoetst" as const,
      toStatus: "in_onderzoek" as const,
      changedAt: at("2026-03-05T09:00:00Z"),
    },
  ];

  it("knows the status at a moment from the history", () => {
    const now = { ...assumption, status: "weerlegd" as const };
    expect(statusAt(now, changes, at("2026-02-01T00:00:00Z"))).toBeNull();
    expect(statusAt(now, changes, at("2026-03-01T00:00:00Z"))).toBe("ongetoetst");
    expect(statusAt(now, changes, at("2026-04-01T00:00:00Z"))).toBe("in_onderzoek");
    expect(statusAt(now, changes, at("2026-06-01T00:00:00Z"))).toBe("weerlegd");
    expect(statusAt({ ...now, status: "bevestigd" }, [], at("2026-06-01T00:00:00Z"))).toBe("bevestigd");
  });

  it("counts an assumption from its first recorded change when that is older than the record", () => {
    const late = { ...assumption, status: "weerlegd" as const, createdAt: at("2026-07-01T00:00:00Z") };
    expect(statusAt(late, changes, at("2026-04-01T00:00:00Z"))).toBe("in_onderzoek");
    expect(statusAt(late, changes, at("2026-03-01T00:00:00Z"))).toBeNull();
  });

  it("gives six months, the current one counted now", () => {
    const trend = assumptionTrend([{ ...assumption, status: "weerlegd" }], changes, TODAY, NOW);
    expect(trend.map((m) => m.month)).toEqual(["2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07"]);
    expect(trend.map((m) => m.current)).toEqual([false, false, false, false, false, true]);
    // The end of February is the start of 1 March in Amsterdam (UTC+1).
    expect(trend[0]?.at).toEqual(at("2026-02-28T23:00:00Z"));
    expect(trend[5]?.at).toEqual(NOW);
    const statusPerMonth = trend.map((m) => Object.entries(m.counts).find(([, n]) => n > 0)?.[0] ?? null);
    expect(statusPerMonth).toEqual(["ongetoetst", "in_onderzoek", "in_onderzoek", "weerlegd", "weerlegd", "weerlegd"]);
  });

  it("crosses the turn of the year", () => {
    const trend = assumptionTrend([], [], "2026-02-15", at("2026-02-15T12:00:00Z"));
    expect(trend.map((m) => m.month)).toEqual(["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});

describe("the table's pages and the attention list", () => {
  const figures = (name: string, offCourse: number, late = 0, attention = 0) => {
    const urgency = { uit_koers: offCourse, te_laat: late, aandacht: attention };
    const level = offCourse ? "uit_koers" : late ? "te_laat" : attention ? "aandacht" : null;
    return {
      programme: { id: name.length, name },
      indicators: { op_koers: 0, aandacht: 0, uit_koers: offCourse, geen_gegevens: 0 },
      reasons: { urgency, level },
    } as unknown as Parameters<typeof byUrgency>[0];
  };

  it("puts the programmes with the most urgent reasons first", () => {
    const rows = [
      figures("Bibliotheek", 0),
      figures("Armoede", 2),
      figures("Zorg", 2, 3),
      figures("Cultuur", 0, 0, 1),
      figures("Dorpshuis", 0, 1),
    ];
    expect([...rows].sort(byUrgency).map((r) => r.programme.name)).toEqual([
      "Zorg",
      "Armoede",
      "Dorpshuis",
      "Cultuur",
      "Bibliotheek",
    ]);
  });

  it("cuts the sorted rows into pages and keeps the page within range", () => {
    const rows = Array.from({ length: 40 }, (_, i) => figures(`P${String(i).padStart(2, "0")}`, i % 5));
    const first = dashboardPage(rows, 1);
    expect(first).toMatchObject({ page: 1, pages: 3, first: 1 });
    expect(first.rows).toHaveLength(DASHBOARD_PAGE_SIZE);
    expect(first.rows.every((r) => r.indicators.uit_koers >= 3)).toBe(true);
    expect(dashboardPage(rows, 99)).toMatchObject({ page: 3, first: 31 });
    expect(dashboardPage(rows, 99).rows).toHaveLength(10);
    expect(dashboardPage(rows, Number.NaN).page).toBe(1);
  });

  it("lists only the programmes with a reason, the most urgent first, and counts them all", () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      figures(`P${String(i).padStart(2, "0")}`, i % 4 === 0 ? i : 0, i % 4 === 1 ? 1 : 0, i % 4 === 2 ? 1 : 0),
    );
    const list = attentionList(rows);
    expect(list.total).toBe(29);
    expect(list.rows).toHaveLength(ATTENTION_LIST_SIZE);
    expect(list.rows.map((r) => r.programme.name)).toEqual([
      "P36",
      "P32",
      "P28",
      "P24",
      "P20",
      "P16",
      "P12",
      "P08",
      "P04",
      "P01",
    ]);
    expect(attentionList(rows, 40).rows.every((r) => r.reasons.level !== null)).toBe(true);
  });
});
