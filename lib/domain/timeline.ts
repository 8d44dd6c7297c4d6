// The story of a programme in order: events from its definition, research, decisions and phases, with the many
// small "added" events of one day folded into one line.
import { dayIn, TIME_ZONE } from "./time";

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
