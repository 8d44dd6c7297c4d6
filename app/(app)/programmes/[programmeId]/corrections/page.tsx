import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { ActiveFilter, listHref, Pager } from "@/components/lists/active-filter";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listCorrections } from "@/db/queries/corrections";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { type ListSearch, parseCorrectionFilter } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.corrections");
  return { title: t("title") };
}

export default async function CorrectionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<ListSearch>;
}) {
  const programmeId = idParam((await params).programmeId);
  const filter = parseCorrectionFilter(await searchParams);
  const [programme, list, t, filterT] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(listCorrections({ programmeId }, filter)),
    getTranslations("programmes.corrections"),
    getTranslations("listFilter"),
  ]);
  const base = `/programmes/${programmeId}/corrections`;
  const { step } = filter;
  const filtered = filter.status !== undefined || step !== undefined;
  const pageHref = (page: number) =>
    listHref(base, { status: filter.status, step: step?.status, from: step?.from, to: step?.to, pagina: page });
  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("intro")}
        add={programme.access.edit ? { href: `${base}/new`, label: t("add") } : null}
      >
        <HelpLink topic="bijsturen" />
      </SectionHeader>
      {filtered ? (
        <ActiveFilter
          parts={[
            filter.status ? filterT(`correctionStatus.${filter.status}`) : null,
            step
              ? filterT.rich("step", {
                  status: step.status,
                  from: () => <FormattedDay value={step.from} />,
                  to: () => <FormattedDay value={step.to} />,
                })
              : null,
          ].filter((part) => part !== null)}
          count={filterT("corrections", { count: list.total })}
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
                <Th>{t("titleLabel")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("decisionLevel")}</Th>
                <Th>{t("proposed")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link href={`${base}/${row.id}`}>{row.title}</Link>
                    {row.tocChange ? <span className="block text-sm text-muted">{t("changesToc")}</span> : null}
                  </Td>
                  <Td>
                    <span className="font-semibold">{t(`statuses.${row.status}`)}</span>
                  </Td>
                  <Td>{t(`levels.${row.decisionLevel}`)}</Td>
                  <Td className="text-sm">
                    <FormattedDate value={row.createdAt} format="short" /> · {row.proposedByName}
                  </Td>
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
