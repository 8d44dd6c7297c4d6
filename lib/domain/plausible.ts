// What a value can plausibly be. Every path that stores one (a form, an import, a replayed request) applies these
// rules on the server: dates between 1900 and 2100, numbers that fit their column, an indicator's values within the
// bounds of its kind and its own limits, and a measurement on a day that lies in the programme's looptijd, not in
// the future and not before the baseline.
import type { IndicatorKind } from "./constants";

export const EARLIEST_DAY = "1900-01-01";
export const LATEST_DAY = "2100-12-31";

/**
 * The largest number (either sign) stored anywhere: a million million. Larger is a typing error, and a double
 * stops holding whole numbers exactly not far beyond it.
 */
export const MAX_NUMBER = 1e12;

/** Digits after the decimal comma any number may have: finer is noise, and would print as "1e-7". */
export const MAX_DECIMALS = 6;

/** A programme's budget: at most ten billion euro, in whole cents. */
export const MAX_BUDGET_EUROS = 10_000_000_000;

/** A calendar day ("2026-11-27") between 1900-01-01 and 2100-12-31. */
export function dayInRange(day: string): boolean {
  return day >= EARLIEST_DAY && day <= LATEST_DAY;
}

/** A finite number no further from zero than MAX_NUMBER. */
export function numberInRange(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_NUMBER;
}

/** What is wrong with a number anywhere in the app, if anything: too large, or too many decimals. */
export function numberProblem(value: number): "numberTooLarge" | "tooManyDigits" | null {
  if (!numberInRange(value)) return "numberTooLarge";
  if (!hasAtMostDecimals(value, MAX_DECIMALS)) return "tooManyDigits";
  return null;
}

/** Whether a number has no more than `places` digits after the decimal point (12.5 has one; 0.1 + 0.2 has many). */
export function hasAtMostDecimals(value: number, places: number): boolean {
  return Number.isFinite(value) && Number(value.toFixed(places)) === value;
}

/** Problems with a budget typed in euros: too large, or with fractions of a cent. */
export function budgetProblem(euros: number): "budgetTooLarge" | "wholeCents" | "notNegative" | null {
  if (euros < 0) return "notNegative";
  if (!Number.isFinite(euros) || euros > MAX_BUDGET_EUROS) return "budgetTooLarge";
  if (!hasAtMostDecimals(euros, 2)) return "wholeCents";
  return null;
}

/** The bounds of a kind: lowest and highest value (null: none), whole numbers only, digits after the comma. */
type KindRule = { min: number | null; max: number | null; whole: boolean; decimals: number | null };

/**
 * An aantal is a whole number of 0 or more; a percentage lies between 0 and 100; a bedrag is 0 or more with at most
 * two decimals (cents); a score lies between its indicator's own minimum and maximum, which it must have; ja/nee is
 * 1 for yes and 0 for no.
 */
export const KIND_RULES: Record<IndicatorKind, KindRule> = {
  aantal: { min: 0, max: null, whole: true, decimals: 0 },
  percentage: { min: 0, max: 100, whole: false, decimals: null },
  bedrag: { min: 0, max: null, whole: false, decimals: 2 },
  score: { min: null, max: null, whole: false, decimals: null },
  ja_nee: { min: 0, max: 1, whole: true, decimals: 0 },
};

/** Kinds whose indicator must set its own minimum and maximum. */
export const NEEDS_OWN_BOUNDS: readonly IndicatorKind[] = ["score"];

export type IndicatorBounds = { kind: IndicatorKind; minValue: number | null; maxValue: number | null };

/** The lowest and highest value an indicator accepts: the tighter of its kind's bound and its own. */
export function valueRange({ kind, minValue, maxValue }: IndicatorBounds): { min: number | null; max: number | null } {
  const rule = KIND_RULES[kind];
  const tighter = (a: number | null, b: number | null, pick: (x: number, y: number) => number) =>
    a === null ? b : b === null ? a : pick(a, b);
  return { min: tighter(rule.min, minValue, Math.max), max: tighter(rule.max, maxValue, Math.min) };
}

/**
 * What is wrong with a value of an indicator, if anything. `own` tells whether the bound that was crossed is the
 * indicator's own (set in its form) rather than its kind's.
 */
export type ValueProblem =
  | { key: "numberTooLarge" | "tooManyDigits" | "notWhole" | "tooManyDecimals" | "yesNo" }
  | { key: "belowMin"; min: number; own: boolean }
  | { key: "aboveMax"; max: number; own: boolean };

export function valueProblem(bounds: IndicatorBounds, value: number): ValueProblem | null {
  const general = numberProblem(value);
  if (general) return { key: general };
  const rule = KIND_RULES[bounds.kind];
  if (bounds.kind === "ja_nee") {
    if (value !== 0 && value !== 1) return { key: "yesNo" };
  } else if (rule.whole && !Number.isInteger(value)) {
    return { key: "notWhole" };
  } else if (rule.decimals !== null && !hasAtMostDecimals(value, rule.decimals)) {
    return { key: "tooManyDecimals" };
  }
  const { min, max } = valueRange(bounds);
  if (min !== null && value < min) return { key: "belowMin", min, own: min !== rule.min };
  if (max !== null && value > max) return { key: "aboveMax", max, own: max !== rule.max };
  return null;
}

/** A problem with an indicator's own minimum or maximum, named by the field it belongs to. */
export type BoundsProblem = { field: "minValue" | "maxValue"; key: string };

/**
 * The indicator's own bounds: each must itself be a possible value of the kind, the minimum lies below the maximum,
 * and a score has both.
 */
export function boundsProblems({ kind, minValue, maxValue }: IndicatorBounds): BoundsProblem[] {
  const problems: BoundsProblem[] = [];
  const kindOnly = { kind, minValue: null, maxValue: null };
  for (const [field, value] of [
    ["minValue", minValue],
    ["maxValue", maxValue],
  ] as const) {
    if (value === null) {
      if (NEEDS_OWN_BOUNDS.includes(kind)) problems.push({ field, key: "scoreBoundsRequired" });
      continue;
    }
    const problem = valueProblem(kindOnly, value);
    if (problem) problems.push({ field, key: kindValueKey(kind, problem) });
  }
  if (minValue !== null && maxValue !== null && minValue >= maxValue && problems.length === 0) {
    problems.push({ field: "maxValue", key: "maxAboveMin" });
  }
  return problems;
}

/**
 * The message key for a value that breaks its kind's rule or the indicator's own bounds, worded without numbers: in
 * the indicator's own form, where the kind and the bounds stand right above the value.
 */
export function kindValueKey(kind: IndicatorKind, problem: ValueProblem): string {
  if (problem.key === "belowMin" || problem.key === "aboveMax") {
    if (problem.own) return problem.key === "belowMin" ? "belowOwnMin" : "aboveOwnMax";
    if (kind === "percentage") return "percentageRange";
    if (kind === "ja_nee") return "yesNo";
    return "notNegativeValue";
  }
  return problem.key;
}

/** A problem the data layer found, with the values its message names (days as "2026-11-27", lists of days). */
export type Problem = { key: string; values?: Record<string, string | number | string[]> };

/** The same problem for a measurement, whose form does not show the bounds: the message names them. */
export function measurementValueProblem(bounds: IndicatorBounds, value: number): Problem | null {
  const problem = valueProblem(bounds, value);
  if (!problem) return null;
  if (problem.key === "belowMin") return { key: "valueBelowMin", values: { min: problem.min } };
  if (problem.key === "aboveMax") return { key: "valueAboveMax", values: { max: problem.max } };
  return { key: problem.key };
}

/** What a measurement's day is checked against. */
export type MeasurementDayContext = {
  /** Today in Europe/Amsterdam. */
  today: string;
  /** The programme's looptijd; either end may be open. */
  startDate: string | null;
  endDate: string | null;
  /** The indicator's baseline (nulmeting) date, if it has one. */
  baselineDate: string | null;
};

/**
 * Every problem with a measurement's day: after today, outside the programme's looptijd (the message names it),
 * before the baseline. All of them at once, so the user fixes the day in one go.
 */
export function measurementDayProblems(day: string, context: MeasurementDayContext): Problem[] {
  const problems: Problem[] = [];
  if (day > context.today) problems.push({ key: "measuredInFuture" });
  const { startDate: start, endDate: end } = context;
  if ((start !== null && day < start) || (end !== null && day > end)) {
    if (start !== null && end !== null) problems.push({ key: "outsidePeriod", values: { start, end } });
    else if (start !== null) problems.push({ key: "beforePeriod", values: { start } });
    else if (end !== null) problems.push({ key: "afterPeriod", values: { end } });
  }
  if (context.baselineDate !== null && day < context.baselineDate) {
    problems.push({ key: "beforeBaseline", values: { date: context.baselineDate } });
  }
  return problems;
}

/** Every problem with a measurement (day and value), per field; empty when it may be stored. */
export function measurementProblems(
  measurement: { measuredOn: string; value: number },
  indicator: IndicatorBounds & { baselineDate: string | null },
  context: Omit<MeasurementDayContext, "baselineDate">,
): { measuredOn?: Problem[]; value?: Problem[] } {
  const problems: { measuredOn?: Problem[]; value?: Problem[] } = {};
  const day = measurementDayProblems(measurement.measuredOn, { ...context, baselineDate: indicator.baselineDate });
  if (day.length) problems.measuredOn = day;
  const value = measurementValueProblem(indicator, measurement.value);
  if (value) problems.value = [value];
  return problems;
}
