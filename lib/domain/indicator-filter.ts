// Which indicators a filtered list of a programme shows: by status, or those whose next measurement is missed.
import type { IndicatorStatus, MeasurementFrequency } from "./constants";
import { assessIndicator, type IndicatorInput } from "./indicator-status";
import { isMeasurementOverdue } from "./measurement-schedule";

export type IndicatorListFilter = { status?: IndicatorStatus; overdue?: true };

/** The same rules as the dashboard counts with, so a number there and the list behind it always agree. */
export function matchesIndicatorFilter(
  indicator: IndicatorInput & { frequency: MeasurementFrequency },
  filter: IndicatorListFilter,
  today: string,
): boolean {
  const assessment = assessIndicator(indicator);
  if (filter.status && assessment.status !== filter.status) return false;
  if (filter.overdue) {
    const latest = assessment.latest?.measuredOn ?? null;
    if (!isMeasurementOverdue(indicator.frequency, latest, indicator.baselineDate, today).overdue) return false;
  }
  return true;
}
