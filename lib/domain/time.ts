// Dates as the users mean them: calendar days in Europe/Amsterdam, stored as UTC instants.
export const TIME_ZONE = "Europe/Amsterdam";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "2026-11-27"; undefined for anything else, including impossible dates such as 2026-02-30. */
export function parseDay(value: string | undefined | null): { year: number; month: number; day: number } | undefined {
  const match = value ? DAY.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Checked by arithmetic, without making a Date: pages parse many days while rendering.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

// Making an Intl formatter costs far more than using one, so each is made once per time zone.
const clockFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The number of days of a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function formatIn(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat) {
  let format = cache.get(timeZone);
  if (!format) {
    format = make();
    cache.set(timeZone, format);
  }
  return format;
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = formatIn(
    clockFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      }),
  ).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant at which this calendar day starts in Amsterdam. */
export function startOfDay(value: string, timeZone = TIME_ZONE): Date | undefined {
  const day = parseDay(value);
  if (!day) return undefined;
  const guess = Date.UTC(day.year, day.month - 1, day.day);
  const first = guess - offsetMs(guess, timeZone);
  // Around a daylight-saving change the offset at the guess and at the answer can differ; one correction suffices.
  return new Date(guess - offsetMs(first, timeZone));
}

/** The UTC instant at which the day after this calendar day starts in Amsterdam (an exclusive upper bound). */
export function endOfDay(value: string, timeZone = TIME_ZONE): Date | undefined {
  const day = parseDay(value);
  if (!day) return undefined;
  const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return startOfDay(next.toISOString().slice(0, 10), timeZone);
}

/** The calendar day a moment falls on in this time zone, "2026-11-27". */
export function dayIn(at: Date, timeZone = TIME_ZONE): string {
  return formatIn(
    dayFormats,
    timeZone,
    () => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }),
  ).format(at);
}

/** Today's calendar day in Amsterdam, "2026-11-27". */
export function todayInAmsterdam(now = new Date(), timeZone = TIME_ZONE): string {
  return dayIn(now, timeZone);
}

const dutch = new Intl.Collator("nl");
/** Compares names as a Dutch reader sorts them; one collator for all, as making one is costly. */
export function compareDutch(a: string, b: string): number {
  return dutch.compare(a, b);
}
