// The change history of a hypothesis or an assumption on its page: per change who made it and when, and per field
// what it was and what it became. Paged, newest first.

import { getFormatter, getTranslations } from "next-intl/server";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { RecordHistory } from "@/db/queries/record-history";
import { type FieldReading, readableValue } from "@/lib/domain/field-values";
import { fieldChanges } from "@/lib/domain/record-history";

export type HistoryField = FieldReading & { name: string; label: string };

export async function ChangeHistory({
  history,
  fields,
  createdAction,
  derive,
  pageHref,
  heading: Heading = "h3",
}: {
  history: RecordHistory;
  /** The fields a change can touch, in the order of the form. */
  fields: HistoryField[];
  /** The audit action that added the record. */
  createdAction: string;
  /** Fields made of others (an assumption's basis). */
  derive?: (values: Record<string, unknown>) => Record<string, unknown>;
  /** The address of another page of the history. */
  pageHref: (page: number) => string;
  heading?: "h2" | "h3";
}) {
  const [t, format] = await Promise.all([getTranslations("programmes.history"), getFormatter()]);
  const formatDay = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), "date");
  const byName = new Map(fields.map((field) => [field.name, field]));
  const names = fields.map((field) => field.name);
  const show = (value: unknown, field: HistoryField | undefined) => {
    const lines = readableValue(value, field, formatDay);
    return lines.length ? lines.join(", ") : t("emptyValue");
  };

  return (
    <section aria-labelledby="wijzigingen-title" id="wijzigingen" className="mt-8 max-w-3xl">
      <Heading id="wijzigingen-title" className="text-xl">
        {t("title")}
      </Heading>
      <p className="mt-1 text-sm">{t("intro")}</p>
      {history.total === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <ol className="mt-3 flex flex-col gap-4 border-l-4 border-line pl-4">
          {history.events.map((event) => {
            const created = event.action === createdAction;
            const name = event.actorName ?? t("someone");
            const changes = created ? [] : fieldChanges(event.changes, names, derive);
            return (
              <li key={event.id}>
                <p className="font-semibold">{created ? t("created", { name }) : t("updated", { name })}</p>
                <p className="text-sm text-muted">
                  <FormattedDate value={event.createdAt} />
                </p>
                {changes.length > 0 ? (
                  <dl className="mt-2 flex flex-col gap-2">
                    {changes.map((change) => {
                      const field = byName.get(change.field);
                      return (
                        <div key={change.field}>
                          <dt className="font-semibold">{field?.label ?? change.field}</dt>
                          <dd className="whitespace-pre-line">
                            <span className="text-muted">{t("before")}: </span>
                            {show(change.before, field)}
                          </dd>
                          <dd className="whitespace-pre-line">
                            <span className="text-muted">{t("after")}: </span>
                            {show(change.after, field)}
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                ) : created ? null : (
                  <p className="mt-1 text-sm">{t("nothingChanged")}</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {history.pageCount > 1 ? (
        <nav aria-label={t("pagesLabel")} className="mt-4 flex flex-wrap items-center gap-4">
          {history.page > 1 ? <Link href={pageHref(history.page - 1)}>{t("newer")}</Link> : null}
          <span>{t("pageOf", { page: history.page, pages: history.pageCount })}</span>
          {history.page < history.pageCount ? <Link href={pageHref(history.page + 1)}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
