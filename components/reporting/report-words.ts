import "server-only";
import { getFormatter, getLocale } from "next-intl/server";
import { periodLabel } from "@/lib/domain/reporting-periods";
import { shortLocale } from "@/lib/i18n/settings";

/** Days and numbers of a report written out for the reader: "31 oktober 2026", "oktober 2026", "12,5". */
export async function reportWords() {
  const [format, locale] = await Promise.all([getFormatter(), getLocale().then(shortLocale)]);
  // Noon UTC is the same calendar day in Amsterdam whatever the season.
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "date");
  return {
    day,
    number: (value: number) => format.number(value),
    period: (period: { startsOn: string; endsOn: string }) =>
      periodLabel(period, locale) ?? `${day(period.startsOn)} – ${day(period.endsOn)}`,
    format,
  };
}
