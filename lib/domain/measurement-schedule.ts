// When an indicator's next measurement is due, and whether it has been missed.
import type { MeasurementFrequency } from "./constants";
import { parseDay } from "./time";

export const MONTHS_BETWEEN_MEASUREMENTS: Record<MeasurementFrequency, number> = {
  maandelijks: 1,
  per_kwartaal: 3,
  halfjaarlijks: 6,
  jaarlijks: 12,
};

/** Days after the due date before a measurement counts as missed: figures often arrive a little late. */
export const DEFAULT_GRACE_DAYS = 14;

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Calendar months later; a day the target month lacks becomes its last day (31 January + 1 month = 28/29 February). */
export function addMonths(value: string, months: number): string | null {
  const day = parseDay(value);
  if (!day) return null;
  const monthIndex = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return format(year, month, Math.min(day.day, lastDay));
}

export function addDays(value: string, days: number): string | null {
  const day = parseDay(value);
  if (!day) return null;
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The day the next measurement is due: one period after the last measurement. The baseline (nulmeting) is a
 * measurement too, so a baseline later than the last measurement counts from the baseline; without either, null.
 */
export function nextMeasurementDue(
  frequency: MeasurementFrequency,
  lastMeasuredOn: string | null,
  baselineDate: string | null,
): string | null {
  const candidates = [lastMeasuredOn, baselineDate].filter((d): d is string => parseDay(d) !== undefined);
  const from = candidates.sort().at(-1);
  return from ? addMonths(from, MONTHS_BETWEEN_MEASUREMENTS[frequency]) : null;
}

/** Overdue when today lies after the due day plus the grace days; never overdue when there is nothing to count from. */
export function isMeasurementOverdue(
  frequency: MeasurementFrequency,
  lastMeasuredOn: string | null,
  baselineDate: string | null,
  today: string,
  graceDays = DEFAULT_GRACE_DAYS,
): { overdue: boolean; dueOn: string | null } {
  const dueOn = nextMeasurementDue(frequency, lastMeasuredOn, baselineDate);
  const deadline = dueOn ? addDays(dueOn, graceDays) : null;
  return { overdue: deadline !== null && parseDay(today) !== undefined && today > deadline, dueOn };
}
