// The rules around notifications that need no database: how a notification reads in the reader's language, when a
// failed e-mail is tried again, and which run of a scheduled job the clock is in.
import type { Locale, NotificationKind } from "./constants";
import { periodLabel } from "./reporting-periods";
import { TIME_ZONE, todayInAmsterdam } from "./time";

/** The values a notification's text is made of, kept with it so the text is written when someone reads it. */
export type NotificationParams = Record<string, string | number | null>;

/** Parameters that hold a calendar day ("2026-10-01") and are shown as a date in the reader's language. */
const DAY_PARAMS = new Set(["dueOn"]);

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The sentence of a notification. `t` translates within the "notifications" messages; `formatDay` writes a calendar
 * day in the reader's language. A missing value reads as empty rather than breaking the sentence. A reporting period
 * (startsOn and endsOn) reads as `period`: "oktober 2026", "1e kwartaal 2026", or its first and last day.
 */
export function notificationSentence(
  t: Translate,
  kind: NotificationKind,
  params: NotificationParams,
  formatDay: (day: string) => string,
  locale: Locale = "nl",
): string {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === null) values[key] = "";
    else values[key] = DAY_PARAMS.has(key) && typeof value === "string" ? formatDay(value) : value;
  }
  const { startsOn, endsOn } = params;
  if (typeof startsOn === "string" && typeof endsOn === "string") {
    values.period = periodLabel({ startsOn, endsOn }, locale) ?? `${formatDay(startsOn)} – ${formatDay(endsOn)}`;
  }
  return t(`kinds.${kind}`, values);
}

/** How long to wait before trying a failed e-mail again: doubling from `baseMs` after each attempt, up to `maxMs`. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  const doublings = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(maxMs, baseMs * 2 ** doublings);
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();

/** The hour (0–23) of a moment on the clock in Amsterdam. */
export function hourIn(at: Date, timeZone = TIME_ZONE): number {
  let format = hourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" });
    hourFormats.set(timeZone, format);
  }
  return Number(format.format(at));
}

/** The run of an hourly job a moment belongs to: "2026-12-02T14", in Amsterdam time. */
export function hourlyRunKey(at: Date): string {
  return `${todayInAmsterdam(at)}T${String(hourIn(at)).padStart(2, "0")}`;
}

/** The run of a daily job a moment belongs to: the Amsterdam day, once the clock has reached `fromHour`. */
export function dailyRunKey(at: Date, fromHour: number): string | null {
  return hourIn(at) >= fromHour ? todayInAmsterdam(at) : null;
}

/** A notification's subject line for an e-mail: its sentence, cut at a word when it is long. */
export function subjectLine(sentence: string, max = 110): string {
  const line = sentence.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
