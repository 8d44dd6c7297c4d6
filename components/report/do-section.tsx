// "Wat doen we daarvoor?": the approach, the activities of the theory of change and the studies that test it, with
// their status and strength of evidence.
import { getFormatter, getTranslations } from "next-intl/server";
import { StrengthOfEvidence, StudyStatusBadge } from "@/components/studies/evidence-badges";
import type { ProgrammeReport } from "@/db/queries/report";
import { ElementList } from "./achieve-section";
import { dayAsDate, Empty, ReportBlock } from "./report-parts";

export async function DoSection({ report }: { report: ProgrammeReport }) {
  const [t, format] = await Promise.all([getTranslations("report"), getFormatter()]);
  const titles = new Map(report.elements.map((e) => [e.id, e.title]));
  const activities = report.elements.filter((e) => e.level === "activiteit");
  const day = (value: string | null) => (value ? format.dateTime(dayAsDate(value), "date") : t("notKnown"));

  return (
    <section aria-labelledby="question-do" className="report-question mt-10">
      <h2 id="question-do" className="border-b-4 border-primary pb-1 text-2xl">
        {t("questions.do")}
      </h2>

      {report.programme.description ? (
        <ReportBlock id="report-approach" title={t("do.approachTitle")}>
          <p className="max-w-3xl whitespace-pre-line">{report.programme.description}</p>
        </ReportBlock>
      ) : null}

      <ReportBlock id="report-activities" title={t("do.activitiesTitle")} intro={t("do.activitiesIntro")}>
        <ElementList elements={activities} titles={titles} empty={t("do.noActivities")} />
      </ReportBlock>

      <ReportBlock id="report-studies" title={t("do.studiesTitle")} intro={t("do.studiesIntro")}>
        {report.studies.length === 0 ? (
          <Empty>{t("do.noStudies")}</Empty>
        ) : (
          <ul className="flex flex-col gap-4">
            {report.studies.map((study) => (
              <li key={study.id} className="report-item rounded-ik border border-line p-3">
                <h4 className="font-bold">{study.title}</h4>
                <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
                  <dt className="font-semibold">{t("do.researchQuestion")}</dt>
                  <dd className="whitespace-pre-line">{study.researchQuestion}</dd>
                  <dt className="font-semibold">{t("do.status")}</dt>
                  <dd className="report-status">
                    <StudyStatusBadge status={study.status} />
                  </dd>
                  <dt className="font-semibold">{t("do.evidence")}</dt>
                  <dd>
                    <StrengthOfEvidence strength={study.evidenceStrength} />
                  </dd>
                  <dt className="font-semibold">{t("do.period")}</dt>
                  <dd>{t("do.periodValue", { start: day(study.startDate), end: day(study.endDate) })}</dd>
                  <dt className="font-semibold">{t("do.findings")}</dt>
                  <dd>{t("do.findingCount", { count: study.findingCount })}</dd>
                  {study.summary ? (
                    <>
                      <dt className="font-semibold">{t("do.summary")}</dt>
                      <dd className="whitespace-pre-line">{study.summary}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </ReportBlock>
    </section>
  );
}
