import { getLocale } from "next-intl/server";
import { type DateFormat, formatDate } from "@/lib/i18n/date-format";

/** A point in time in the user's language and the Amsterdam time zone, with a machine-readable value. */
export async function FormattedDate({
  value,
  format = "dateTime",
}: {
  value: Date | null | undefined;
  format?: DateFormat;
}) {
  if (!value) return null;
  const locale = await getLocale();
  return <time dateTime={value.toISOString()}>{formatDate(locale, format, value)}</time>;
}

/** A calendar day stored as "2026-11-27", shown in the user's language. */
export async function FormattedDay({ value }: { value: string }) {
  const locale = await getLocale();
  // Noon UTC is the same calendar day in Amsterdam whatever the season.
  return <time dateTime={value}>{formatDate(locale, "date", new Date(`${value}T12:00:00Z`))}</time>;
}
