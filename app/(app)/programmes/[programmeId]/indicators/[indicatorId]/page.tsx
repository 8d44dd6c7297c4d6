import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArchiveBanner, ArchiveSection } from "@/components/archive/archive-panels";
import { IndicatorStatusBadge } from "@/components/programmes/badges";
import { basisValue, indicatorBases } from "@/components/programmes/indicator-bases";
import { IndicatorChart } from "@/components/programmes/indicator-chart";
import { MeasurementForm } from "@/components/programmes/measurement-form";
import { MeasurementImport } from "@/components/programmes/measurement-import";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { FormattedDay } from "@/components/ui/formatted-date";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { archiveState } from "@/db/queries/archived";
import { getIndicator } from "@/db/queries/indicators";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { assessIndicator, expectedValueOn } from "@/lib/domain/indicator-status";
import { isMeasurementOverdue } from "@/lib/domain/measurement-schedule";
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
  searchParams: Promise<{ nieuw?: string; opgeslagen?: string; gearchiveerd?: string; teruggezet?: string }>;
}) {
  const { programmeId, indicatorId } = await ids(params);
  const record = { kind: "indicator", id: indicatorId, programmeId } as const;
  const [indicator, bases, search, t, format, archived] = await Promise.all([
    orNotFound(getIndicator({ programmeId, indicatorId })),
    orNotFound(indicatorBases(programmeId)),
    searchParams,
    getTranslations("programmes.indicators"),
    getFormatter(),
    orNotFound(archiveState(record)),
  ]);
  const { measurements } = indicator;
  // Nothing is added to an archived indicator: its forms wait until it is restored.
  const access = archived.archived ? { ...indicator.access, edit: false, measure: false } : indicator.access;
  const list = `/programmes/${programmeId}/indicators`;
  const assessment = assessIndicator(indicator);
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
      {search.nieuw || search.opgeslagen ? (
        <div className="mt-4 max-w-3xl">
          <Notice tone="success" role="status">
            {search.nieuw ? t("created") : t("saved")}
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

      <section aria-labelledby="measurements-title" className="mt-8">
        <h3 id="measurements-title" className="text-xl">
          {t("measurementsTitle", { count: measurements.length })}
        </h3>
        {measurements.length === 0 ? (
          <p className="mt-2 max-w-3xl">{access.measure ? t("noMeasurementsMeasure") : t("noMeasurements")}</p>
        ) : null}
        <div className="mt-3 grid items-start gap-6 xl:grid-cols-2">
          {measurements.length > 0 || baseline || target ? (
            <IndicatorChart
              measurements={measurements.map((m) => ({ day: m.measuredOn, value: m.value }))}
              baseline={baseline}
              target={target}
              label={t("chartLabel", { name: indicator.name })}
            />
          ) : null}
          {measurements.length > 0 ? (
            <Table caption={t("measurementsCaption", { name: indicator.name })}>
              <thead>
                <tr>
                  <Th>{t("measuredOn")}</Th>
                  <Th>{t("value")}</Th>
                  <Th>{t("expected")}</Th>
                  <Th>{t("note")}</Th>
                  <Th>{t("enteredBy")}</Th>
                </tr>
              </thead>
              <tbody>
                {measurements.map((m) => {
                  const expected = expectedValueOn(indicator, m.measuredOn);
                  return (
                    <tr key={m.id}>
                      <Td className="whitespace-nowrap">
                        <FormattedDay value={m.measuredOn} />
                      </Td>
                      <Td className="whitespace-nowrap">{amount(m.value)}</Td>
                      <Td className="whitespace-nowrap">{expected === null ? "—" : amount(rounded(expected))}</Td>
                      <Td className="text-sm whitespace-pre-line">{m.note || "—"}</Td>
                      <Td className="text-sm">{m.enteredByName}</Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          ) : null}
        </div>
      </section>

      {access.measure ? (
        <div className="mt-10 grid gap-8 border-t border-line pt-6 lg:grid-cols-[2fr_3fr]">
          <section aria-labelledby="add-measurement-title">
            <h3 id="add-measurement-title" className="mb-3 text-xl">
              {t("measurement.title")}
            </h3>
            <MeasurementForm programmeId={programmeId} indicatorId={indicatorId} unit={indicator.unit} />
          </section>
          <section aria-labelledby="import-title">
            <h3 id="import-title" className="mb-3 text-xl">
              {t("import.title")}
            </h3>
            <MeasurementImport programmeId={programmeId} indicatorId={indicatorId} />
          </section>
        </div>
      ) : null}
      <ArchiveSection target={record} state={archived} />
    </>
  );
}
