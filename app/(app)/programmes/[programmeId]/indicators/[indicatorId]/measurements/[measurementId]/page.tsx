import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { IndicatorHistory } from "@/components/programmes/indicator-history";
import { MeasurementCorrectionForm, MeasurementWithdrawForm } from "@/components/programmes/measurement-correction";
import { measurementHints } from "@/components/programmes/measurement-hints";
import { BackLink } from "@/components/ui/back-link";
import { FormattedDate, FormattedDay } from "@/components/ui/formatted-date";
import { Notice } from "@/components/ui/notice";
import { indicatorHistory } from "@/db/queries/indicator-history";
import { getMeasurement } from "@/db/queries/measurements";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { numberForInput } from "@/lib/domain/number-text";

type Params = Promise<{ programmeId: string; indicatorId: string; measurementId: string }>;

async function ids(params: Params) {
  const raw = await params;
  return {
    programmeId: idParam(raw.programmeId),
    indicatorId: idParam(raw.indicatorId),
    measurementId: idParam(raw.measurementId),
  };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ indicator, measurement }, t, format] = await Promise.all([
    orNotFound(getMeasurement(await ids(params))),
    getTranslations("programmes.indicators.correction"),
    getFormatter(),
  ]);
  const date = format.dateTime(new Date(`${measurement.measuredOn}T12:00:00Z`), "date");
  return { title: t("pageTitle", { name: indicator.name, date }) };
}

/** One measurement: as it is now, its history, and (for who may measure) correcting or withdrawing it. */
export default async function MeasurementPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ geschiedenis?: string }>;
}) {
  const which = await ids(params);
  const page = Number((await searchParams).geschiedenis) || 1;
  const [{ indicator, measurement, access }, history, t, source, format] = await Promise.all([
    orNotFound(getMeasurement(which)),
    orNotFound(indicatorHistory({ ...which, page })),
    getTranslations("programmes.indicators"),
    getTranslations("partnerSource"),
    getFormatter(),
  ]);
  const hints = await measurementHints(indicator);
  const base = `/programmes/${which.programmeId}/indicators/${which.indicatorId}`;
  const here = `${base}/measurements/${which.measurementId}`;
  const withdrawn = measurement.withdrawnAt !== null;
  const amount = t("valueWithUnit", { value: format.number(measurement.value), unit: indicator.unit });

  return (
    <>
      <BackLink href={`${base}#metingen`}>{t("correction.back", { name: indicator.name })}</BackLink>
      <h2 className="mt-2 text-2xl">
        {t("correction.title")} <FormattedDay value={measurement.measuredOn} />
      </h2>
      <p className="mt-1 text-muted">{indicator.name}</p>

      <section aria-labelledby="now-title" className="mt-6 max-w-3xl">
        <h3 id="now-title" className="text-xl">
          {t("correction.now")}
        </h3>
        {withdrawn ? (
          <div className="mt-2">
            <Notice tone="warning" title={t("correction.isWithdrawn")}>
              {t("correction.withdrawnBy", { who: measurement.withdrawnByName ?? t("history.someone") })}{" "}
              <FormattedDate value={measurement.withdrawnAt} />. {t("history.reason")}: {measurement.withdrawReason}
            </Notice>
          </div>
        ) : null}
        <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(7rem,12rem)_1fr]">
          <dt className="font-semibold">{t("measuredOn")}</dt>
          <dd>
            <FormattedDay value={measurement.measuredOn} />
          </dd>
          <dt className="font-semibold">{t("value")}</dt>
          <dd>{amount}</dd>
          <dt className="font-semibold">{t("note")}</dt>
          <dd className="whitespace-pre-line">{measurement.note || "—"}</dd>
          <dt className="font-semibold">{t("enteredBy")}</dt>
          <dd>{measurement.enteredByName}</dd>
          {measurement.partnerName ? (
            <>
              <dt className="font-semibold">{source("label")}</dt>
              <dd>{measurement.partnerName}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {access.measure && !withdrawn ? (
        <div className="mt-8 grid gap-8 border-t border-line pt-6 lg:grid-cols-2">
          <section aria-labelledby="correct-title">
            <h3 id="correct-title" className="text-xl">
              {t("correction.correctTitle")}
            </h3>
            <p className="mt-1 mb-3 max-w-xl">{t("correction.correctIntro")}</p>
            <MeasurementCorrectionForm
              ids={which}
              unit={indicator.unit}
              valueHint={hints.value}
              dayHint={hints.day}
              measurement={{
                measuredOn: measurement.measuredOn,
                value: numberForInput(measurement.value),
                note: measurement.note,
                version: measurement.version,
              }}
            />
          </section>
          <section aria-labelledby="withdraw-title">
            <h3 id="withdraw-title" className="text-xl">
              {t("correction.withdrawTitle")}
            </h3>
            <p className="mt-1 mb-3 max-w-xl">{t("correction.withdrawIntro")}</p>
            <MeasurementWithdrawForm ids={which} version={measurement.version} />
          </section>
        </div>
      ) : null}

      <section aria-labelledby="measurement-history-title" className="mt-10">
        <h3 id="measurement-history-title" className="text-xl">
          {t("history.measurementTitle")}
        </h3>
        {history.total === 0 ? (
          <p className="mt-2">{t("history.measurementEmpty")}</p>
        ) : (
          <IndicatorHistory
            entries={history.entries}
            unit={indicator.unit}
            page={history.page}
            pages={history.pages}
            pageHref={(n) => `${here}?geschiedenis=${n}`}
          />
        )}
      </section>
    </>
  );
}
