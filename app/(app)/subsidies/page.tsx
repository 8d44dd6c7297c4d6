import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { listHref, Pager } from "@/components/lists/active-filter";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listFrameworks } from "@/db/queries/subsidies";
import { orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("subsidies");
  return { title: t("title") };
}

type Search = { pagina?: string; archief?: string };

/** The gemeente's subsidy frameworks, the latest period first; a partner sees those open to it. */
export default async function SubsidiesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const archived = search.archief === "1";
  const [list, viewer, t, format] = await Promise.all([
    orNotFound(listFrameworks({ page: Number(search.pagina) || 1, archived })),
    requireViewer(),
    getTranslations("subsidies"),
    getFormatter(),
  ]);
  const mayManage = can(viewer.role, "subsidies.manage");
  const euros = (value: number) =>
    format.number(value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  return (
    <>
      <PageHeader
        title={archived ? t("archivedTitle") : t("title")}
        intro={archived ? t("archivedIntro") : mayManage ? t("intro") : t("introPartner")}
        actions={
          mayManage && !archived ? (
            <Link href="/subsidies/new" className={buttonClass("primary")}>
              {t("add")}
            </Link>
          ) : null
        }
      />
      {list.total === 0 ? (
        <Notice>{archived ? t("archivedEmpty") : mayManage ? t("emptyManage") : t("empty")}</Notice>
      ) : (
        <>
          <Table caption={archived ? t("archivedCaption") : t("caption")}>
            <thead>
              <tr>
                <Th>{t("framework")}</Th>
                <Th>{t("period")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("budget")}</Th>
                {mayManage ? <Th>{t("granted")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link href={`/subsidies/${row.id}`}>{row.name}</Link>
                  </Td>
                  <Td>
                    <FormattedDay value={row.startsOn} /> – <FormattedDay value={row.endsOn} />
                  </Td>
                  <Td>{t(`statuses.${row.status}`)}</Td>
                  <Td>{euros(row.budget)}</Td>
                  {mayManage ? <Td>{euros(row.granted)}</Td> : null}
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => listHref("/subsidies", { archief: archived ? 1 : undefined, pagina: page })}
            labels={{
              nav: t("pagination"),
              previous: t("previous"),
              next: t("next"),
              pageOf: t("pageOf", { page: list.page, pages: list.pageCount }),
            }}
          />
        </>
      )}
      {mayManage ? (
        <p className="mt-6">
          {archived ? (
            <Link href="/subsidies">{t("backToList")}</Link>
          ) : (
            <Link href="/subsidies?archief=1">{t("toArchived")}</Link>
          )}
        </p>
      ) : null}
    </>
  );
}
