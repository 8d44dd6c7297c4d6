// Dates in the user's language, as next-intl's formatter writes them (the formats of settings.ts in the Amsterdam time
// zone), with each Intl formatter made once per process: next-intl makes its formatters again for every request, and
// making one costs far more than using it. A formatter depends only on the language and the format, never on data.
import { formats, TIME_ZONE } from "./settings";

export type DateFormat = keyof typeof formats.dateTime;

const made = new Map<string, Intl.DateTimeFormat>();

/** The formatter of one of the app's date formats, for a locale as next-intl names it ("nl-NL", "en-GB"). */
export function dateFormatter(locale: string, format: DateFormat): Intl.DateTimeFormat {
  const key = `${locale} ${format}`;
  let formatter = made.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...formats.dateTime[format], timeZone: TIME_ZONE });
    made.set(key, formatter);
  }
  return formatter;
}

/** A date in one of the app's formats; like next-intl, the date's own text when it cannot be formatted. */
export function formatDate(locale: string, format: DateFormat, value: Date): string {
  try {
    return dateFormatter(locale, format).format(value);
  } catch {
    return String(value);
  }
}
