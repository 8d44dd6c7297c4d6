// "Wat willen we bereiken?": the societal challenge, the theory of change from impact down to outputs, and the
// indicators with their baseline and target.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProgrammeReport } from "@/db/queries/report";
import type { TocLevel } from "@/lib/domain/constants";
import { cellClass, dayAsDate, Empty, ReportBlock, ReportTable } from "./report-parts";

/** Top-down: what we want to see first, what the programme delivers last. Activities belong to the next question. */
const LEVELS: TocLevel[] = ["impact", "effect", "prestatie"];

export async function ElementList({
  elements,
  titles,
  empty,
}: {
  elements: ProgrammeReport["elements"];
  titles: Map<number, string>;
  empty: string;
}) {
  const t = await getTranslations("report");
  if (elements.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {elements.map((element) => {
        const targets = element.leadsTo.map((id) => titles.get(id)).filter(Boolean);
        return (
          <li key={element.id} className="report-item border-l-4 border-line pl-3">
            <span className="font-semibold">{element.title}</span>
            {element.description ? <span className="block whitespace-pre-line">{element.description}</span> : null}
            {targets.length ? (
              <span className="block text-sm text-muted">{t("leadsTo", { titles: targets.join("; ") })}</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export async function AchieveSection({ report }: { report: ProgrammeReport }) {
  const [t, p, format] = await Promise.all([
    getTranslations("report"),
    getTranslations("programmes.indicators"),
    getFormatter(),
  ]);
  const titles = new Map(report.elements.map((e) => [e.id, e.title]));
  const withDay = (value: number | null, day: string | null, unit: string) => {
    if (value === null) return t("notRecorded");
    const amount = t("valueWithUnit", { value: format.number(value), unit });
    return day ? t("valueOn", { amount, date: format.dateTime(dayAsDate(day), "date") }) : amount;
  };

  return (
    <section aria-labelledby="question-achieve" className="report-question mt-8">
      <h2 id="question-achieve" className="border-b-4 border-primary pb-1 text-2xl">
        {t("questions.achieve")}
      </h2>

      <ReportBlock id="report-challenge" title={t("achieve.challenge")}>
        <p className="max-w-3xl whitespace-pre-line">{report.programme.societalChallenge}</p>
      </ReportBlock>

      <ReportBlock id="report-toc" title={t("achieve.tocTitle")} intro={t("achieve.tocIntro")}>
        {report.elements.length === 0 ? (
          <Empty>{t("achieve.noToc")}</Empty>
        ) : (
          <div className="flex flex-col gap-4">
            {LEVELS.map((level) => (
              <div key={level} className="report-level">
                <h4 className="font-bold">
                  {t(`levels.${level}`)} <span className="font-normal text-muted">({t(`levelMeaning.${level}`)})</span>
                </h4>
                <div className="mt-1">
                  <ElementList
                    elements={report.elements.filter((e) => e.level === level)}
                    titles={titles}
                    empty={t("noneOnLevel")}
                  />
                </div>
              </div>
            ))}
          </div>
        )}
      </ReportBlock>

      <ReportBlock id="report-targets" title={t("achieve.indicatorsTitle")} intro={t("achieve.indicatorsIntro")}>
        {report.indicators.length === 0 ? (
          <Empty>{t("noIndicators")}</Empty>
        ) : (
          <ReportTable
            caption={t("achieve.indicatorsCaption")}
            head={[t("columns.indicator"), t("columns.baseline"), t("columns.target"), t("columns.contribution")]}
          >
            {report.indicators.map((indicator) => (
              <tr key={indicator.id}>
                <td className={`${cellClass} font-semibold`}>
                  {indicator.name}
                  <span className="block text-sm font-normal text-muted">{p(`directions.${indicator.direction}`)}</span>
                </td>
                <td className={cellClass}>
                  {withDay(indicator.baselineValue, indicator.baselineDate, indicator.unit)}
                </td>
                <td className={cellClass}>{withDay(indicator.targetValue, indicator.targetDate, indicator.unit)}</td>
                <td className={cellClass}>{p(`contributions.${indicator.contribution}`)}</td>
              </tr>
            ))}
          </ReportTable>
        )}
      </ReportBlock>
    </section>
  );
}
