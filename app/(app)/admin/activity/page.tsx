import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditEventText } from "@/components/audit/audit-event";
import { AuditChainStatus } from "@/components/audit/chain-status";
import { renderAuditEvents } from "@/components/audit/render-events";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { auditChainStatus } from "@/db/queries/audit-chain";
import { auditFilterOptions, listAuditEvents } from "@/db/queries/audit-events";
import { orNotFound } from "@/lib/auth/guard";
import { activityFilterSchema } from "@/lib/validation/activity";
import { parseForm } from "@/lib/validation/form";
import { invalidForm } from "@/lib/validation/respond";
import { ActivityFilters } from "./activity-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.activity");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;

function toFormData(search: Search) {
  const data = new FormData();
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === "string" && value !== "") data.append(key, value);
  }
  return data;
}

function pageHref(search: Search, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === "string" && value !== "" && key !== "page") params.set(key, value);
  }
  params.set("page", String(page));
  return `/admin/activity?${params.toString()}`;
}

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const parsed = parseForm(activityFilterSchema, toFormData(search));
  const filterState = parsed.success ? { status: "idle" as const, values: {} } : await invalidForm(parsed);
  const [events, options, chain, t] = await Promise.all([
    orNotFound(listAuditEvents(parsed.success ? parsed.data : {})),
    orNotFound(auditFilterOptions()),
    orNotFound(auditChainStatus({ recheck: search.keten === "controleren" })),
    getTranslations("admin.activity"),
  ]);
  const [actions, audit, rendered] = await Promise.all([
    getTranslations("audit.actions"),
    getTranslations("audit"),
    renderAuditEvents(events.rows, events.names, events.organisationName),
  ]);
  const actionLabel = (action: string) => (actions.has(action) ? actions(action) : action);

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="mb-6">
        <AuditChainStatus status={chain} />
      </div>
      <ActivityFilters
        state={{ ...filterState, values: toValues(search) }}
        actors={options.actors.map((a) => ({ id: a.id, name: a.former ? audit("formerUser") : a.name }))}
        actions={options.actions.map((a) => ({ value: a, label: actionLabel(a) }))}
      />
      {!parsed.success ? (
        <div className="mb-4">
          <Notice tone="warning">{t("filterIgnored")}</Notice>
        </div>
      ) : null}
      <p className="mb-3" role="status">
        {t("count", { count: events.total })}
      </p>
      {events.rows.length > 0 ? (
        <Table caption={t("tableCaption")}>
          <thead>
            <tr>
              <Th>{t("when")}</Th>
              <Th>{t("what")}</Th>
              <Th>{t("event")}</Th>
            </tr>
          </thead>
          <tbody>
            {rendered.map(({ row, rendered: event }) => (
              <tr key={row.id}>
                <Td className="whitespace-nowrap">
                  <FormattedDate value={row.createdAt} />
                </Td>
                <Td>{actionLabel(row.action)}</Td>
                <Td className="min-w-64">
                  <AuditEventText
                    event={event}
                    programmeHref={row.programmeId ? `/programmes/${row.programmeId}` : undefined}
                  />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>{t("empty")}</p>
      )}
      {events.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
          {events.page > 1 ? <Link href={pageHref(search, events.page - 1)}>{t("newer")}</Link> : null}
          <span>{t("pageOf", { page: events.page, pages: events.pageCount })}</span>
          {events.page < events.pageCount ? <Link href={pageHref(search, events.page + 1)}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

function toValues(search: Search): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of ["actor", "action", "from", "to"]) {
    const value = search[key];
    if (typeof value === "string") values[key] = value;
  }
  return values;
}
