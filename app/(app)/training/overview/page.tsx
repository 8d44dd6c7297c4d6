import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/lists/active-filter";
import { attendanceText, maturityText, reachedText } from "@/components/training/overview-figures";
import { BackLink } from "@/components/ui/back-link";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listTrackOverviews } from "@/db/queries/training-overview";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.overview");
  return { title: t("allTitle") };
}

export default async function TrainingOverviewPage({ searchParams }: { searchParams: Promise<{ pagina?: string }> }) {
  const page = Number((await searchParams).pagina ?? 1) || 1;
  const [list, t, tt] = await Promise.all([
    orNotFound(listTrackOverviews({ page })),
    getTranslations("training.overview"),
    getTranslations("training"),
  ]);
  return (
    <>
      <PageHeader
        title={t("allTitle")}
        intro={t("allIntro")}
        back={<BackLink href="/training">{tt("title")}</BackLink>}
      />
      {list.total === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{t("allEmpty")}</p>
      ) : (
        <>
          <Table caption={t("allCaption")}>
            <thead>
              <tr>
                <Th>{t("track")}</Th>
                <Th>{t("kind")}</Th>
                <Th>{t("participants")}</Th>
                <Th>{t("attendance")}</Th>
                <Th>{t("goalsReached")}</Th>
                <Th>{t("maturityTitle")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link href={`/training/${row.id}/overview`}>{row.title}</Link>
                  </Td>
                  <Td>{tt(`kinds.${row.kind}`)}</Td>
                  <Td>{row.participants}</Td>
                  <Td>{attendanceText(t, row.attendance)}</Td>
                  <Td>{reachedText(t, row.reached)}</Td>
                  <Td>
                    {row.maturity.length === 0 ? (
                      t("noScans")
                    ) : (
                      <ul>
                        {row.maturity.map((m) => (
                          <li key={m.subject}>{maturityText(t, m)}</li>
                        ))}
                      </ul>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={(p) => `/training/overview?pagina=${p}`}
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
