import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { ArchivedLink, DeletedNotice } from "@/components/archive/archived-list";
import { ActiveFilter, listHref, Pager } from "@/components/lists/active-filter";
import { IndicatorStatusBadge } from "@/components/programmes/badges";
import { basisValue, indicatorBases } from "@/components/programmes/indicator-bases";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { SectionHeader } from "@/components/ui/section-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listIndicatorScreen } from "@/db/queries/indicators";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { assessIndicator } from "@/lib/domain/indicator-status";
import { isMeasurementOverdue } from "@/lib/domain/measurement-schedule";
import { todayInAmsterdam } from "@/lib/domain/time";
import { type ListSearch, parseIndicatorFilter } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.indicators");
  return { title: t("title") };
}

export default async function IndicatorsPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<ListSearch>;
}) {
  const programmeId = idParam((await params).programmeId);
  const search = await searchParams;
  const filter = parseIndicatorFilter(search);
  const filtered = filter.status !== undefined || filter.overdue === true;
  const today = todayInAmsterdam();
  const wanted = Number(typeof search.pagina === "string" ? search.pagina : undefined) || 1;
  const [programme, list, bases, t, filterT, format] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(listIndicatorScreen({ programmeId }, { ...filter, page: wanted }, today)),
    orNotFound(indicatorBases(programmeId)),
    getTranslations("programmes.indicators"),
    getTranslations("listFilter"),
    getFormatter(),
  ]);
  const { indicators } = list;
  const base = `/programmes/${programmeId}/indicators`;
  const filterParts = [
    filter.status ? filterT(`indicatorStatus.${filter.status}`) : null,
    filter.overdue ? filterT("overdueMeasurement") : null,
  ].filter((part): part is string => part !== null);
  const basisLabel = new Map(bases.map((b) => [b.value, b.label]));
  const amount = (value: number, unit: string) => t("valueWithUnit", { value: format.number(value), unit });

  return (
    <>
      <SectionHeader
        title={t("title")}
        intro={t("intro")}
        add={programme.access.edit ? { href: `${base}/new`, label: t("add") } : null}
      >
        <HelpLink topic="metingen" />
      </SectionHeader>
      <DeletedNotice shown={typeof search.verwijderd === "string" ? search.verwijderd : undefined} />
      {filtered ? (
        <ActiveFilter parts={filterParts} count={filterT("indicators", { count: list.matching })} clearHref={base} />
      ) : null}

      {filtered && indicators.length === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">{filterT("noMatch")}</p>
      ) : indicators.length === 0 ? (
        <p className="max-w-3xl rounded-ik bg-info-surface p-4">
          {programme.access.edit ? t("emptyEditable") : t("empty")}
        </p>
      ) : (
        <Table caption={t("tableCaption")}>
          <thead>
            <tr>
              <Th>{t("indicator")}</Th>
              <Th>{t("unit")}</Th>
              <Th>{t("basis")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("latest")}</Th>
              <Th>{t("baselineToTarget")}</Th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const assessment = assessIndicator(indicator);
              const overdue = isMeasurementOverdue(
                indicator.frequency,
                assessment.latest?.measuredOn ?? null,
                indicator.baselineDate,
                today,
              );
              return (
                <tr key={indicator.id}>
                  <Td>
                    <Link href={`${base}/${indicator.id}`} className="font-semibold">
                      {indicator.name}
                    </Link>
                  </Td>
                  <Td>{indicator.unit}</Td>
                  <Td className="text-sm">{basisLabel.get(basisValue(indicator)) ?? t("noBasisShort")}</Td>
                  <Td>
                    <IndicatorStatusBadge status={assessment.status} />
                  </Td>
                  <Td>
                    {assessment.latest ? (
                      <>
                        {amount(assessment.latest.value, indicator.unit)}
                        <span className="block text-sm text-muted">
                          <FormattedDay value={assessment.latest.measuredOn} />
                        </span>
                      </>
                    ) : (
                      <span className="text-muted">{t("noMeasurement")}</span>
                    )}
                    {overdue.overdue && overdue.dueOn ? (
                      <span className="mt-1 block text-sm font-semibold text-danger">
                        {t("overdueSince")} <FormattedDay value={overdue.dueOn} />
                      </span>
                    ) : null}
                  </Td>
                  <Td className="text-sm">
                    {indicator.baselineValue !== null ? amount(indicator.baselineValue, indicator.unit) : "—"}
                    <span aria-hidden="true"> → </span>
                    <span className="sr-only"> {t("to")} </span>
                    {indicator.targetValue !== null ? amount(indicator.targetValue, indicator.unit) : "—"}
                    {indicator.targetDate ? (
                      <span className="block text-muted">
                        {t("targetBy")} <FormattedDay value={indicator.targetDate} />
                      </span>
                    ) : null}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {list.pageCount > 1 ? (
        <p className="mt-3" role="status">
          {t("range", { from: list.from, to: list.to, count: list.matching })}
        </p>
      ) : null}
      <Pager
        page={list.page}
        pageCount={list.pageCount}
        href={(page) =>
          listHref(base, {
            status: filter.status,
            overdue: filter.overdue ? "1" : undefined,
            pagina: page > 1 ? page : undefined,
          })
        }
        labels={{
          nav: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          pageOf: t("pageOf", { page: list.page, pages: list.pageCount }),
        }}
      />
      <ArchivedLink kind="indicator" programmeId={programmeId} />
    </>
  );
}
