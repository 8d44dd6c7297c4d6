import { describe, expect, it } from "vitest";
import type { DashboardAssumption, DashboardIndicator } from "./dashboard";
import { collectReasons, compareUrgency, daysBetween, type ReasonInput, reasonLines } from "./dashboard-reasons";

const TODAY = "2026-07-02";
const at = (iso: string) => new Date(iso);

const none = (ids: number[] = [1]): ReasonInput => ({
  programmes: ids.map((id) => ({ id })),
  indicators: [],
  assumptions: [],
  statusChanges: [],
  questions: [],
  waiting: [],
  actionItems: [],
  decisions: [],
});

// From 20 to 60 over 2026: on 2 July the line stands at 40. A value of 15 is off course, 34 needs attention.
const indicator = (id: number, value: number | null, extra: Partial<DashboardIndicator> = {}): DashboardIndicator => ({
  id,
  programmeId: 1,
  name: `Indicator ${id}`,
  unit: "deelnemers",
  direction: "hoger",
  baselineValue: 20,
  baselineDate: "2026-01-01",
  targetValue: 60,
  targetDate: "2026-12-31",
  frequency: "per_kwartaal",
  measurements: value === null ? [] : [{ measuredOn: "2026-06-30", value }],
  ...extra,
});

const assumption = (
  id: number,
  criticality: DashboardAssumption["criticality"],
  status: DashboardAssumption["status"],
): DashboardAssumption => ({
  id,
  programmeId: 1,
  statement: `Aanname ${id}`,
  criticality,
  status,
  createdAt: at("2026-02-01T10:00:00Z"),
});

const reasonsOf = (input: ReasonInput) => {
  const reasons = collectReasons(input, TODAY).get(1);
  if (!reasons) throw new Error("no reasons for programme 1");
  return reasons;
};

describe("the reasons of one programme", () => {
  it("names the indicators off course and needing attention with their value, target and the line today", () => {
    const r = reasonsOf({
      ...none(),
      indicators: [indicator(1, 42), indicator(2, 34), indicator(3, 15), indicator(4, null)],
    });
    // Without any measurement an indicator has no status, but its quarterly measurement is long overdue.
    expect(r.overdueMeasurements.map((m) => m.id)).toEqual([4]);
    expect(r.indicators.map((i) => [i.id, i.status])).toEqual([
      [3, "uit_koers"],
      [2, "aandacht"],
    ]);
    expect(r.indicators[0]).toMatchObject({
      name: "Indicator 3",
      unit: "deelnemers",
      latest: { measuredOn: "2026-06-30", value: 15 },
      targetValue: 60,
      targetDate: "2026-12-31",
      line: { expected: 40, distance: 25, side: "onder", behind: true },
    });
    expect(r.level).toBe("uit_koers");
    expect(r.urgency).toEqual({ uit_koers: 1, te_laat: 1, aandacht: 1 });
  });

  it("puts the indicator furthest behind first, whatever its unit", () => {
    const r = reasonsOf({
      ...none(),
      indicators: [
        indicator(1, 18),
        indicator(2, 51, { unit: "%", direction: "lager", baselineValue: 48, targetValue: 38 }),
        indicator(3, 10),
      ],
    });
    // 8 % above the line weighs more than 30 deelnemers below it: 8 is more of the way from 48 to 38.
    expect(r.indicators.map((i) => i.id)).toEqual([2, 3, 1]);
    expect(r.indicators[0]?.line).toMatchObject({ expected: 43, distance: 8, side: "boven", behind: true });
    expect(r.indicators[1]?.line).toMatchObject({ expected: 40, distance: 30, side: "onder", behind: true });
  });

  it("measures a 'lower is better' indicator above the line as behind", () => {
    const r = reasonsOf({
      ...none(),
      indicators: [indicator(1, 50, { unit: "%", direction: "lager", baselineValue: 48, targetValue: 38 })],
    });
    expect(r.indicators[0]).toMatchObject({ status: "uit_koers", line: { expected: 43, distance: 7, side: "boven" } });
    expect(r.indicators[0]?.line?.behind).toBe(true);
  });

  it("measures against the target itself once the target date has passed", () => {
    const r = reasonsOf({
      ...none(),
      indicators: [indicator(1, 30, { baselineDate: "2025-01-01", targetDate: "2026-01-01", frequency: "jaarlijks" })],
    });
    expect(r.indicators[0]?.line).toMatchObject({ expected: 60, distance: 30, targetDue: true });
  });

  it("names the critical assumptions refuted and untested, and other refuted ones, with since when", () => {
    const r = reasonsOf({
      ...none(),
      assumptions: [
        assumption(1, "hoog", "ongetoetst"),
        assumption(2, "midden", "weerlegd"),
        assumption(3, "hoog", "weerlegd"),
        assumption(4, "midden", "ongetoetst"),
        assumption(5, "hoog", "bevestigd"),
      ],
      statusChanges: [
        { id: 1, assumptionId: 3, fromStatus: "ongetoetst", toStatus: "in_onderzoek", changedAt: at("2026-03-01") },
        { id: 2, assumptionId: 3, fromStatus: "in_onderzoek", toStatus: "weerlegd", changedAt: at("2026-05-01") },
      ],
    });
    expect(r.assumptions.map((a) => [a.id, a.criticality, a.status])).toEqual([
      [3, "hoog", "weerlegd"],
      [2, "midden", "weerlegd"],
      [1, "hoog", "ongetoetst"],
    ]);
    expect(r.assumptions[0]?.since).toEqual(at("2026-05-01"));
    expect(r.assumptions[1]?.since).toBeNull();
    expect(r.assumptions[2]?.since).toEqual(at("2026-02-01T10:00:00Z"));
    expect(r.urgency).toEqual({ uit_koers: 1, te_laat: 0, aandacht: 2 });
  });

  it("names overdue measurements and action items, and counts overdue learning questions", () => {
    const r = reasonsOf({
      ...none(),
      // Measured each quarter: after 31 March the next was due 30 June, missed after two weeks' grace.
      indicators: [
        indicator(1, null, { frequency: "per_kwartaal", baselineDate: "2026-03-31" }),
        indicator(2, null, { frequency: "maandelijks", baselineDate: "2026-01-01" }),
      ],
      actionItems: [
        { id: 7, programmeId: 1, description: "Vrijwilligers bellen", dueDate: "2026-06-01", ownerName: "Fatima" },
        { id: 8, programmeId: 1, description: "Flyer maken", dueDate: "2026-06-20", ownerName: null },
        { id: 9, programmeId: 1, description: "Vandaag nog", dueDate: TODAY, ownerName: null },
        { id: 10, programmeId: 1, description: "Zonder datum", dueDate: null, ownerName: null },
      ],
      questions: [
        { programmeId: 1, status: "open", dueDate: "2026-07-01" },
        { programmeId: 1, status: "beantwoord", dueDate: "2026-07-01" },
      ],
    });
    expect(r.overdueMeasurements).toEqual([{ id: 2, name: "Indicator 2", dueOn: "2026-02-01" }]);
    expect(r.overdueActions.map((a) => [a.id, a.daysLate])).toEqual([
      [7, 31],
      [8, 12],
    ]);
    expect(r.overdueActions[0]).toMatchObject({ description: "Vrijwilligers bellen", ownerName: "Fatima" });
    expect(r.overdueQuestions).toBe(1);
    expect(r.level).toBe("te_laat");
    expect(r.urgency).toEqual({ uit_koers: 0, te_laat: 4, aandacht: 0 });
  });

  it("says how long proposed corrections wait, and what was decided and carried out, the latest first", () => {
    const r = reasonsOf({
      ...none(),
      waiting: [
        { id: 4, programmeId: 1, title: "Later voorstel", proposedAt: at("2026-06-30T08:00:00Z") },
        { id: 3, programmeId: 1, title: "Zaterdagochtend", proposedAt: at("2026-05-31T22:30:00Z") },
      ],
      decisions: [
        {
          correctionId: 1,
          programmeId: 1,
          title: "Werven via kerken",
          toStatus: "besloten",
          changedAt: at("2026-05-01"),
        },
        {
          correctionId: 1,
          programmeId: 1,
          title: "Werven via kerken",
          toStatus: "doorgevoerd",
          changedAt: at("2026-06-01"),
        },
        { correctionId: 2, programmeId: 1, title: "Eerst bellen", toStatus: "besloten", changedAt: at("2026-06-15") },
        { correctionId: 5, programmeId: 1, title: "Nieuw", toStatus: "voorgesteld", changedAt: at("2026-06-16") },
        { correctionId: 6, programmeId: 1, title: "Nee", toStatus: "afgewezen", changedAt: at("2026-06-17") },
        // Decided before the period, carried out within it: not decided in the period.
        { correctionId: 7, programmeId: 1, title: "Oud", toStatus: "doorgevoerd", changedAt: at("2026-06-18") },
      ],
    });
    // 22:30 UTC on 31 May is 1 June in Amsterdam: 31 days before 2 July.
    expect(r.waiting.map((w) => [w.id, w.daysWaiting])).toEqual([
      [3, 31],
      [4, 2],
    ]);
    expect(r.decided).toEqual([
      { id: 2, title: "Eerst bellen", decidedAt: at("2026-06-15"), carriedOutAt: null },
      { id: 1, title: "Werven via kerken", decidedAt: at("2026-05-01"), carriedOutAt: at("2026-06-01") },
    ]);
    expect(r.level).toBe("aandacht");
    expect(r.urgency).toEqual({ uit_koers: 0, te_laat: 0, aandacht: 2 });
  });

  it("has no level when nothing asks for attention, even with decisions made", () => {
    const r = reasonsOf({
      ...none(),
      indicators: [indicator(1, 42)],
      assumptions: [assumption(1, "laag", "ongetoetst")],
      decisions: [
        { correctionId: 1, programmeId: 1, title: "Klaar", toStatus: "besloten", changedAt: at("2026-06-01") },
      ],
    });
    expect(r.level).toBeNull();
    expect(r.urgency).toEqual({ uit_koers: 0, te_laat: 0, aandacht: 0 });
    expect(r.decided).toHaveLength(1);
  });

  it("keeps every programme's reasons to itself and ignores programmes not shown", () => {
    const reasons = collectReasons(
      {
        ...none([1, 2]),
        indicators: [indicator(1, 15, { programmeId: 2 }), indicator(2, 15, { programmeId: 3 })],
        waiting: [{ id: 1, programmeId: 3, title: "Elders", proposedAt: at("2026-06-01") }],
      },
      TODAY,
    );
    expect([...reasons.keys()]).toEqual([1, 2]);
    expect(reasons.get(1)?.level).toBeNull();
    expect(reasons.get(2)?.indicators.map((i) => i.id)).toEqual([1]);
  });
});

describe("the order of urgency", () => {
  const p = (name: string, uit_koers: number, te_laat: number, aandacht: number) => ({
    name,
    urgency: { uit_koers, te_laat, aandacht },
  });

  it("puts off course first, then overdue, then attention, then the name", () => {
    const sorted = [
      p("Alleen aandacht", 0, 0, 5),
      p("Niets", 0, 0, 0),
      p("Te laat", 0, 1, 0),
      p("Uit koers", 1, 0, 0),
      p("Uit koers en te laat", 1, 2, 0),
      p("Ook aandacht", 0, 0, 5),
      p("Meer uit koers", 2, 0, 0),
    ].sort(compareUrgency);
    expect(sorted.map((x) => x.name)).toEqual([
      "Meer uit koers",
      "Uit koers en te laat",
      "Uit koers",
      "Te laat",
      "Alleen aandacht",
      "Ook aandacht",
      "Niets",
    ]);
  });
});

describe("days between two days", () => {
  it("counts calendar days, across a month and a daylight-saving change", () => {
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(daysBetween("2026-10-20", "2026-10-30")).toBe(10);
    expect(daysBetween("2026-07-02", "2026-07-02")).toBe(0);
    expect(daysBetween("2026-07-03", "2026-07-02")).toBe(0);
    expect(daysBetween("geen", "2026-07-02")).toBe(0);
  });
});

describe("the reasons in one line each", () => {
  it("run from the most urgent level to the least", () => {
    const r = reasonsOf({
      ...none(),
      indicators: [indicator(1, 34), indicator(2, 15), indicator(3, null, { frequency: "maandelijks" })],
      assumptions: [
        assumption(4, "hoog", "ongetoetst"),
        assumption(5, "hoog", "weerlegd"),
        assumption(6, "laag", "weerlegd"),
      ],
      actionItems: [{ id: 7, programmeId: 1, description: "Bellen", dueDate: "2026-06-01", ownerName: null }],
      questions: [{ programmeId: 1, status: "open", dueDate: "2026-07-01" }],
      waiting: [{ id: 8, programmeId: 1, title: "Zaterdag", proposedAt: at("2026-06-30T08:00:00Z") }],
    });
    const lines = reasonLines(r);
    expect(lines.map((line) => [line.kind, line.level, "item" in line ? line.item.id : line.count])).toEqual([
      ["indicator", "uit_koers", 2],
      ["assumption", "uit_koers", 5],
      ["measurement", "te_laat", 3],
      ["action", "te_laat", 7],
      ["questions", "te_laat", 1],
      ["indicator", "aandacht", 1],
      ["assumption", "aandacht", 6],
      ["assumption", "aandacht", 4],
      ["waiting", "aandacht", 8],
    ]);
    expect(lines).toHaveLength(r.urgency.uit_koers + r.urgency.te_laat + r.urgency.aandacht);
  });
});
