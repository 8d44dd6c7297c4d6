// The status of an indicator (op koers / aandacht / uit koers / geen gegevens), by one documented rule.
import type { IndicatorDirection, IndicatorStatus } from "./constants";
import { parseDay } from "./time";

/**
 * How an indicator's status is decided.
 *
 * The straight path runs from the baseline (nulmeting: value and date) to the target (streefwaarde: value and date).
 * Only the latest measurement counts: the one with the latest date; of several on that date, the last one given.
 *
 * - progress: how much of the way from baseline to target the latest measurement has come. 0 is the baseline, 1 is
 *   the target; below 0 means worse than the baseline, above 1 means past the target.
 * - expected progress: how much of the way the path has come on the date of that measurement, from 0 on the baseline
 *   date to 1 on the target date. Before the baseline date it is 0; after the target date it stays 1. A target date
 *   on or before the baseline date means the target is due from the baseline date on.
 * - behind = expected progress − progress.
 *
 * Status:
 * - geen_gegevens: there is no measurement; or the baseline or target lacks a value or a date; or the target equals
 *   the baseline; or the target lies on the wrong side of the baseline for the direction (a "higher is better"
 *   indicator with a lower target): then there is no way to judge, and the indicator needs fixing first.
 * - op_koers: the target is reached or passed; or the value is not worse than the baseline and at most
 *   ON_TRACK_TOLERANCE (0.10, a tenth of the whole way) behind the path.
 * - aandacht: at most ATTENTION_TOLERANCE (0.25, a quarter of the whole way) behind the path. This includes a small
 *   step the wrong way early on: worse than the baseline is never on track, but is not yet off track.
 * - uit_koers: more than ATTENTION_TOLERANCE behind the path, which includes any clear move the wrong way.
 *
 * The tolerances are shares of the whole way from baseline to target, so they mean the same for every unit.
 * A value exactly on a tolerance boundary counts as the better status.
 */
export const ON_TRACK_TOLERANCE = 0.1;
export const ATTENTION_TOLERANCE = 0.25;

// Shares computed from decimals such as 0.1 are rarely exact; without this slack a value exactly on a boundary could
// fall on either side of it.
const EPSILON = 1e-9;

export type IndicatorInput = {
  /** "hoger": higher is better; "lager": lower is better. */
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  /** In any order. */
  measurements: { measuredOn: string; value: number }[];
};

export type IndicatorAssessment = {
  status: IndicatorStatus;
  latest: { measuredOn: string; value: number } | null;
  /** The value on the straight path at the date of the latest measurement. */
  expected: number | null;
  /** Share of the way from baseline (0) to target (1) achieved; may be below 0 or above 1. */
  progress: number | null;
  /** Share of the way expected by the date of the latest measurement, 0..1. */
  expectedProgress: number | null;
};

type Path = { baselineValue: number; baselineDay: number; targetValue: number; targetDay: number };

function dayNumber(value: string | null): number | null {
  const day = parseDay(value);
  return day ? Date.UTC(day.year, day.month - 1, day.day) / 86_400_000 : null;
}

function pathOf(input: IndicatorInput): Path | null {
  const baselineDay = dayNumber(input.baselineDate);
  const targetDay = dayNumber(input.targetDate);
  const { baselineValue, targetValue } = input;
  if (baselineDay === null || targetDay === null || baselineValue === null || targetValue === null) return null;
  if (!Number.isFinite(baselineValue) || !Number.isFinite(targetValue)) return null;
  return { baselineValue, baselineDay, targetValue, targetDay };
}

function expectedShare(path: Path, day: number): number {
  if (day < path.baselineDay) return 0;
  if (path.targetDay <= path.baselineDay) return 1;
  return Math.min(1, (day - path.baselineDay) / (path.targetDay - path.baselineDay));
}

/** The latest measurement by date; of several on the same date, the last one in the list. */
function latestMeasurement(measurements: IndicatorInput["measurements"]) {
  let latest: { measuredOn: string; value: number } | null = null;
  for (const m of measurements) {
    if (!parseDay(m.measuredOn) || !Number.isFinite(m.value)) continue;
    if (!latest || m.measuredOn >= latest.measuredOn) latest = { measuredOn: m.measuredOn, value: m.value };
  }
  return latest;
}

/** The value on the straight path from baseline to target on this day (baseline before, target after); for charts. */
export function expectedValueOn(input: IndicatorInput, day: string): number | null {
  const path = pathOf(input);
  const dayNo = dayNumber(day);
  if (!path || dayNo === null) return null;
  return path.baselineValue + expectedShare(path, dayNo) * (path.targetValue - path.baselineValue);
}

export function assessIndicator(input: IndicatorInput): IndicatorAssessment {
  const latest = latestMeasurement(input.measurements);
  const path = pathOf(input);
  const noData = { status: "geen_gegevens", latest, expected: null, progress: null, expectedProgress: null } as const;
  if (!latest || !path) return noData;
  const span = path.targetValue - path.baselineValue;
  const pointsTheRightWay = input.direction === "hoger" ? span > 0 : span < 0;
  if (!pointsTheRightWay) return noData;

  const expectedProgress = expectedShare(path, dayNumber(latest.measuredOn) ?? path.baselineDay);
  const progress = (latest.value - path.baselineValue) / span;
  const behind = expectedProgress - progress;
  let status: IndicatorStatus;
  // A reached target needs no clause of its own: expected progress is at most 1, so it is never behind.
  if (progress >= -EPSILON && behind <= ON_TRACK_TOLERANCE + EPSILON) status = "op_koers";
  else if (behind <= ATTENTION_TOLERANCE + EPSILON) status = "aandacht";
  else status = "uit_koers";

  return {
    status,
    latest,
    expected: path.baselineValue + expectedProgress * span,
    progress,
    expectedProgress,
  };
}
