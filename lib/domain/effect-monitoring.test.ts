import { describe, expect, it } from "vitest";
import {
  effectTotals,
  indicatorTotals,
  latePeriods,
  type MonitoredEffect,
  type MonitoredPeriod,
  type ReportedValue,
  shareOfTarget,
} from "./effect-monitoring";

const effect = (over: Partial<MonitoredEffect> = {}): MonitoredEffect => ({
  id: 1,
  indicatorId: 10,
  baselineValue: 12,
  targetValue: 60,
  partnerIds: null,
  from: null,
  to: null,
  ...over,
});

let nextId = 1;
const value = (over: Partial<ReportedValue> = {}): ReportedValue => ({
  valueId: nextId++,
  indicatorId: 10,
  partnerId: 100,
  partnerName: "Buurtkracht",
  measuredOn: "2027-06-30",
  value: 5,
  status: "goedgekeurd",
  ...over,
});

describe("the totals of an agreed effect", () => {
  it("count only approved values; handed-in ones are pending, concepts and sent-back ones nothing", () => {
    const values = [
      value({ value: 7 }),
      value({ value: 100, status: "ingediend" }),
      value({ value: 200, status: "teruggestuurd" }),
      value({ value: 300, status: "concept" }),
    ];
    const [total] = effectTotals([effect()], values, []);
    expect(total?.total).toBe(7);
    expect(total?.valueCount).toBe(1);
    expect(total?.pendingCount).toBe(1);
  });

  it("add up across partners and show each partner's own part against its own target", () => {
    const values = [
      value({ value: 7 }),
      value({ value: 3 }),
      value({ value: 11, partnerId: 200, partnerName: "Aa-zorg" }),
    ];
    const targets = [
      { applicationId: 1, effectId: 1, partnerId: 100, partnerName: "Buurtkracht", target: 30 },
      { applicationId: 2, effectId: 1, partnerId: 200, partnerName: "Aa-zorg", target: 15 },
      { applicationId: 3, effectId: 1, partnerId: 300, partnerName: "Zonnehuis", target: 5 },
    ];
    const [total] = effectTotals([effect()], values, targets);
    expect(total?.total).toBe(21);
    expect(total?.grantedTarget).toBe(50);
    expect(total?.targetValue).toBe(60);
    expect(total?.partners).toEqual([
      { partnerId: 200, partnerName: "Aa-zorg", total: 11, valueCount: 1, target: 15 },
      { partnerId: 100, partnerName: "Buurtkracht", total: 10, valueCount: 2, target: 30 },
      { partnerId: 300, partnerName: "Zonnehuis", total: 0, valueCount: 0, target: 5 },
    ]);
  });

  it("count a value reached twice (an opgave through two frameworks) once, and a target named twice once", () => {
    const once = value({ value: 9 });
    const targets = [
      { applicationId: 1, effectId: 1, partnerId: 100, partnerName: "Buurtkracht", target: 30 },
      { applicationId: 1, effectId: 1, partnerId: 100, partnerName: "Buurtkracht", target: 30 },
    ];
    const [total] = effectTotals([effect()], [once, { ...once }], targets);
    expect(total?.total).toBe(9);
    expect(total?.valueCount).toBe(1);
    expect(total?.grantedTarget).toBe(30);
  });

  it("add a partner's targets from two granted applications on the same effect", () => {
    const targets = [
      { applicationId: 1, effectId: 1, partnerId: 100, partnerName: "Buurtkracht", target: 30 },
      { applicationId: 2, effectId: 1, partnerId: 100, partnerName: "Buurtkracht", target: 10 },
    ];
    const [total] = effectTotals([effect()], [value({ value: 4 })], targets);
    expect(total?.partners[0]?.target).toBe(40);
  });

  it("take only the partners and the period a framework funds", () => {
    const values = [
      value({ value: 1, measuredOn: "2026-12-31" }),
      value({ value: 2, measuredOn: "2027-01-01" }),
      value({ value: 4, measuredOn: "2027-12-31" }),
      value({ value: 8, measuredOn: "2028-01-01" }),
      value({ value: 16, partnerId: 200, partnerName: "Ander" }),
      value({ value: 32, indicatorId: 11 }),
    ];
    const framed = effect({ partnerIds: [100], from: "2027-01-01", to: "2027-12-31" });
    expect(effectTotals([framed], values, [])[0]?.total).toBe(6);
    expect(effectTotals([effect()], values, [])[0]?.total).toBe(31);
  });
});

describe("two agreed effects on the same indicator", () => {
  it("each show the value that serves them, and the indicator counts it once", () => {
    const values = [value({ value: 5 }), value({ value: 2 }), value({ value: 50, status: "ingediend" })];
    const effects = [effect({ id: 1 }), effect({ id: 2, targetValue: 80 }), effect({ id: 3, indicatorId: 11 })];
    const totals = effectTotals(effects, values, []);
    expect(totals.map((t) => t.total)).toEqual([7, 7, 0]);
    expect(indicatorTotals(effects, values)).toEqual([
      { indicatorId: 10, total: 7, valueCount: 2, effectIds: [1, 2] },
      { indicatorId: 11, total: 0, valueCount: 0, effectIds: [3] },
    ]);
  });
});

describe("late reports", () => {
  const period = (over: Partial<MonitoredPeriod>): MonitoredPeriod => ({
    periodId: 1,
    partnerId: 100,
    partnerName: "Buurtkracht",
    startsOn: "2027-01-01",
    endsOn: "2027-06-30",
    dueOn: "2027-07-30",
    status: null,
    ...over,
  });

  it("are periods past their due date with nothing handed in, each once, the oldest first", () => {
    const periods = [
      period({ periodId: 1, status: null }),
      period({ periodId: 2, status: "concept", dueOn: "2027-07-01" }),
      period({ periodId: 3, status: "teruggestuurd" }),
      period({ periodId: 4, status: "ingediend" }),
      period({ periodId: 5, status: "goedgekeurd" }),
      period({ periodId: 6, status: null, dueOn: "2027-08-01" }),
      period({ periodId: 7, status: null, dueOn: "2027-07-31" }),
      period({ periodId: 1, status: null }),
    ];
    expect(latePeriods(periods, "2027-07-31").map((p) => p.periodId)).toEqual([2, 1, 3]);
  });
});

describe("the share of a target", () => {
  it("is the total over the target, and nothing without a target", () => {
    expect(shareOfTarget(15, 60)).toBe(0.25);
    expect(shareOfTarget(15, null)).toBeNull();
    expect(shareOfTarget(15, 0)).toBeNull();
  });
});
