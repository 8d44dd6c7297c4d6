// One finding or lesson of a partner's report as it reads: its kind, title, the assumption it is about and what it
// says about it, the text and the evidence. The same on the partner's form and in the gemeente's review.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Verdict } from "@/lib/domain/constants";
import type { InsightKind } from "@/lib/domain/submissions";

export type InsightRow = {
  id: number;
  kind: InsightKind;
  title: string;
  body: string;
  assumptionId: number | null;
  assumptionStatement: string | null;
  verdict: Verdict | null;
  evidence: string;
  reviewComment: string;
  findingId: number | null;
  lessonId: number | null;
};

export function InsightSummary({ insight, children }: { insight: InsightRow; children?: ReactNode }) {
  const t = useTranslations("partnerReport.insights");
  const verdicts = useTranslations("programmes.evidence.verdicts");
  const titleId = `insight-${insight.id}-title`;
  return (
    <article
      id={`insight-${insight.id}`}
      aria-labelledby={titleId}
      className="flex flex-col gap-3 rounded-ik border border-line p-4"
    >
      <p className="text-sm font-semibold text-muted">{t(`kinds.${insight.kind}`)}</p>
      <h4 id={titleId} className="text-lg">
        {insight.title}
      </h4>
      <dl className="flex flex-col gap-2">
        {insight.kind === "finding" ? (
          <>
            <div>
              <dt className="font-semibold">{t("assumption")}</dt>
              <dd>{insight.assumptionStatement ?? t("assumptionGone")}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t("verdict")}</dt>
              <dd>{insight.verdict ? verdicts(insight.verdict) : ""}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt className="font-semibold">{insight.kind === "finding" ? t("findingBody") : t("lessonBody")}</dt>
          <dd className="whitespace-pre-line">{insight.body}</dd>
        </div>
        {insight.kind === "finding" ? (
          <div>
            <dt className="font-semibold">{t("evidence")}</dt>
            <dd className="whitespace-pre-line">{insight.evidence.trim() || t("noEvidence")}</dd>
          </div>
        ) : null}
      </dl>
      {children}
    </article>
  );
}
