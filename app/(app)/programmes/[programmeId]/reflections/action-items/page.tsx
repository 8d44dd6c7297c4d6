import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActiveFilter, listHref, Pager } from "@/components/lists/active-filter";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listProgrammeActionItems } from "@/db/queries/action-item-list";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { daysBetween } from "@/lib/domain/dashboard-reasons";
import { type ListSearch, parseActionItemFilter } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reflections.actionList");
  return { title: t("title") };
}

/** Every action item of the programme's reflection sessions, a page at a time; filtered on overdue or status. */
export default async function ActionItemsPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<ListSearch>;
}) {
  const programmeId = idParam((await params).programmeId);
  const filter = parseActionItemFilter(await searchParams);
  const [list, t, filterT] = await Promise.all([
    orNotFound(listProgrammeActionItems({ programmeId }, filter)),
    getTranslations("reflections.actionList"),
    getTranslations("listFilter"),
  ]);
  const sessions = `/programmes/${programmeId}/reflections`;
  const base = `${sessions}/action-items`;
  const filtered = filter.status !== undefined || filter.overdue === true;
  const pageHref = (page: number) =>
    listHref(base, { status: filter.status, overdue: filter.overdue ? 1 : undefined, pagina: page });

  return (
    <>
      <BackLink href={sessions}>{t("back")}</BackLink>
      <SectionHeader title={t("title")} intro={t("intro")} />
      {filtered ? (
        <ActiveFilter
          parts={[
            filter.overdue ? filterT("overdueAction") : null,
            filter.status ? filterT(`actionStatus.${filter.status}`) : null,
          ].filter((part) => part !== null)}
          count={filterT("actionItems", { count: list.total })}
          clearHref={base}
        />
      ) : null}
      {list.total === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{filtered ? filterT("noMatch") : t("empty")}</p>
      ) : (
        <>
          <Table caption={t("tableCaption")}>
            <thead>
              <tr>
                <Th>{t("description")}</Th>
                <Th>{t("owner")}</Th>
                <Th>{t("dueDate")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("session")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((item) => {
                const late = item.status === "open" && item.dueDate !== null && item.dueDate < list.today;
                return (
                  <tr key={item.id}>
                    <Td>{item.description}</Td>
                    <Td>{item.ownerName ?? t("noOwner")}</Td>
                    <Td className="whitespace-nowrap">
                      {item.dueDate ? <FormattedDay value={item.dueDate} /> : t("noDueDate")}
                      {late && item.dueDate ? (
                        <span className="block text-sm font-semibold text-danger">
                          {t("late", { days: daysBetween(item.dueDate, list.today) })}
                        </span>
                      ) : null}
                    </Td>
                    <Td>{t(`statuses.${item.status}`)}</Td>
                    <Td>
                      <Link href={`${sessions}/${item.sessionId}`}>{item.sessionTitle}</Link>
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={pageHref}
            labels={{
              nav: t("pagination"),
              previous: t("previous"),
              next: t("next"),
              pageOf: t("pageOf", { page: list.page, pages: list.pageCount }),
            }}
          />
        </>
      )}
    </>
  );
}
