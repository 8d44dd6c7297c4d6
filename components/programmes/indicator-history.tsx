// The history of an indicator or one of its measurements, from the audit trail: who changed what, when, from which
// values to which, and why. A corrected measurement's original stays readable here.

import { getFormatter, getTranslations } from "next-intl/server";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { HistoryEntry } from "@/db/queries/indicator-history";
import { parseDay } from "@/lib/domain/time";

/** The fields of an indicator whose changes the history names, in the order of its form. */
const INDICATOR_FIELDS = [
  "name",
  "unit",
  "kind",
  "minValue",
  "maxValue",
  "direction",
  "baselineValue",
  "baselineDate",
  "targetValue",
  "targetDate",
  "source",
  "frequency",
  "contribution",
] as const;

/** Fields whose stored value is a choice with a label of its own. */
const CHOICES: Partial<Record<(typeof INDICATOR_FIELDS)[number], string>> = {
  kind: "kinds",
  direction: "directions",
  frequency: "frequencies",
  contribution: "contributions",
};

export async function IndicatorHistory({
  entries,
  unit,
  page,
  pages,
  pageHref,
  measurementHref,
}: {
  entries: HistoryEntry[];
  unit: string;
  page: number;
  pages: number;
  pageHref: (page: number) => string;
  /** Where one measurement's page is; left out on that page itself. */
  measurementHref?: (measurementId: number) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("programmes.indicators"), getFormatter()]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "date");
  const shown = (value: unknown, field?: string): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "number") return format.number(value);
    if (typeof value === "string") {
      const choices = field ? CHOICES[field as keyof typeof CHOICES] : undefined;
      if (choices && t.has(`${choices}.${value}`)) return t(`${choices}.${value}`);
      return parseDay(value) ? day(value) : value;
    }
    return String(value);
  };
  const measurement = (m: Record<string, unknown>) =>
    t("history.measurementValue", {
      date: shown(m.measuredOn),
      value: t("valueWithUnit", { value: shown(m.value), unit }),
    });

  return (
    <>
      <ol className="mt-3 flex max-w-3xl flex-col gap-3">
        {entries.map((entry) => {
          const who = entry.actorName ?? t("history.someone");
          const reason = typeof entry.after.reason === "string" ? entry.after.reason : null;
          return (
            <li key={entry.id} className="rounded-ik border border-line p-3">
              <p className="font-semibold">
                {t(
                  `history.${entry.action === "indicator.updated" ? "indicatorUpdated" : entry.action === "measurement.corrected" ? "corrected" : "withdrawn"}`,
                  { who },
                )}{" "}
                <FormattedDate value={entry.at} />
              </p>
              {entry.action === "indicator.updated" ? (
                <ul className="mt-1 list-disc pl-6 text-sm">
                  {changedFields(entry).map((field) => (
                    <li key={field}>
                      {t("history.fieldChange", {
                        field: t(field),
                        before: shown(entry.before[field], field),
                        after: shown(entry.after[field], field),
                      })}
                    </li>
                  ))}
                  {changedFields(entry).length === 0 ? <li>{t("history.noFieldChange")}</li> : null}
                </ul>
              ) : (
                <dl className="mt-1 grid gap-x-3 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t("history.was")}</dt>
                  <dd>
                    {measurement(entry.before)}
                    {entry.before.note ? ` (${entry.before.note})` : ""}
                  </dd>
                  {entry.action === "measurement.corrected" ? (
                    <>
                      <dt className="font-semibold">{t("history.became")}</dt>
                      <dd>
                        {measurement(entry.after)}
                        {entry.after.note ? ` (${entry.after.note})` : ""}
                      </dd>
                    </>
                  ) : null}
                  {reason ? (
                    <>
                      <dt className="font-semibold">{t("history.reason")}</dt>
                      <dd className="whitespace-pre-line">{reason}</dd>
                    </>
                  ) : null}
                </dl>
              )}
              {measurementHref && entry.measurementId !== null ? (
                <p className="mt-1 text-sm">
                  <Link href={measurementHref(entry.measurementId)}>{t("history.toMeasurement")}</Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {pages > 1 ? (
        <nav aria-label={t("history.pages")} className="mt-3 flex flex-wrap items-center gap-4">
          {page > 1 ? <Link href={pageHref(page - 1)}>{t("history.newer")}</Link> : null}
          <span>{t("history.pageOf", { page, pages })}</span>
          {page < pages ? <Link href={pageHref(page + 1)}>{t("history.older")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

/** The fields an indicator change changed, of those both sides of the audit event hold. */
function changedFields(entry: HistoryEntry) {
  return INDICATOR_FIELDS.filter(
    (field) => field in entry.before && field in entry.after && entry.before[field] !== entry.after[field],
  );
}
