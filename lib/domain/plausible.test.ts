import { describe, expect, it } from "vitest";
import {
  boundsProblems,
  budgetProblem,
  dayInRange,
  hasAtMostDecimals,
  type IndicatorBounds,
  kindValueKey,
  MAX_NUMBER,
  measurementDayProblems,
  measurementProblems,
  measurementValueProblem,
  numberInRange,
  numberProblem,
  valueProblem,
  valueRange,
} from "./plausible";

const kind = (k: IndicatorBounds["kind"], minValue: number | null = null, maxValue: number | null = null) => ({
  kind: k,
  minValue,
  maxValue,
});

describe("days and numbers everywhere", () => {
  it("accepts days from 1900-01-01 to 2100-12-31, and no others", () => {
    expect(dayInRange("1900-01-01")).toBe(true);
    expect(dayInRange("2100-12-31")).toBe(true);
    expect(dayInRange("1899-12-31")).toBe(false);
    expect(dayInRange("1800-01-01")).toBe(false);
    expect(dayInRange("2101-01-01")).toBe(false);
  });

  it("accepts finite numbers up to a million million either way", () => {
    expect(numberInRange(MAX_NUMBER)).toBe(true);
    expect(numberInRange(-MAX_NUMBER)).toBe(true);
    expect(numberInRange(MAX_NUMBER * 1.0000001)).toBe(false);
    expect(numberInRange(1e23)).toBe(false);
    expect(numberInRange(-1e302)).toBe(false);
    expect(numberInRange(Number.NaN)).toBe(false);
    expect(numberInRange(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it("counts digits after the decimal point", () => {
    expect(hasAtMostDecimals(12.5, 2)).toBe(true);
    expect(hasAtMostDecimals(12.25, 2)).toBe(true);
    expect(hasAtMostDecimals(12.255, 2)).toBe(false);
    expect(hasAtMostDecimals(0.1 + 0.2, 2)).toBe(false);
    expect(hasAtMostDecimals(7, 0)).toBe(true);
    expect(hasAtMostDecimals(7.5, 0)).toBe(false);
  });

  it("keeps a budget at most ten billion euro, not negative, in whole cents", () => {
    expect(budgetProblem(10_000_000_000)).toBeNull();
    expect(budgetProblem(12_500.5)).toBeNull();
    expect(budgetProblem(0)).toBeNull();
    expect(budgetProblem(10_000_000_000.01)).toBe("budgetTooLarge");
    expect(budgetProblem(1e23)).toBe("budgetTooLarge");
    expect(budgetProblem(12.345)).toBe("wholeCents");
    expect(budgetProblem(-5)).toBe("notNegative");
  });
});

describe("an indicator's values by its kind", () => {
  it("aantal: whole numbers of 0 or more", () => {
    expect(valueProblem(kind("aantal"), 0)).toBeNull();
    expect(valueProblem(kind("aantal"), 40)).toBeNull();
    expect(valueProblem(kind("aantal"), 40.5)).toEqual({ key: "notWhole" });
    expect(valueProblem(kind("aantal"), -5)).toEqual({ key: "belowMin", min: 0, own: false });
    expect(valueProblem(kind("aantal"), 1e23)).toEqual({ key: "numberTooLarge" });
  });

  it("percentage: from 0 to 100, decimals allowed", () => {
    expect(valueProblem(kind("percentage"), 0)).toBeNull();
    expect(valueProblem(kind("percentage"), 100)).toBeNull();
    expect(valueProblem(kind("percentage"), 46.5)).toBeNull();
    expect(valueProblem(kind("percentage"), -0.1)).toEqual({ key: "belowMin", min: 0, own: false });
    expect(valueProblem(kind("percentage"), 100.1)).toEqual({ key: "aboveMax", max: 100, own: false });
  });

  it("bedrag: 0 or more, with at most two decimals", () => {
    expect(valueProblem(kind("bedrag"), 0)).toBeNull();
    expect(valueProblem(kind("bedrag"), 1250.5)).toBeNull();
    expect(valueProblem(kind("bedrag"), 1250.55)).toBeNull();
    expect(valueProblem(kind("bedrag"), 1250.555)).toEqual({ key: "tooManyDecimals" });
    expect(valueProblem(kind("bedrag"), -0.01)).toEqual({ key: "belowMin", min: 0, own: false });
  });

  it("score: within its own minimum and maximum", () => {
    const score = kind("score", 1, 10);
    expect(valueProblem(score, 1)).toBeNull();
    expect(valueProblem(score, 10)).toBeNull();
    expect(valueProblem(score, 6.5)).toBeNull();
    expect(valueProblem(score, 0.5)).toEqual({ key: "belowMin", min: 1, own: true });
    expect(valueProblem(score, 11)).toEqual({ key: "aboveMax", max: 10, own: true });
  });

  it("ja/nee: 1 for yes, 0 for no, nothing else", () => {
    expect(valueProblem(kind("ja_nee"), 0)).toBeNull();
    expect(valueProblem(kind("ja_nee"), 1)).toBeNull();
    expect(valueProblem(kind("ja_nee"), 0.5)).toEqual({ key: "yesNo" });
    expect(valueProblem(kind("ja_nee"), 2)).toEqual({ key: "yesNo" });
    expect(valueProblem(kind("ja_nee"), -1)).toEqual({ key: "yesNo" });
  });

  it("own bounds narrow the kind's, and say they are the indicator's own", () => {
    expect(valueRange(kind("percentage", 20, 80))).toEqual({ min: 20, max: 80 });
    expect(valueRange(kind("aantal", null, 500))).toEqual({ min: 0, max: 500 });
    expect(valueRange(kind("aantal"))).toEqual({ min: 0, max: null });
    expect(valueProblem(kind("percentage", 20, 80), 85)).toEqual({ key: "aboveMax", max: 80, own: true });
    expect(valueProblem(kind("percentage", 20, 80), 10)).toEqual({ key: "belowMin", min: 20, own: true });
    expect(valueProblem(kind("aantal", null, 500), 501)).toEqual({ key: "aboveMax", max: 500, own: true });
    expect(valueProblem(kind("aantal", null, 500), -1)).toEqual({ key: "belowMin", min: 0, own: false });
  });

  it("words each problem for the indicator's own form, without numbers", () => {
    const key = (k: IndicatorBounds["kind"], value: number, min: number | null = null, max: number | null = null) => {
      const problem = valueProblem(kind(k, min, max), value);
      return problem ? kindValueKey(k, problem) : null;
    };
    expect(key("aantal", -5)).toBe("notNegativeValue");
    expect(key("bedrag", -5)).toBe("notNegativeValue");
    expect(key("percentage", 120)).toBe("percentageRange");
    expect(key("percentage", -1)).toBe("percentageRange");
    expect(key("ja_nee", 3)).toBe("yesNo");
    expect(key("aantal", 2.5)).toBe("notWhole");
    expect(key("bedrag", 2.555)).toBe("tooManyDecimals");
    expect(key("score", 0, 1, 5)).toBe("belowOwnMin");
    expect(key("percentage", 90, 0, 80)).toBe("aboveOwnMax");
  });

  it("words a measurement's problem with the bound it crossed", () => {
    expect(measurementValueProblem(kind("percentage"), 120)).toEqual({ key: "valueAboveMax", values: { max: 100 } });
    expect(measurementValueProblem(kind("aantal"), -5)).toEqual({ key: "valueBelowMin", values: { min: 0 } });
    expect(measurementValueProblem(kind("score", 1, 5), 7)).toEqual({ key: "valueAboveMax", values: { max: 5 } });
    expect(measurementValueProblem(kind("aantal"), 3.5)).toEqual({ key: "notWhole" });
    expect(measurementValueProblem(kind("aantal"), 3)).toBeNull();
  });
});

describe("an indicator's own bounds", () => {
  it("are optional, but a score needs both", () => {
    expect(boundsProblems(kind("aantal"))).toEqual([]);
    expect(boundsProblems(kind("percentage", null, 50))).toEqual([]);
    expect(boundsProblems(kind("score"))).toEqual([
      { field: "minValue", key: "scoreBoundsRequired" },
      { field: "maxValue", key: "scoreBoundsRequired" },
    ]);
    expect(boundsProblems(kind("score", 1, null))).toEqual([{ field: "maxValue", key: "scoreBoundsRequired" }]);
    expect(boundsProblems(kind("score", -10, 10))).toEqual([]);
  });

  it("lie inside the kind's bounds and follow its rules", () => {
    expect(boundsProblems(kind("percentage", -5, 120))).toEqual([
      { field: "minValue", key: "percentageRange" },
      { field: "maxValue", key: "percentageRange" },
    ]);
    expect(boundsProblems(kind("aantal", -1, 10.5))).toEqual([
      { field: "minValue", key: "notNegativeValue" },
      { field: "maxValue", key: "notWhole" },
    ]);
    expect(boundsProblems(kind("bedrag", 0, 99.999))).toEqual([{ field: "maxValue", key: "tooManyDecimals" }]);
    expect(boundsProblems(kind("score", 0, 1e23))).toEqual([{ field: "maxValue", key: "numberTooLarge" }]);
  });

  it("have the minimum below the maximum", () => {
    expect(boundsProblems(kind("score", 5, 5))).toEqual([{ field: "maxValue", key: "maxAboveMin" }]);
    expect(boundsProblems(kind("percentage", 60, 40))).toEqual([{ field: "maxValue", key: "maxAboveMin" }]);
    expect(boundsProblems(kind("percentage", 40, 60))).toEqual([]);
  });
});

describe("a measurement's day", () => {
  const context = { today: "2026-12-02", startDate: "2026-01-01", endDate: "2027-12-31", baselineDate: "2026-02-01" };

  it("lies inside the looptijd, not after today and not before the baseline", () => {
    expect(measurementDayProblems("2026-03-15", context)).toEqual([]);
    expect(measurementDayProblems("2026-12-02", context)).toEqual([]);
    expect(measurementDayProblems("2026-02-01", context)).toEqual([]);
  });

  it("is not after today (Amsterdam's today, given)", () => {
    expect(measurementDayProblems("2026-12-03", context)).toEqual([{ key: "measuredInFuture" }]);
  });

  it("names the looptijd it falls outside, whichever ends are set", () => {
    expect(measurementDayProblems("2025-12-31", { ...context, baselineDate: null })).toEqual([
      { key: "outsidePeriod", values: { start: "2026-01-01", end: "2027-12-31" } },
    ]);
    expect(measurementDayProblems("2025-12-31", { ...context, endDate: null, baselineDate: null })).toEqual([
      { key: "beforePeriod", values: { start: "2026-01-01" } },
    ]);
    const ended = { today: "2026-12-02", startDate: null, endDate: "2026-06-30", baselineDate: null };
    expect(measurementDayProblems("2026-07-01", ended)).toEqual([
      { key: "afterPeriod", values: { end: "2026-06-30" } },
    ]);
    expect(measurementDayProblems("1950-07-01", { ...ended, endDate: null })).toEqual([]);
  });

  it("is not before the baseline date", () => {
    expect(measurementDayProblems("2026-01-15", context)).toEqual([
      { key: "beforeBaseline", values: { date: "2026-02-01" } },
    ]);
  });

  it("names every problem at once", () => {
    const late = { today: "2026-12-02", startDate: "2026-01-01", endDate: "2026-06-30", baselineDate: null };
    expect(measurementDayProblems("2026-12-20", late).map((p) => p.key)).toEqual(["measuredInFuture", "outsidePeriod"]);
    expect(measurementDayProblems("1999-01-01", context).map((p) => p.key)).toEqual([
      "outsidePeriod",
      "beforeBaseline",
    ]);
  });
});

describe("a measurement as a whole", () => {
  it("gives the problems of day and value per field, together", () => {
    const indicator = { ...kind("aantal"), baselineDate: "2026-01-01" };
    const context = { today: "2026-12-02", startDate: "2026-01-01", endDate: "2027-12-31" };
    expect(measurementProblems({ measuredOn: "1800-01-01", value: -5 }, indicator, context)).toEqual({
      measuredOn: [
        { key: "outsidePeriod", values: { start: "2026-01-01", end: "2027-12-31" } },
        { key: "beforeBaseline", values: { date: "2026-01-01" } },
      ],
      value: [{ key: "valueBelowMin", values: { min: 0 } }],
    });
    expect(measurementProblems({ measuredOn: "2026-03-01", value: 12 }, indicator, context)).toEqual({});
  });
});

describe("any number", () => {
  it("has at most six decimals, so it never prints as 1e-7", () => {
    expect(numberProblem(0.000001)).toBeNull();
    expect(numberProblem(12.123456)).toBeNull();
    expect(numberProblem(0.0000001)).toBe("tooManyDigits");
    expect(numberProblem(1e23)).toBe("numberTooLarge");
    expect(valueProblem(kind("percentage"), 0.0000001)).toEqual({ key: "tooManyDigits" });
  });
});
