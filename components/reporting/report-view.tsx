// A partner's report read-only: its values, narrative, documents, findings and lessons. The gemeente reviews it here
// (with a comment field beside each value and insight while it is handed in), and the partner reads it once handed
// in. Once approved, every part says where it went: measurements, the evidence trail, the lessons library.

import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import type { getReportIndicators } from "@/db/queries/submission-context";
import type { getReport } from "@/db/queries/submission-read";
import { type InsightRow, InsightSummary } from "./insight-summary";
import { ReportDocuments } from "./report-documents";
import { type ReportValue, ReportValues } from "./report-values";
import { ReviewNote } from "./review-note";

type Report = Awaited<ReturnType<typeof getReport>>;
type Context = Awaited<ReturnType<typeof getReportIndicators>>;

export type CommentSlots = {
  value: (value: ReportValue) => ReactNode;
  insight: (insight: InsightRow) => ReactNode;
};

const NARRATIVE = ["wentWell", "wentLess", "learned"] as const;

export async function ReportView({
  report,
  context,
  commentSlots,
}: {
  report: Report;
  context: Context;
  /** The review's comment fields, beside each value and insight. */
  commentSlots?: CommentSlots;
}) {
  const [t, source] = await Promise.all([getTranslations("partnerReport"), getTranslations("partnerSource")]);
  const { programme, period, submission } = report;
  // The gemeente's comments of the last review belong beside the parts while the partner corrects them.
  const showComments = submission?.status === "teruggestuurd";
  const partner = source("broughtInBy", { partner: period.partnerName });
  const base = `/programmes/${programme.id}`;
  return (
    <div className="flex flex-col gap-10">
      <ReportValues
        programmeId={programme.id}
        values={report.values}
        indicators={context.indicators}
        previous={context.previous}
        commentFor={commentSlots?.value}
        showComments={showComments}
        partnerName={period.partnerName}
      />
      <section aria-labelledby="narrative-title" className="flex max-w-3xl flex-col gap-3">
        <h3 id="narrative-title" className="text-xl">
          {t("narrative.title")}
        </h3>
        <dl className="flex flex-col gap-3">
          {NARRATIVE.map((name) => (
            <div key={name}>
              <dt className="font-semibold">{t(`narrative.${name}`)}</dt>
              <dd className="whitespace-pre-line">{submission?.[name].trim() || t("narrative.empty")}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ReportDocuments programmeId={programme.id} periodId={period.id} documents={report.documents} />
      <section aria-labelledby="insights-title" className="flex max-w-3xl flex-col gap-4">
        <h3 id="insights-title" className="text-xl">
          {t("insights.title")}
        </h3>
        {report.insights.length === 0 ? <p className="text-muted">{t("insights.none")}</p> : null}
        {report.insights.map((insight) => (
          <InsightSummary key={insight.id} insight={insight}>
            {insight.findingId !== null && insight.assumptionId !== null ? (
              <p className="rounded-ik bg-success-surface p-3">
                {t("insights.inTrail")}{" "}
                <Link href={`${base}/assumptions/${insight.assumptionId}`}>{t("insights.toAssumption")}</Link>{" "}
                <span className="text-muted">({partner})</span>
              </p>
            ) : null}
            {insight.lessonId !== null ? (
              <p className="rounded-ik bg-success-surface p-3">
                {t("insights.inLibrary")} <Link href={`/lessons/${insight.lessonId}`}>{t("insights.toLesson")}</Link>{" "}
                <span className="text-muted">({partner})</span>
              </p>
            ) : null}
            {showComments ? <ReviewNote comment={insight.reviewComment} /> : null}
            {commentSlots?.insight(insight)}
          </InsightSummary>
        ))}
      </section>
    </div>
  );
}
