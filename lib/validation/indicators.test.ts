import { describe, expect, it } from "vitest";
import { parseForm } from "./form";
import {
  indicatorEditSchema,
  indicatorSchema,
  measurementCorrectionSchema,
  measurementSchema,
  measurementWithdrawalSchema,
} from "./indicators";
import { learningQuestionSchema } from "./learning-questions";
import { programmeSchema } from "./programmes";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const indicator = {
  name: "Deelnemers",
  unit: "deelnemers",
  kind: "aantal",
  direction: "hoger",
  frequency: "maandelijks",
  contribution: "direct",
};

const errorsOf = (result: ReturnType<typeof parseForm>) => (result.success ? {} : result.fieldErrors);

describe("dates and numbers in every form", () => {
  it("accepts a date between 1900 and 2100 only", () => {
    const at = (measuredOn: string) => errorsOf(parseForm(measurementSchema, form({ measuredOn, value: "3" })));
    expect(at("1800-01-01")).toEqual({ measuredOn: ["dateRange"] });
    expect(at("2101-01-01")).toEqual({ measuredOn: ["dateRange"] });
    expect(at("1900-01-01")).toEqual({});
    expect(at("2100-12-31")).toEqual({});
    expect(at("2026-02-30")).toEqual({ measuredOn: ["date"] });
    // Forms elsewhere that use the same date helper get the same rule.
    const question = parseForm(
      learningQuestionSchema,
      form({ question: "Waarom?", approach: "empirisch", dueDate: "1800-01-01" }),
    );
    expect(errorsOf(question).dueDate).toEqual(["dateRange"]);
  });

  it("refuses numbers too large to be true, as typed or in digits", () => {
    const value = (text: string) =>
      errorsOf(parseForm(measurementSchema, form({ measuredOn: "2026-03-01", value: text })));
    expect(value("100000000000000000000000")).toEqual({ value: ["numberTooLarge"] });
    expect(value("-1.000.000.000.000.000")).toEqual({ value: ["numberTooLarge"] });
    expect(value("1e23")).toEqual({ value: ["number"] });
    expect(value("1.000.000.000.000")).toEqual({});
  });

  it("keeps a budget at most ten billion euro, in whole cents", () => {
    const valid = { name: "Pilot", kind: "pilot", societalChallenge: "Eenzaamheid", ownerId: "3", status: "lopend" };
    const budget = (text: string) => errorsOf(parseForm(programmeSchema, form({ ...valid, budget: text }))).budget;
    expect(budget("10.000.000.000")).toBeUndefined();
    expect(budget("10.000.000.000,01")).toEqual(["budgetTooLarge"]);
    expect(budget("100000000000000000000000")).toEqual(["numberTooLarge"]);
    expect(budget("12,345")).toEqual(["wholeCents"]);
    expect(budget("-5")).toEqual(["notNegative"]);
    const result = parseForm(programmeSchema, form({ ...valid, budget: "10.000.000.000" }));
    expect(result).toMatchObject({ success: true, data: { budgetCents: 1_000_000_000_000 } });
  });
});

describe("the indicator form", () => {
  it("needs a kind, and a score needs its own bounds", () => {
    const { kind: _kind, ...withoutKind } = indicator;
    expect(errorsOf(parseForm(indicatorSchema, form(withoutKind)))).toEqual({ kind: ["choose"] });
    expect(errorsOf(parseForm(indicatorSchema, form({ ...indicator, kind: "score" })))).toEqual({
      minValue: ["scoreBoundsRequired"],
      maxValue: ["scoreBoundsRequired"],
    });
    expect(
      parseForm(indicatorSchema, form({ ...indicator, kind: "score", minValue: "1", maxValue: "10" })),
    ).toMatchObject({ success: true, data: { kind: "score", minValue: 1, maxValue: 10 } });
  });

  it("keeps own bounds inside the kind's, the minimum below the maximum", () => {
    expect(
      errorsOf(parseForm(indicatorSchema, form({ ...indicator, kind: "percentage", minValue: "-5", maxValue: "120" }))),
    ).toEqual({
      minValue: ["percentageRange"],
      maxValue: ["percentageRange"],
    });
    expect(errorsOf(parseForm(indicatorSchema, form({ ...indicator, minValue: "50", maxValue: "10" })))).toEqual({
      maxValue: ["maxAboveMin"],
    });
  });

  it("holds baseline and target to the bounds, with every problem named at once", () => {
    const result = parseForm(
      indicatorSchema,
      form({
        ...indicator,
        name: "",
        kind: "percentage",
        maxValue: "80",
        baselineValue: "-3",
        baselineDate: "2026-06-01",
        targetValue: "90",
        targetDate: "2026-01-01",
      }),
    );
    expect(errorsOf(result)).toEqual({
      name: ["required"],
      baselineValue: ["percentageRange"],
      targetValue: ["aboveOwnMax"],
      targetDate: ["targetAfterBaseline"],
    });
    expect(result.success ? null : result.values).toMatchObject({ baselineValue: "-3", targetValue: "90" });
  });

  it("names each kind's own rule for baseline and target", () => {
    const values = (kind: string, baselineValue: string) =>
      errorsOf(parseForm(indicatorSchema, form({ ...indicator, kind, baselineValue, baselineDate: "2026-01-01" })))
        .baselineValue;
    expect(values("aantal", "40,5")).toEqual(["notWhole"]);
    expect(values("aantal", "-5")).toEqual(["notNegativeValue"]);
    expect(values("bedrag", "12,345")).toEqual(["tooManyDecimals"]);
    expect(values("ja_nee", "2")).toEqual(["yesNo"]);
    expect(values("percentage", "100")).toBeUndefined();
    expect(values("bedrag", "1250,50")).toBeUndefined();
  });

  it("carries the version it was opened on when editing", () => {
    expect(errorsOf(parseForm(indicatorEditSchema, form(indicator)))).toEqual({ version: ["invalid"] });
    expect(parseForm(indicatorEditSchema, form({ ...indicator, version: "3" }))).toMatchObject({
      success: true,
      data: { version: 3 },
    });
  });
});

describe("correcting and withdrawing a measurement", () => {
  it("needs a reason and the version", () => {
    expect(
      errorsOf(parseForm(measurementCorrectionSchema, form({ measuredOn: "2026-03-01", value: "3", version: "1" }))),
    ).toEqual({ reason: ["correctionReasonRequired"] });
    expect(errorsOf(parseForm(measurementWithdrawalSchema, form({ reason: "  ", version: "" })))).toEqual({
      reason: ["withdrawReasonRequired"],
      version: ["invalid"],
    });
    expect(parseForm(measurementWithdrawalSchema, form({ reason: "Dubbel", version: "2" }))).toMatchObject({
      success: true,
      data: { reason: "Dubbel", version: 2 },
    });
  });
});
