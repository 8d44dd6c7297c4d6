// When an indicator's next measurement is due, and whether it has been missed.
import type { MeasurementFrequency } from "./constants";
import { daysInMonth, parseDay } from "./time";

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
  return format(year, month, Math.min(day.day, daysInMonth(year, month)));
}

/**
 * Calendar days later (or earlier, for a negative number). Counted month by month, without making a Date: lists of
 * due work and the dashboard do this for every indicator.
 */
export function addDays(value: string, days: number): string | null {
  const start = parseDay(value);
  if (!start) return null;
  let { year, month } = start;
  let day = start.day + days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  while (day < 1) {
    month -= 1;
    if (month < 1) [year, month] = [year - 1, 12];
    day += daysInMonth(year, month);
  }
  return format(year, month, day);
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
  const last = parseDay(lastMeasuredOn) ? lastMeasuredOn : null;
  const baseline = parseDay(baselineDate) ? baselineDate : null;
  // The later of the two (days as text compare as dates).
  const from = last && baseline && baseline > last ? baseline : (last ?? baseline);
  return from ? addMonths(from, MONTHS_BETWEEN_MEASUREMENTS[frequency]) : null;
}

/** Whether a measurement due on `dueOn` is missed on `today`: today lies after the due day plus the grace days. */
export function isPastGrace(dueOn: string, today: string, graceDays = DEFAULT_GRACE_DAYS): boolean {
  const deadline = addDays(dueOn, graceDays);
  return deadline !== null && parseDay(today) !== undefined && today > deadline;
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
  return { overdue: dueOn !== null && isPastGrace(dueOn, today, graceDays), dueOn };
}
