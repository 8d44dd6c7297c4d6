import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listHref, Pager } from "@/components/lists/active-filter";
import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listOpgaven } from "@/db/queries/opgaven";
import { orNotFound } from "@/lib/auth/guard";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opgaven");
  return { title: t("title") };
}

type Search = { pagina?: string; archief?: string };

/** The register of maatschappelijke opgaven, the most pressing first; `?archief=1` lists the archived ones. */
export default async function OpgavenPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const archived = search.archief === "1";
  const [list, viewer, t] = await Promise.all([
    orNotFound(listOpgaven({ page: Number(search.pagina) || 1, archived })),
    requireViewer(),
    getTranslations("opgaven"),
  ]);
  const mayManage = can(viewer.role, "opgaven.manage");
  return (
    <>
      <PageHeader
        title={archived ? t("archivedTitle") : t("title")}
        intro={archived ? t("archivedIntro") : t("intro")}
        actions={
          <>
            <Link href="/strategic-sessions" className={buttonClass("secondary")}>
              {t("toSessions")}
            </Link>
            {mayManage && !archived ? (
              <Link href="/opgaven/new" className={buttonClass("primary")}>
                {t("add")}
              </Link>
            ) : null}
          </>
        }
      />
      {list.total === 0 ? (
        <Notice>{archived ? t("archivedEmpty") : mayManage ? t("emptyManage") : t("empty")}</Notice>
      ) : (
        <>
          <Table caption={archived ? t("archivedCaption") : t("caption")}>
            <thead>
              <tr>
                <Th>{t("rank")}</Th>
                <Th>{t("opgave")}</Th>
                <Th>{t("concerns")}</Th>
                <Th>{t("owner")}</Th>
                <Th>{t("programmeCount")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <Td className="font-semibold">{row.rank ?? <span className="sr-only">{t("noRank")}</span>}</Td>
                  <Td>
                    <Link href={`/opgaven/${row.id}`}>{row.title}</Link>
                  </Td>
                  <Td>{[row.targetGroup, row.area].filter(Boolean).join(" · ")}</Td>
                  <Td>{row.ownerName ?? ""}</Td>
                  <Td>{row.programmeCount}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => listHref("/opgaven", { archief: archived ? 1 : undefined, pagina: page })}
            labels={{
              nav: t("pagination"),
              previous: t("previous"),
              next: t("next"),
              pageOf: t("pageOf", { page: list.page, pages: list.pageCount }),
            }}
          />
        </>
      )}
      <p className="mt-6">
        {archived ? (
          <Link href="/opgaven">{t("backToRegister")}</Link>
        ) : (
          <Link href="/opgaven?archief=1">{t("toArchived")}</Link>
        )}
      </p>
    </>
  );
}
