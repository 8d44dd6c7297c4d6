// Reporting periods a manager sets for a partner: one per month, quarter or half year over a span of time, each due
// some days after it ends, or one custom period.
import { addDays, addMonths } from "./measurement-schedule";
import { parseDay } from "./time";

export const REPORTING_FREQUENCIES = ["maand", "kwartaal", "halfjaar"] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

const MONTHS: Record<ReportingFrequency, number> = { maand: 1, kwartaal: 3, halfjaar: 6 };

/** At most this many periods are made at once: five years of months. */
export const MAX_PERIODS = 60;

export type PeriodDraft = { startsOn: string; endsOn: string; dueOn: string };

/**
 * Periods from `from` to `to` (days, inclusive), the first starting on `from`; the last one ends on `to` even when it
 * is shorter. Each is due `dueAfterDays` after its last day. Empty when the span is not a span or holds too many.
 */
export function reportingPeriods(
  frequency: ReportingFrequency,
  from: string,
  to: string,
  dueAfterDays: number,
): PeriodDraft[] {
  if (!parseDay(from) || !parseDay(to) || to < from) return [];
  const periods: PeriodDraft[] = [];
  let start = from;
  for (let index = 1; start <= to; index += 1) {
    if (periods.length === MAX_PERIODS) return [];
    const next = addMonths(from, MONTHS[frequency] * index);
    if (!next) return [];
    const lastDay = addDays(next, -1) ?? next;
    const endsOn = lastDay < to ? lastDay : to;
    periods.push({ startsOn: start, endsOn, dueOn: addDays(endsOn, dueAfterDays) ?? endsOn });
    start = next;
  }
  return periods;
}

// Made once: making an Intl formatter costs far more than using it, and a list of periods names many months.
const MONTH_NAMES = {
  nl: new Intl.DateTimeFormat("nl-NL", { month: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }),
};

/**
 * A period the way people name it: "januari 2026", "1e kwartaal 2026", "1e halfjaar 2026"; null for any other span,
 * which is shown by its first and last day.
 */
export function periodLabel(period: { startsOn: string; endsOn: string }, locale: "nl" | "en" = "nl"): string | null {
  const start = parseDay(period.startsOn);
  const end = parseDay(period.endsOn);
  if (!start || !end) return null;
  const wholeMonths = start.day === 1 && addDays(period.endsOn, 1)?.endsWith("-01");
  const months = (end.year - start.year) * 12 + end.month - start.month + 1;
  if (wholeMonths && start.year === end.year) {
    if (months === 1) {
      return `${MONTH_NAMES[locale].format(new Date(Date.UTC(start.year, start.month - 1, 1)))} ${start.year}`;
    }
    if (months === 3 && (start.month - 1) % 3 === 0) {
      const quarter = (start.month - 1) / 3 + 1;
      return locale === "nl" ? `${quarter}e kwartaal ${start.year}` : `Q${quarter} ${start.year}`;
    }
    if (months === 6 && (start.month === 1 || start.month === 7)) {
      const half = start.month === 1 ? 1 : 2;
      return locale === "nl" ? `${half}e halfjaar ${start.year}` : `H${half} ${start.year}`;
    }
  }
  return null;
}
