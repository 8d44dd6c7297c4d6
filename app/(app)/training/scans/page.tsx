import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listHref, Pager } from "@/components/lists/active-filter";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listMaturityScans } from "@/db/queries/maturity-scans";
import { orNotFound } from "@/lib/auth/guard";
import { type ListSearch, parsePage } from "@/lib/validation/training-search";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("training.scan");
  return { title: t("listTitle") };
}

export default async function ScansPage({ searchParams }: { searchParams: Promise<ListSearch> }) {
  const search = await searchParams;
  const [list, t, training] = await Promise.all([
    orNotFound(listMaturityScans({ page: parsePage(search) })),
    getTranslations("training.scan"),
    getTranslations("training"),
  ]);
  return (
    <>
      <PageHeader
        title={t("listTitle")}
        intro={t("listIntro")}
        back={<BackLink href="/training">{training("title")}</BackLink>}
        actions={
          <Link href="/training/scans/new" className={buttonClass("primary")}>
            {training("takeScan")}
          </Link>
        }
      />
      {list.total === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{t("empty")}</p>
      ) : (
        <>
          <Table caption={t("listTitle")}>
            <thead>
              <tr>
                <Th>{t("takenOn")}</Th>
                <Th>{t("subject")}</Th>
                <Th>{t("moment")}</Th>
                <Th>{t("track")}</Th>
                <Th>{t("overall")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link href={`/training/scans/${row.id}`}>
                      <FormattedDay value={row.takenOn} />
                    </Link>
                  </Td>
                  <Td>{row.subject}</Td>
                  <Td>{t(`moments.${row.moment}`)}</Td>
                  <Td>{row.trackTitle ?? "—"}</Td>
                  <Td>{row.overall === null ? "—" : row.overall.toLocaleString("nl-NL")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => listHref("/training/scans", { pagina: page })}
            labels={{
              nav: training("pagination"),
              previous: training("previous"),
              next: training("next"),
              pageOf: training("pageOf", { page: list.page, pages: list.pageCount }),
            }}
          />
        </>
      )}
    </>
  );
}
