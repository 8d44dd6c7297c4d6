import { getFormatter } from "next-intl/server";

/** A point in time in the user's language and the Amsterdam time zone, with a machine-readable value. */
export async function FormattedDate({
  value,
  format = "dateTime",
}: {
  value: Date | null | undefined;
  format?: "date" | "short" | "dateTime";
}) {
  if (!value) return null;
  const formatter = await getFormatter();
  return <time dateTime={value.toISOString()}>{formatter.dateTime(value, format)}</time>;
}

/** A calendar day stored as "2026-11-27", shown in the user's language. */
export async function FormattedDay({ value }: { value: string }) {
  const formatter = await getFormatter();
  // Noon UTC is the same calendar day in Amsterdam whatever the season.
  return <time dateTime={value}>{formatter.dateTime(new Date(`${value}T12:00:00Z`), "date")}</time>;
}
