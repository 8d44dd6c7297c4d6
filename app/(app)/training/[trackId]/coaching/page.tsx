import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/lists/active-filter";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listCoachingConversations } from "@/db/queries/coaching";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.coaching");
  return { title: t("title") };
}

export default async function CoachingPage({
  params,
  searchParams,
}: {
  params: Promise<{ trackId: string }>;
  searchParams: Promise<{ pagina?: string }>;
}) {
  const trackId = idParam((await params).trackId);
  const page = Number((await searchParams).pagina ?? 1) || 1;
  const [list, t, tt] = await Promise.all([
    orNotFound(listCoachingConversations({ trackId, page })),
    getTranslations("training.coaching"),
    getTranslations("training"),
  ]);
  const base = `/training/${trackId}/coaching`;
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        back={<BackLink href={`/training/${trackId}`}>{list.trackTitle}</BackLink>}
        actions={
          list.mayManage ? (
            <Link href={`${base}/new`} className={buttonClass("primary")}>
              {t("add")}
            </Link>
          ) : null
        }
      />
      {list.total === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{list.mayManage ? t("empty") : t("emptyRead")}</p>
      ) : (
        <>
          <Table caption={t("caption")}>
            <thead>
              <tr>
                <Th>{t("heldOn")}</Th>
                <Th>{t("with")}</Th>
                <Th>{t("programme")}</Th>
                <Th>{t("openActions")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link href={`${base}/${row.id}`}>
                      <FormattedDay value={row.heldOn} />
                    </Link>
                  </Td>
                  <Td>{row.coached}</Td>
                  <Td>{row.programmeName ?? t("noProgrammeShort")}</Td>
                  <Td>{row.openActions}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={(p) => `${base}?pagina=${p}`}
            labels={{
              nav: tt("pagination"),
              previous: tt("previous"),
              next: tt("next"),
              pageOf: tt("pageOf", { page: list.page, pages: list.pageCount }),
            }}
          />
        </>
      )}
    </>
  );
}
