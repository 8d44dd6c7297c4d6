import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listHref, Pager } from "@/components/lists/active-filter";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listLearningTracks } from "@/db/queries/learning-tracks";
import { orNotFound } from "@/lib/auth/guard";
import { type ListSearch, parsePage } from "@/lib/validation/training-search";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training");
  return { title: t("title") };
}

export default async function TrainingPage({ searchParams }: { searchParams: Promise<ListSearch> }) {
  const search = await searchParams;
  const archived = search.gearchiveerd === "1";
  const [list, t] = await Promise.all([
    orNotFound(listLearningTracks({ page: parsePage(search), archived })),
    getTranslations("training"),
  ]);
  const pageHref = (page: number) => listHref("/training", { gearchiveerd: archived ? "1" : undefined, pagina: page });
  return (
    <>
      <PageHeader
        title={archived ? t("archivedTitle") : t("title")}
        intro={t("intro")}
        actions={
          <>
            {list.mayCreate && !archived ? (
              <Link href="/training/new" className={buttonClass("primary")}>
                {t("add")}
              </Link>
            ) : null}
            <Link href="/training/scans/new" className={buttonClass("secondary")}>
              {t("takeScan")}
            </Link>
          </>
        }
      />
      <nav aria-label={t("sectionsNav")} className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/training/modules">{t("modulesLink")}</Link>
          </li>
          <li>
            <Link href="/training/scans">{t("scansLink")}</Link>
          </li>
          {list.mayReadOverview ? (
            <li>
              <Link href="/training/overview">{t("overviewLink")}</Link>
            </li>
          ) : null}
          <li>
            {archived ? (
              <Link href="/training">{t("activeLink")}</Link>
            ) : (
              <Link href="/training?gearchiveerd=1">{t("archivedLink")}</Link>
            )}
          </li>
        </ul>
      </nav>
      {list.total === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">
          {archived ? t("emptyArchived") : list.mayCreate ? t("empty") : t("emptyRead")}
        </p>
      ) : (
        <>
          <Table caption={archived ? t("archivedTitle") : t("tableCaption")}>
            <thead>
              <tr>
                <Th>{t("columns.title")}</Th>
                <Th>{t("columns.kind")}</Th>
                <Th>{t("columns.period")}</Th>
                <Th>{t("columns.trainer")}</Th>
                <Th>{t("columns.participants")}</Th>
                <Th>{t("columns.sessions")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link href={`/training/${row.id}`}>{row.title}</Link>
                  </Td>
                  <Td>{t(`kinds.${row.kind}`)}</Td>
                  <Td className="text-sm">
                    {row.startDate ? <FormattedDay value={row.startDate} /> : t("noDate")} –{" "}
                    {row.endDate ? <FormattedDay value={row.endDate} /> : t("noDate")}
                  </Td>
                  <Td>{row.trainerName}</Td>
                  <Td>{row.participants}</Td>
                  <Td>{row.sessions}</Td>
                </tr>
              ))}
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
