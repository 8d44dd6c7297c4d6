// How a reporting period is named on the home page and in "Mijn werk": "oktober 2026", "1e kwartaal 2026", or its
// first and last day for any other span, in the reader's language.
import { getFormatter, getLocale } from "next-intl/server";
import { periodLabel } from "@/lib/domain/reporting-periods";
import { shortLocale } from "@/lib/i18n/settings";

export type PeriodName = (period: { startsOn: string; endsOn: string }) => string;

export async function periodNamer(): Promise<PeriodName> {
  const [format, locale] = await Promise.all([getFormatter(), getLocale().then(shortLocale)]);
  // Noon UTC is the same calendar day in Amsterdam whatever the season.
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "date");
  return (period) => periodLabel(period, locale) ?? `${day(period.startsOn)} – ${day(period.endsOn)}`;
}
