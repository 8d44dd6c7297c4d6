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
