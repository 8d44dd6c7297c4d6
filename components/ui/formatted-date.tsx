import { useLocale } from "next-intl";
import { type DateFormat, formatDate } from "@/lib/i18n/date-format";

// Not async: an async component is sent to the browser as a part of its own, and a long list would send one for every
// date in it.

/** A point in time in the user's language and the Amsterdam time zone, with a machine-readable value. */
export function FormattedDate({ value, format = "dateTime" }: { value: Date | null | undefined; format?: DateFormat }) {
  const locale = useLocale();
  if (!value) return null;
  return <time dateTime={value.toISOString()}>{formatDate(locale, format, value)}</time>;
}

/** A calendar day stored as "2026-11-27", shown in the user's language. */
export function FormattedDay({ value }: { value: string }) {
  const locale = useLocale();
  // Noon UTC is the same calendar day in Amsterdam whatever the season.
  return <time dateTime={value}>{formatDate(locale, "date", new Date(`${value}T12:00:00Z`))}</time>;
}
