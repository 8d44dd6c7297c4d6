import type { Formats } from "next-intl";
import type { Locale } from "../domain/constants";

export const LOCALE_COOKIE = "NEXT_LOCALE";
export { TIME_ZONE } from "../domain/time";

/** The language code of our message files, mapped to the regional format used for dates and numbers. */
export const INTL_LOCALE: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

export function shortLocale(intlLocale: string): Locale {
  return intlLocale.startsWith("en") ? "en" : "nl";
}

export const formats = {
  dateTime: {
    date: { day: "numeric", month: "long", year: "numeric" },
    short: { day: "numeric", month: "short", year: "numeric" },
    dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  },
  number: {
    euro: { style: "currency", currency: "EUR" },
  },
} satisfies Formats;
