// "Wat heeft het opgeleverd?": the indicators against their targets with their status in words, what we now know of
// the assumptions, the course corrections that were decided, and the lessons learned.
import { getFormatter, getTranslations } from "next-intl/server";
import { markdownLabels, PageMarkdown } from "@/components/pages/markdown";
import { AssumptionStatusBadge, CriticalityBadge, IndicatorStatusBadge } from "@/components/programmes/badges";
import type { ProgrammeReport } from "@/db/queries/report";
import { compareByRisk } from "@/lib/domain/assumption-risk";
import { INDICATOR_STATUSES } from "@/lib/domain/constants";
import { assessIndicator } from "@/lib/domain/indicator-status";
import { cellClass, dayAsDate, Empty, ReportBlock, ReportTable } from "./report-parts";

export async function ResultSection({ report }: { report: ProgrammeReport }) {
  const [t, c, m, format] = await Promise.all([
    getTranslations("report"),
    getTranslations("programmes.corrections"),
    getTranslations("pages.markdown"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, "date");
  const amount = (value: number, unit: string) => t("valueWithUnit", { value: format.number(value), unit });
  const assessed = report.indicators.map((indicator) => ({ indicator, assessment: assessIndicator(indicator) }));
  const statusesShown = INDICATOR_STATUSES.filter((s) => assessed.some((a) => a.assessment.status === s));
  const assumptions = [...report.assumptions].sort(compareByRisk);

  return (
    <section aria-labelledby="question-result" className="report-question mt-10">
      <h2 id="question-result" className="border-b-4 border-primary pb-1 text-2xl">
        {t("questions.result")}
      </h2>

      <ReportBlock id="report-progress" title={t("result.indicatorsTitle")} intro={t("result.indicatorsIntro")}>
        {assessed.length === 0 ? (
          <Empty>{t("noIndicators")}</Empty>
        ) : (
          <>
            <ReportTable
              caption={t("result.indicatorsCaption")}
              head={[t("columns.indicator"), t("columns.latest"), t("columns.target"), t("columns.status")]}
            >
              {assessed.map(({ indicator, assessment }) => (
                <tr key={indicator.id}>
                  <td className={`${cellClass} font-semibold`}>{indicator.name}</td>
                  <td className={cellClass}>
                    {assessment.latest
                      ? t("valueOn", {
                          amount: amount(assessment.latest.value, indicator.unit),
                          date: date(dayAsDate(assessment.latest.measuredOn)),
                        })
                      : t("result.noMeasurement")}
                  </td>
                  <td className={cellClass}>
                    {indicator.targetValue === null
                      ? t("notRecorded")
                      : indicator.targetDate
                        ? t("valueOn", {
                            amount: amount(indicator.targetValue, indicator.unit),
                            date: date(dayAsDate(indicator.targetDate)),
                          })
                        : amount(indicator.targetValue, indicator.unit)}
                  </td>
                  <td className={`${cellClass} report-status`}>
                    <IndicatorStatusBadge status={assessment.status} />
                  </td>
                </tr>
              ))}
            </ReportTable>
            <h4 className="mt-3 font-semibold">{t("result.statusMeaningTitle")}</h4>
            <ul className="mt-1 flex flex-col gap-1 text-sm">
              {statusesShown.map((status) => (
                <li key={status}>{t(`result.statusMeaning.${status}`)}</li>
              ))}
            </ul>
          </>
        )}
      </ReportBlock>

      <ReportBlock id="report-assumptions" title={t("result.assumptionsTitle")} intro={t("result.assumptionsIntro")}>
        {assumptions.length === 0 ? (
          <Empty>{t("result.noAssumptions")}</Empty>
        ) : (
          <ul className="flex flex-col gap-3">
            {assumptions.map((assumption) => (
              <li key={assumption.id} className="report-item border-l-4 border-line pl-3">
                <p className="font-semibold">{assumption.statement}</p>
                <p className="report-status mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <span>{t("result.criticality")}</span>
                  <CriticalityBadge criticality={assumption.criticality} />
                  <span>{t("result.status")}</span>
                  <AssumptionStatusBadge status={assumption.status} />
                </p>
                {assumption.lastChange ? (
                  <p className="mt-1">
                    <span className="text-muted">
                      {t("result.lastChange", {
                        date: date(assumption.lastChange.changedAt),
                        name: assumption.lastChange.changedByName,
                      })}
                    </span>{" "}
                    <span className="whitespace-pre-line">{assumption.lastChange.reason}</span>
                  </p>
                ) : (
                  <p className="mt-1 text-muted">{t("result.notTested")}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </ReportBlock>

      <ReportBlock id="report-corrections" title={t("result.correctionsTitle")} intro={t("result.correctionsIntro")}>
        {report.corrections.length === 0 ? (
          <Empty>{t("result.noCorrections")}</Empty>
        ) : (
          <ul className="flex flex-col gap-4">
            {report.corrections.map((correction) => (
              <li key={correction.id} className="report-item rounded-ik border border-line p-3">
                <h4 className="font-bold">{correction.title}</h4>
                <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
                  <dt className="font-semibold">{t("result.whatChanges")}</dt>
                  <dd className="whitespace-pre-line">{correction.whatChanges}</dd>
                  <dt className="font-semibold">{t("result.why")}</dt>
                  <dd className="whitespace-pre-line">{correction.why}</dd>
                  <dt className="font-semibold">{t("result.decision")}</dt>
                  <dd>
                    {correction.decidedAt
                      ? t("result.decidedBy", {
                          level: t(`decisionLevels.${correction.decisionLevel}`),
                          date: date(correction.decidedAt),
                          name: correction.decidedByName ?? "—",
                        })
                      : t("result.decidedByLevel", { level: t(`decisionLevels.${correction.decisionLevel}`) })}{" "}
                    {t("result.correctionStatus", { status: c(`statuses.${correction.status}`) })}
                    {correction.decisionNote ? (
                      <span className="block whitespace-pre-line">{correction.decisionNote}</span>
                    ) : null}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </ReportBlock>

      <ReportBlock id="report-lessons" title={t("result.lessonsTitle")} intro={t("result.lessonsIntro")}>
        {report.lessons.length === 0 ? (
          <Empty>{t("result.noLessons")}</Empty>
        ) : (
          <ul className="flex flex-col gap-4">
            {report.lessons.map((lesson) => (
              <li key={lesson.id} className="report-item border-l-4 border-line pl-3">
                <h4 className="font-bold">{lesson.title}</h4>
                <div className="mt-1">
                  <PageMarkdown labels={markdownLabels(m)} markdown={lesson.body} lineBreaks topHeading={5} />
                </div>
                {lesson.context ? (
                  <p className="mt-1 whitespace-pre-line">
                    <span className="font-semibold">{t("result.context")}</span> {lesson.context}
                  </p>
                ) : null}
                <p className="mt-1 text-sm text-muted">
                  {t("result.recorded", { date: date(lesson.createdAt), name: lesson.createdByName })}
                  {lesson.tags.length ? ` · ${t("result.tags", { tags: lesson.tags.join(", ") })}` : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </ReportBlock>
    </section>
  );
}
