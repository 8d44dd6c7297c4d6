// The gemeente's review of a handed-in report: the report read-only with an optional comment field beside each value
// and insight, then approving it or sending it back with comments.
import { getTranslations } from "next-intl/server";
import type { getReportIndicators } from "@/db/queries/submission-context";
import type { getReport } from "@/db/queries/submission-read";
import { commentField } from "@/lib/validation/reporting";
import { ReportView } from "./report-view";
import { ApproveForm, ReviewComment, ReviewProvider, SendBackForm } from "./review-forms";

type Report = Awaited<ReturnType<typeof getReport>>;
type Context = Awaited<ReturnType<typeof getReportIndicators>>;

export async function ReviewPanel({
  report,
  context,
  ids,
  version,
}: {
  report: Report;
  context: Context;
  ids: { programmeId: number; periodId: number; submissionId: number };
  version: number;
}) {
  const t = await getTranslations("partnerReport.review");
  // What a refusal can point to: the parts by their names.
  const parts = {
    ...Object.fromEntries(report.values.map((value) => [`value-${value.id}`, value.indicatorName])),
    ...Object.fromEntries(report.insights.map((insight) => [`insight-${insight.id}`, insight.title])),
  };
  const comments = {
    ...Object.fromEntries(
      report.values.map((value) => [commentField("v", value.id), t("valueComment", { name: value.indicatorName })]),
    ),
    ...Object.fromEntries(
      report.insights.map((insight) => [commentField("i", insight.id), t("insightComment", { name: insight.title })]),
    ),
  };
  return (
    <ReviewProvider ids={ids}>
      <ReportView
        report={report}
        context={context}
        commentSlots={{
          value: (value) => <ReviewComment kind="v" id={value.id} name={value.indicatorName} />,
          insight: (insight) => <ReviewComment kind="i" id={insight.id} name={insight.title} />,
        }}
      />
      <section aria-labelledby="review-title" className="mt-10 flex max-w-3xl flex-col gap-6 border-t border-line pt-6">
        <h3 id="review-title" className="text-xl">
          {t("title")}
        </h3>
        <div className="flex flex-col gap-3">
          <h4 className="text-lg">{t("approveTitle")}</h4>
          <ApproveForm ids={ids} version={version} labels={parts} />
        </div>
        <div className="flex flex-col gap-3">
          <h4 className="text-lg">{t("sendBackTitle")}</h4>
          <SendBackForm version={version} labels={comments} />
        </div>
      </section>
    </ReviewProvider>
  );
}
