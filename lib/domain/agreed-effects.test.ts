import { describe, expect, it } from "vitest";
import { agreedEffectProblems, type EffectIndicator, hasProblems, latestTargetDay } from "./agreed-effects";

const today = "2026-12-03";
const percentageUp: EffectIndicator = { kind: "percentage", minValue: null, maxValue: null, direction: "hoger" };
const countDown: EffectIndicator = { kind: "aantal", minValue: null, maxValue: 500, direction: "lager" };
const good = { baselineValue: 40, baselineDate: "2026-01-01", targetValue: 60, targetDate: "2029-12-31" };

describe("agreedEffectProblems", () => {
  it("accepts a baseline and target within bounds, in the indicator's direction, in order", () => {
    expect(agreedEffectProblems(good, percentageUp, today)).toEqual({});
    expect(hasProblems(agreedEffectProblems(good, percentageUp, today))).toBe(false);
  });

  it("refuses values outside the indicator's kind and own bounds", () => {
    const problems = agreedEffectProblems({ ...good, baselineValue: -1, targetValue: 120 }, percentageUp, today);
    expect(problems.baselineValue?.[0]?.key).toBe("valueBelowMin");
    expect(problems.targetValue?.[0]?.key).toBe("valueAboveMax");
    const own = agreedEffectProblems({ ...good, baselineValue: 600, targetValue: 400 }, countDown, today);
    expect(own.baselineValue).toEqual([{ key: "valueAboveMax", values: { max: 500 } }]);
    expect(
      agreedEffectProblems({ ...good, baselineValue: 10.5, targetValue: 4 }, countDown, today).baselineValue,
    ).toEqual([{ key: "notWhole" }]);
  });

  it("refuses a target that does not go the indicator's way", () => {
    expect(agreedEffectProblems({ ...good, targetValue: 40 }, percentageUp, today).targetValue).toEqual([
      { key: "targetNotHigher" },
    ]);
    expect(
      agreedEffectProblems({ ...good, baselineValue: 100, targetValue: 120 }, countDown, today).targetValue,
    ).toEqual([{ key: "targetNotLower" }]);
    expect(agreedEffectProblems({ ...good, baselineValue: 120, targetValue: 100 }, countDown, today)).toEqual({});
  });

  it("refuses a baseline in the future, a target due before the baseline and one beyond ten years", () => {
    expect(agreedEffectProblems({ ...good, baselineDate: "2026-12-04" }, percentageUp, today).baselineDate).toEqual([
      { key: "baselineInFuture" },
    ]);
    expect(agreedEffectProblems({ ...good, targetDate: "2026-01-01" }, percentageUp, today).targetDate).toEqual([
      { key: "targetBeforeBaseline", values: { date: "2026-01-01" } },
    ]);
    expect(agreedEffectProblems({ ...good, targetDate: "2036-12-03" }, percentageUp, today)).toEqual({});
    expect(agreedEffectProblems({ ...good, targetDate: "2036-12-04" }, percentageUp, today).targetDate).toEqual([
      { key: "targetTooFar", values: { date: "2036-12-03" } },
    ]);
  });

  it("reckons ten years from today", () => {
    expect(latestTargetDay("2026-02-28")).toBe("2036-02-28");
  });
});
