// The story of a programme in order: events from its definition, research, decisions and phases, with the many
// small "added" events of one day folded into one line.
import { dayIn, startOfDay, TIME_ZONE } from "./time";

export type TimelineEvent = {
  at: Date;
  kind: string;
  /** Events of a foldable kind on the same day become one entry listing their titles. */
  foldable?: boolean;
  title: string;
  detail?: string;
  actor?: string | null;
  href?: string;
};

export type TimelineEntry = Omit<TimelineEvent, "foldable"> & { titles: string[] };
export type TimelineMonth = { month: string; entries: TimelineEntry[] };

export function buildTimeline(events: TimelineEvent[], timeZone = TIME_ZONE): TimelineMonth[] {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const entries: TimelineEntry[] = [];
  const folded = new Map<string, TimelineEntry>();
  for (const { foldable, ...event } of sorted) {
    const key = `${dayIn(event.at, timeZone)}|${event.kind}`;
    const existing = foldable ? folded.get(key) : undefined;
    if (existing) {
      existing.titles.push(event.title);
      continue;
    }
    const entry = { ...event, titles: [event.title] };
    entries.push(entry);
    if (foldable) folded.set(key, entry);
  }
  const months: TimelineMonth[] = [];
  for (const entry of entries) {
    const month = dayIn(entry.at, timeZone).slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.entries.push(entry);
    else months.push({ month, entries: [entry] });
  }
  return months;
}

/** Months per screen of a programme's timeline. */
export const TIMELINE_WINDOW_MONTHS = 12;

/** "2025-11" plus n months. */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split("-").map(Number);
  const index = (year ?? 0) * 12 + ((m ?? 1) - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function monthIndex(month: string): number {
  const [year, m] = month.split("-").map(Number);
  return (year ?? 0) * 12 + ((m ?? 1) - 1);
}

export type TimelineWindow = {
  page: number;
  pageCount: number;
  /** First and last month of the screen, "2025-01" and "2025-12". */
  firstMonth: string;
  lastMonth: string;
  /** The instants the screen runs from (inclusive) and to (exclusive). */
  from: Date;
  to: Date;
};

/**
 * The screen of a timeline from its first to its last event: screens of TIMELINE_WINDOW_MONTHS calendar months,
 * counted back from the month of the latest event, so the first screen (the default, as in every list that shows the
 * newest first) always holds the latest year; the next screens go back in time. A page past the end is the last one.
 * Null without events.
 */
export function timelineWindow(
  first: Date | null,
  last: Date | null,
  wanted: number | undefined,
  timeZone = TIME_ZONE,
): TimelineWindow | null {
  if (!first || !last) return null;
  const start = dayIn(first, timeZone).slice(0, 7);
  const end = dayIn(last, timeZone).slice(0, 7);
  const pageCount = Math.max(1, Math.floor((monthIndex(end) - monthIndex(start)) / TIMELINE_WINDOW_MONTHS) + 1);
  const page = wanted !== undefined && Number.isSafeInteger(wanted) && wanted > 0 ? Math.min(wanted, pageCount) : 1;
  const lastMonth = addMonths(end, -(page - 1) * TIMELINE_WINDOW_MONTHS);
  const firstMonth = addMonths(lastMonth, -(TIMELINE_WINDOW_MONTHS - 1));
  const from = startOfDay(`${firstMonth}-01`, timeZone) ?? first;
  const to = startOfDay(`${addMonths(lastMonth, 1)}-01`, timeZone) ?? new Date(last.getTime() + 1);
  return { page, pageCount, firstMonth, lastMonth, from, to };
}
