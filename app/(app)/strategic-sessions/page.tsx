import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listHref, Pager } from "@/components/lists/active-filter";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listStrategicSessions } from "@/db/queries/strategic-sessions";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opgaven.sessions");
  return { title: t("title") };
}

export default async function StrategicSessionsPage({ searchParams }: { searchParams: Promise<{ pagina?: string }> }) {
  const search = await searchParams;
  const [list, t] = await Promise.all([
    orNotFound(listStrategicSessions({ page: Number(search.pagina) || 1 })),
    getTranslations("opgaven.sessions"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={list.mayManage ? t("intro") : t("introReader")}
        actions={
          list.mayManage ? (
            <>
              <Link href="/opgaven" className={buttonClass("secondary")}>
                {t("toRegister")}
              </Link>
              <Link href="/strategic-sessions/new" className={buttonClass("primary")}>
                {t("add")}
              </Link>
            </>
          ) : null
        }
      />
      {list.total === 0 ? (
        <Notice>{list.mayManage ? t("emptyManage") : t("empty")}</Notice>
      ) : (
        <>
          <Table caption={t("caption")}>
            <thead>
              <tr>
                <Th>{t("session")}</Th>
                <Th>{t("heldOn")}</Th>
                <Th>{t("participants")}</Th>
                <Th>{t("state")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link href={`/strategic-sessions/${row.id}`}>{row.title}</Link>
                  </Td>
                  <Td>
                    <FormattedDay value={row.heldOn} />
                  </Td>
                  <Td>{row.participantCount}</Td>
                  <Td>{row.processedAt ? t("processed") : t("open")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => listHref("/strategic-sessions", { pagina: page })}
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
