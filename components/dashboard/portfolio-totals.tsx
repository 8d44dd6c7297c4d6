import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { PortfolioTotals as Totals } from "@/lib/domain/dashboard";

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
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Card term={t("totals.programmes")} value={n(totals.programmes)} />
        <Card term={t("totals.indicators")} value={n(totals.indicators.total)}>
          <ul>
            {INDICATOR_STATUSES.map((status) => (
              <li key={status}>
                {n(totals.indicators[status])} {t(`short.${status}`)}
              </li>
            ))}
          </ul>
        </Card>
        <Card term={t("totals.assumptions")} value={n(totals.assumptions.atRisk)}>
          {t("totals.assumptionsDetail", {
            criticalUntested: n(totals.assumptions.criticalUntested),
            refuted: n(totals.assumptions.refuted),
          })}
        </Card>
        <Card term={t("totals.studies")} value={n(totals.studiesRunning)} />
        <Card term={t("totals.questions")} value={n(totals.questions.open)}>
          {t("totals.questionsDetail", { answered: n(totals.questions.answered) })}
        </Card>
        <Card term={t("totals.corrections")} value={n(totals.corrections.proposed)}>
          {t("totals.correctionsDetail", {
            decided: n(totals.corrections.decided),
            waiting: totals.corrections.waiting,
          })}
        </Card>
        <Card
          term={t("totals.overdue")}
          value={n(totals.overdue.measurements + totals.overdue.questions + totals.overdue.actions)}
        >
          {t("totals.overdueDetail", {
            measurements: totals.overdue.measurements,
            questions: totals.overdue.questions,
            actions: totals.overdue.actions,
          })}
        </Card>
      </dl>
    </section>
  );
}

function Card({ term, value, children }: { term: string; value: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col rounded-ik border border-line bg-surface p-4">
      <dt className="font-semibold">{term}</dt>
      <dd className="order-first text-3xl font-bold">{value}</dd>
      {children ? <dd className="mt-1 text-sm">{children}</dd> : null}
    </div>
  );
}
