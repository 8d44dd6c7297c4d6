import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArchiveBanner } from "@/components/archive/archive-banner";
import { ArchiveSection } from "@/components/archive/archive-panels";
import { listHref, Pager } from "@/components/lists/active-filter";
import { IndicatorStatusBadge } from "@/components/programmes/badges";
import { basisValue, indicatorBases } from "@/components/programmes/indicator-bases";
import { IndicatorChart } from "@/components/programmes/indicator-chart";
import { IndicatorHistory } from "@/components/programmes/indicator-history";
import { MeasurementForm } from "@/components/programmes/measurement-form";
import { measurementHints } from "@/components/programmes/measurement-hints";
import { MeasurementImport } from "@/components/programmes/measurement-import";
import { PendingPartnerValues } from "@/components/programmes/pending-partner-values";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { archiveState } from "@/db/queries/archived";
import { indicatorHistory } from "@/db/queries/indicator-history";
import { indicatorMeasurements, MEASUREMENTS_PAGE_SIZE } from "@/db/queries/indicator-measurements";
import { getIndicator } from "@/db/queries/indicators";
import { pendingPartnerValues } from "@/db/queries/pending-values";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { assessIndicator, expectedValueOn } from "@/lib/domain/indicator-status";
import { isMeasurementOverdue } from "@/lib/domain/measurement-schedule";
import { valueRange } from "@/lib/domain/plausible";
import { todayInAmsterdam } from "@/lib/domain/time";

type Params = Promise<{ programmeId: string; indicatorId: string }>;

async function ids(params: Params) {
  const raw = await params;
  return { programmeId: idParam(raw.programmeId), indicatorId: idParam(raw.indicatorId) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const indicator = await orNotFound(getIndicator(await ids(params)));
  return { title: indicator.name };
}

export default async function IndicatorPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{
    nieuw?: string;
    opgeslagen?: string;
    meting?: string;
    ingetrokken?: string;
    geschiedenis?: string;
    gearchiveerd?: string;
    teruggezet?: string;
    pagina?: string;
    rij?: string;
  }>;
}) {
  const { programmeId, indicatorId } = await ids(params);
  const search = await searchParams;
  const historyPage = Number(search.geschiedenis) || 1;
  const showWithdrawn = search.ingetrokken === "1";
  // Without a page number, the screen that holds the measurement just corrected or withdrawn ("rij").
  const tablePage = Number(search.pagina) || undefined;
  const at = tablePage ? undefined : Number(search.rij) || undefined;
  const record = { kind: "indicator", id: indicatorId, programmeId } as const;
  const [indicator, table, programme, bases, history, pending, t, source, format, archived] = await Promise.all([
    orNotFound(getIndicator({ programmeId, indicatorId })),
    orNotFound(indicatorMeasurements({ programmeId, indicatorId, page: tablePage, at, withWithdrawn: showWithdrawn })),
    orNotFound(getProgramme({ programmeId })),
    orNotFound(indicatorBases(programmeId)),
    orNotFound(indicatorHistory({ programmeId, indicatorId, page: historyPage })),
    orNotFound(pendingPartnerValues({ programmeId, indicatorId })),
    getTranslations("programmes.indicators"),
    getTranslations("partnerSource"),
    getFormatter(),
    orNotFound(archiveState(record)),
  ]);
  const { measurements: rows, total, withdrawn } = table;
  // Nothing is added to an archived indicator: its forms wait until it is restored.
  const access = archived.archived ? { ...indicator.access, edit: false, measure: false } : indicator.access;
  const list = `/programmes/${programmeId}/indicators`;
  const here = `${list}/${indicatorId}`;
  const hints = access.measure
    ? await measurementHints({ ...indicator, startDate: programme.startDate, endDate: programme.endDate })
    : null;
  const range = valueRange(indicator);
  const link = (query: { ingetrokken?: boolean; geschiedenis?: number; pagina?: number }) =>
    listHref(here, {
      ingetrokken: query.ingetrokken ? 1 : undefined,
      pagina: query.pagina && query.pagina > 1 ? query.pagina : undefined,
      geschiedenis: query.geschiedenis && query.geschiedenis > 1 ? query.geschiedenis : undefined,
    });
  // Only the latest live measurement decides the status.
  const judged = { ...indicator, measurements: table.latest ? [table.latest] : [] };
  const assessment = assessIndicator(judged);
  const justSaved = Number(search.rij) || null;
  const due = isMeasurementOverdue(
    indicator.frequency,
    assessment.latest?.measuredOn ?? null,
    indicator.baselineDate,
    todayInAmsterdam(),
  );
  const amount = (value: number) => t("valueWithUnit", { value: format.number(value), unit: indicator.unit });
  // A point on the straight line is a calculation, not a count: a few digits say enough.
  const rounded = (value: number) =>
    Math.abs(value) >= 100
      ? Math.round(value)
      : Math.abs(value) >= 1
        ? Math.round(value * 10) / 10
        : Number(value.toPrecision(2));
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "date");
  const point = (value: number | null, date: string | null) =>
    value !== null && date !== null ? { day: date, value } : null;
  const baseline = point(indicator.baselineValue, indicator.baselineDate);
  const target = point(indicator.targetValue, indicator.targetDate);

  /** One sentence on why the status is what it is: what the straight path expected against what was measured. */
  function why(): string {
    const { status, latest, expected, progress } = assessment;
    if (!baseline || !target) return t("why.incomplete");
    if (!latest) return t("why.noMeasurement");
    if (status === "geen_gegevens" || expected === null || progress === null) return t("why.wrongDirection");
    const values = {
      date: day(latest.measuredOn),
      actual: amount(latest.value),
      expected: amount(rounded(expected)),
      target: amount(target.value),
    };
    return progress >= 1 ? t("why.reached", values) : t(`why.${status}`, values);
  }

  return (
    <>
      <BackLink href={list}>{t("back")}</BackLink>
      <div className="mt-2 flex flex-wrap items-end justify-between gap-4">
        <h2 className="text-2xl">{indicator.name}</h2>
        {access.edit ? (
          <Link href={`${list}/${indicatorId}/edit`} className={buttonClass("secondary")}>
            {t("edit")}
          </Link>
        ) : null}
      </div>
      <ArchiveBanner target={record} state={archived} search={search} />
      {search.nieuw || search.opgeslagen || search.meting === "gecorrigeerd" || search.meting === "ingetrokken" ? (
        <div className="mt-4 max-w-3xl">
          <Notice tone="success" role="status">
            {search.nieuw
              ? t("created")
              : search.opgeslagen
                ? t("saved")
                : search.meting === "gecorrigeerd"
                  ? t("correction.corrected")
                  : t("correction.withdrawn")}
          </Notice>
        </div>
      ) : null}

      <div className="mt-6 grid items-start gap-8 lg:grid-cols-2">
        <section aria-labelledby="status-title" className="rounded-ik border-2 border-primary p-5">
          <h3 id="status-title" className="text-xl">
            {t("status")}
          </h3>
          <p className="mt-2">
            <IndicatorStatusBadge status={assessment.status} />
          </p>
          <p className="mt-2">{why()}</p>
          {due.overdue && due.dueOn ? (
            <p className="mt-2 font-semibold text-danger">
              {t("overdueSince")} <FormattedDay value={due.dueOn} />
            </p>
          ) : due.dueOn ? (
            <p className="mt-2">
              {t("nextDue")} <FormattedDay value={due.dueOn} />
            </p>
          ) : null}
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold text-link">{t("ruleTitle")}</summary>
            <p className="mt-2 text-sm">{t("rule")}</p>
          </details>
        </section>

        <section aria-labelledby="definition-title">
          <h3 id="definition-title" className="text-xl">
            {t("definitionTitle")}
          </h3>
          <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(7rem,12rem)_1fr]">
            <dt className="font-semibold">{t("unit")}</dt>
            <dd>{indicator.unit}</dd>
            <dt className="font-semibold">{t("kind")}</dt>
            <dd>{t(`kinds.${indicator.kind}`)}</dd>
            <dt className="font-semibold">{t("boundsShort")}</dt>
            <dd>
              {indicator.kind === "ja_nee"
                ? t("boundsYesNo")
                : range.min !== null && range.max !== null
                  ? t("boundsBetween", { min: format.number(range.min), max: format.number(range.max) })
                  : range.min !== null
                    ? t("boundsAtLeast", { min: format.number(range.min) })
                    : range.max !== null
                      ? t("boundsAtMost", { max: format.number(range.max) })
                      : t("boundsNone")}
            </dd>
            <dt className="font-semibold">{t("direction")}</dt>
            <dd>{t(`directions.${indicator.direction}`)}</dd>
            <dt className="font-semibold">{t("basis")}</dt>
            <dd>{bases.find((b) => b.value === basisValue(indicator))?.label ?? t("noBasisShort")}</dd>
            <dt className="font-semibold">{t("baseline")}</dt>
            <dd>{baseline ? t("valueOn", { value: amount(baseline.value), date: day(baseline.day) }) : t("notSet")}</dd>
            <dt className="font-semibold">{t("target")}</dt>
            <dd>{target ? t("valueBy", { value: amount(target.value), date: day(target.day) }) : t("notSet")}</dd>
            <dt className="font-semibold">{t("source")}</dt>
            <dd>{indicator.source || "—"}</dd>
            <dt className="font-semibold">{t("frequency")}</dt>
            <dd>{t(`frequencies.${indicator.frequency}`)}</dd>
            <dt className="font-semibold">{t("contribution")}</dt>
            <dd>
              <span className="font-semibold">{t(`contributions.${indicator.contribution}`)}:</span>{" "}
              {t(`contributionMeaning.${indicator.contribution}`)}
            </dd>
          </dl>
        </section>
      </div>

      <section id="metingen" aria-labelledby="measurements-title" className="mt-8">
        <h3 id="measurements-title" className="text-xl">
          {t("measurementsTitle", { count: total })}
        </h3>
        {total === 0 ? (
          <p className="mt-2 max-w-3xl">{access.measure ? t("noMeasurementsMeasure") : t("noMeasurements")}</p>
        ) : null}
        {withdrawn > 0 ? (
          <p className="mt-2">
            <Link href={`${link({ ingetrokken: !showWithdrawn, geschiedenis: historyPage })}#metingen`}>
              {showWithdrawn ? t("hideWithdrawn") : t("showWithdrawn", { count: withdrawn })}
            </Link>
          </p>
        ) : null}
        <div className="mt-3 grid grid-cols-1 items-start gap-6 2xl:grid-cols-2">
          {total > 0 || baseline || target ? (
            <div>
              <IndicatorChart
                measurements={table.series}
                baseline={baseline}
                target={target}
                label={t("chartLabel", { name: indicator.name })}
              />
              {table.averaged ? (
                <p className="mt-2 text-sm">{t("chartAveraged", { points: table.series.length, count: total })}</p>
              ) : null}
            </div>
          ) : null}
          {rows.length > 0 ? (
            <div>
              <Table caption={t("measurementsCaption", { name: indicator.name })}>
                <thead>
                  <tr>
                    <Th>{t("measuredOn")}</Th>
                    <Th>{t("value")}</Th>
                    <Th>{t("expected")}</Th>
                    <Th>{t("note")}</Th>
                    <Th>{t("enteredBy")}</Th>
                    <Th>
                      <span className="sr-only">{t("correctColumn")}</span>
                    </Th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((m) => {
                    const expected = expectedValueOn(judged, m.measuredOn);
                    const isWithdrawn = m.withdrawnAt !== null;
                    return (
                      <tr
                        key={m.id}
                        className={
                          [isWithdrawn ? "text-muted" : "", m.id === justSaved ? "bg-info-surface" : ""]
                            .join(" ")
                            .trim() || undefined
                        }
                      >
                        <Td className="whitespace-nowrap">
                          <FormattedDay value={m.measuredOn} />
                          {isWithdrawn ? (
                            <span className="block text-sm font-semibold">{t("withdrawnMark")}</span>
                          ) : null}
                        </Td>
                        <Td className="whitespace-nowrap">
                          <span className={isWithdrawn ? "line-through" : undefined}>{amount(m.value)}</span>
                          {!isWithdrawn && m.version > 1 ? (
                            <span className="block text-sm text-muted">{t("correctedMark")}</span>
                          ) : null}
                        </Td>
                        <Td className="whitespace-nowrap">{expected === null ? "—" : amount(rounded(expected))}</Td>
                        <Td className="text-sm whitespace-pre-line">
                          {isWithdrawn ? `${t("withdrawReasonLabel")}: ${m.withdrawReason ?? ""}` : m.note || "—"}
                        </Td>
                        <Td className="text-sm">
                          {m.enteredByName}
                          {m.partnerName ? (
                            <span className="block text-muted">
                              {source("broughtInBy", { partner: m.partnerName })}
                            </span>
                          ) : null}
                        </Td>
                        <Td className="text-sm whitespace-nowrap">
                          <Link href={`${here}/measurements/${m.id}`}>
                            {access.measure && !isWithdrawn ? t("correctLink") : t("detailsLink")}
                            <span className="sr-only"> {t("ofMeasurement", { date: day(m.measuredOn) })}</span>
                          </Link>
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
              {table.pageCount > 1 ? (
                <p className="mt-2">
                  {t("measurementsShown", {
                    from: (table.page - 1) * MEASUREMENTS_PAGE_SIZE + 1,
                    to: (table.page - 1) * MEASUREMENTS_PAGE_SIZE + rows.length,
                    count: table.matching,
                  })}
                </p>
              ) : null}
              <Pager
                page={table.page}
                pageCount={table.pageCount}
                href={(n) => `${link({ ingetrokken: showWithdrawn, geschiedenis: historyPage, pagina: n })}#metingen`}
                labels={{
                  nav: t("measurementPages"),
                  previous: t("newerMeasurements"),
                  next: t("olderMeasurements"),
                  pageOf: t("history.pageOf", { page: table.page, pages: table.pageCount }),
                }}
              />
            </div>
          ) : null}
        </div>
      </section>

      <PendingPartnerValues
        values={pending.values}
        indicatorName={indicator.name}
        amount={amount}
        forPartner={pending.ownOrganisationOnly}
      />

      {access.measure ? (
        <div className="mt-10 grid gap-8 border-t border-line pt-6 lg:grid-cols-[2fr_3fr]">
          <section aria-labelledby="add-measurement-title">
            <h3 id="add-measurement-title" className="mb-3 text-xl">
              {t("measurement.title")}
            </h3>
            <MeasurementForm
              programmeId={programmeId}
              indicatorId={indicatorId}
              unit={indicator.unit}
              valueHint={hints?.value ?? ""}
              dayHint={hints?.day ?? ""}
            />
          </section>
          <section aria-labelledby="import-title">
            <h3 id="import-title" className="mb-3 text-xl">
              {t("import.title")}
            </h3>
            <MeasurementImport programmeId={programmeId} indicatorId={indicatorId} />
          </section>
        </div>
      ) : null}

      <section aria-labelledby="history-title" className="mt-10 border-t border-line pt-6">
        <h3 id="history-title" className="text-xl">
          {t("history.title")}
        </h3>
        <p className="mt-1 max-w-3xl">{t("history.intro")}</p>
        {history.total === 0 ? (
          <p className="mt-2">{t("history.empty")}</p>
        ) : (
          <IndicatorHistory
            entries={history.entries}
            unit={indicator.unit}
            page={history.page}
            pages={history.pages}
            pageHref={(n) =>
              `${link({ ingetrokken: showWithdrawn, pagina: table.page, geschiedenis: n })}#history-title`
            }
            measurementHref={(id) => `${here}/measurements/${id}`}
          />
        )}
      </section>
      <ArchiveSection target={record} state={archived} />
    </>
  );
}
