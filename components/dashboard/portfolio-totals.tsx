import { getFormatter, getTranslations } from "next-intl/server";
import { INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { PortfolioTotals as Totals } from "@/lib/domain/dashboard";
import { TotalsView } from "./totals-view";

/** The portfolio at a glance: the sums of the table below, which breaks every number down per programme. */
export async function PortfolioTotals({ totals }: { totals: Totals }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const n = (value: number) => format.number(value);
  return (
    <section aria-labelledby="totals-title" className="mb-8">
      <h2 id="totals-title" className="text-2xl">
        {t("totals.title")}
      </h2>
      <p className="mt-1 mb-3 text-sm text-muted">{t("totals.explain")}</p>
      <TotalsView
        cards={[
          { term: t("totals.programmes"), value: n(totals.programmes), detail: null },
          {
            term: t("totals.indicators"),
            value: n(totals.indicators.total),
            detail: INDICATOR_STATUSES.map((status) => `${n(totals.indicators[status])} ${t(`short.${status}`)}`),
          },
          {
            term: t("totals.assumptions"),
            value: n(totals.assumptions.atRisk),
            detail: t("totals.assumptionsDetail", {
              criticalUntested: n(totals.assumptions.criticalUntested),
              refuted: n(totals.assumptions.refuted),
            }),
          },
          { term: t("totals.studies"), value: n(totals.studiesRunning), detail: null },
          {
            term: t("totals.questions"),
            value: n(totals.questions.open),
            detail: t("totals.questionsDetail", { answered: n(totals.questions.answered) }),
          },
          {
            term: t("totals.corrections"),
            value: n(totals.corrections.proposed),
            detail: t("totals.correctionsDetail", {
              decided: n(totals.corrections.decided),
              waiting: totals.corrections.waiting,
            }),
          },
          {
            term: t("totals.overdue"),
            value: n(totals.overdue.measurements + totals.overdue.questions + totals.overdue.actions),
            detail: t("totals.overdueDetail", {
              measurements: totals.overdue.measurements,
              questions: totals.overdue.questions,
              actions: totals.overdue.actions,
            }),
          },
        ]}
      />
    </section>
  );
}
