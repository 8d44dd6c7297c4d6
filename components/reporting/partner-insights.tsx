// The partner's findings and lessons of the period: each with the gemeente's comment when the report came back, to
// change or take out; and the forms to add a finding about one of the programme's assumptions, or a lesson.
import { getTranslations } from "next-intl/server";
import { removeInsightAction } from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/actions";
import { ActionButton } from "@/components/ui/action-button";
import { InsightForm } from "./insight-form";
import { type InsightRow, InsightSummary } from "./insight-summary";
import { ReviewNote } from "./review-note";

const DISCLOSURE = "cursor-pointer font-semibold text-link underline underline-offset-2";

export async function PartnerInsights({
  periodId,
  version,
  insights,
  assumptions,
}: {
  periodId: number;
  version: number;
  insights: InsightRow[];
  assumptions: { id: number; statement: string }[];
}) {
  const t = await getTranslations("partnerReport.insights");
  return (
    <section aria-labelledby="insights-title" className="flex max-w-3xl flex-col gap-4">
      <h3 id="insights-title" className="text-xl">
        {t("title")}
      </h3>
      <p>{t("intro")}</p>
      {insights.length === 0 ? <p className="text-muted">{t("none")}</p> : null}
      {insights.map((insight) => (
        <InsightSummary key={insight.id} insight={insight}>
          <ReviewNote comment={insight.reviewComment} />
          <details>
            <summary className={DISCLOSURE}>
              {t("change")}
              <span className="sr-only"> {insight.title}</span>
            </summary>
            <div className="mt-3">
              <InsightForm
                periodId={periodId}
                version={version}
                kind={insight.kind}
                insightId={insight.id}
                saved={{
                  title: insight.title,
                  body: insight.body,
                  assumptionId: insight.assumptionId === null ? "" : String(insight.assumptionId),
                  verdict: insight.verdict ?? "",
                  evidence: insight.evidence,
                }}
                assumptions={assumptions}
              />
            </div>
          </details>
          <ActionButton
            action={removeInsightAction.bind(null, periodId, insight.id)}
            label={
              <>
                {t("remove")}
                <span className="sr-only"> {insight.title}</span>
              </>
            }
            pendingLabel={t("removing")}
            hidden={{ version: String(version) }}
          />
        </InsightSummary>
      ))}
      <details className="rounded-ik border border-line p-4">
        <summary className={DISCLOSURE}>{t("newFinding")}</summary>
        <div className="mt-3">
          {assumptions.length ? (
            <InsightForm periodId={periodId} version={version} kind="finding" assumptions={assumptions} />
          ) : (
            <p>{t("noAssumptions")}</p>
          )}
        </div>
      </details>
      <details className="rounded-ik border border-line p-4">
        <summary className={DISCLOSURE}>{t("newLesson")}</summary>
        <div className="mt-3">
          <InsightForm periodId={periodId} version={version} kind="lesson" assumptions={assumptions} />
        </div>
      </details>
    </section>
  );
}
