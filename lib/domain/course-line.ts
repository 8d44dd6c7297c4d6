// Where an indicator should be today on its straight line from baseline to target, and how far its latest value is
// from there: the "why" behind "uit koers" on the dashboard.
import type { IndicatorDirection } from "./constants";
import { expectedValueOn } from "./indicator-status";
import { parseDay } from "./time";

export type LineInput = {
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
};

export type ExpectedToday = {
  /** The value on the line today: the baseline before the baseline date, the target from the target date on. */
  expected: number;
  /** The target date has come (or lies on or before the baseline date): the line asks for the target itself. */
  targetDue: boolean;
  /** Today lies before the baseline date: the line still asks for the baseline. */
  beforeBaseline: boolean;
};

/** "onder": the value lies below the line; "boven": above it; "op": on it. */
export type LineSide = "onder" | "boven" | "op";

export type LineGap = ExpectedToday & {
  /** How far the value lies from the line, always 0 or more, in the indicator's unit. */
  distance: number;
  side: LineSide;
  /** This side of the line is the wrong one for the direction: below for "hoger", above for "lager". */
  behind: boolean;
};

// Values from decimal input ("12,3") are rarely exact; a gap smaller than this is no gap.
const EPSILON = 1e-9;

/**
 * The expected value today on the straight line from the baseline (value and date) to the target (value and date),
 * the same line as the status rule of indicator-status.ts uses. Null when there is no line: a value or a date of the
 * baseline or the target is missing (an indicator without a baseline date has no start), or today is no valid day.
 */
export function expectedToday(line: LineInput, today: string): ExpectedToday | null {
  const expected = expectedValueOn({ ...line, measurements: [] }, today);
  if (expected === null || !line.baselineDate || !line.targetDate || !parseDay(today)) return null;
  const beforeBaseline = today < line.baselineDate;
  const targetDue = !beforeBaseline && (today >= line.targetDate || line.targetDate <= line.baselineDate);
  return { expected: clean(expected), targetDue, beforeBaseline };
}

/** How far `value` lies from the line today, and on which side; null when there is no line (see expectedToday). */
export function gapToLine(line: LineInput, value: number, today: string): LineGap | null {
  const onLine = expectedToday(line, today);
  if (!onLine || !Number.isFinite(value)) return null;
  const difference = value - onLine.expected;
  const side: LineSide = Math.abs(difference) <= EPSILON ? "op" : difference < 0 ? "onder" : "boven";
  const behind = side !== "op" && (line.direction === "hoger" ? side === "onder" : side === "boven");
  return { ...onLine, distance: side === "op" ? 0 : clean(Math.abs(difference)), side, behind };
}

/** Drops the binary noise of decimal arithmetic (47.8 − 40.3 = 7.499999999999996) before it reaches a reader. */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/**
 * How many decimals to show of a point on the line or a distance to it: a computed value such as 20.410958… reads
 * best as 20.4, but a small one (0.35 of a ratio) needs its second decimal.
 */
export function readingDigits(value: number): number {
  const size = Math.abs(value);
  return size >= 100 ? 0 : size >= 10 ? 1 : 2;
}
