// The dashboard's three charts, each with a table of the same numbers right beside or below it. The words are
// looked up here, once; ChartsView draws the charts and tables from them and the counts.
import { getFormatter, getTranslations } from "next-intl/server";
import { ASSUMPTION_STATUSES, CYCLE_PHASES, INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { AssumptionMonth, PortfolioTotals } from "@/lib/domain/dashboard";
import { ChartsView, type ChartTexts } from "./charts-view";

// Noon UTC on the 15th is in that month in Amsterdam whatever the season.
const midMonth = (month: string) => new Date(`${month}-15T12:00:00Z`);

const KEYS = [
  "title",
  "count",
  "status",
  "phase",
  "month",
  "total",
  "legend",
  "indicatorsTitle",
  "indicatorsLabel",
  "indicatorsEmpty",
  "assumptionsTitle",
  "assumptionsIntro",
  "assumptionsLabel",
  "assumptionsTable",
  "assumptionsEmpty",
  "phasesTitle",
  "phasesLabel",
] as const;

export async function DashboardCharts({ totals, trend }: { totals: PortfolioTotals; trend: AssumptionMonth[] }) {
  const [t, programmesT, format] = await Promise.all([
    getTranslations("dashboard.charts"),
    getTranslations("programmes"),
    getFormatter(),
  ]);
  const texts: ChartTexts = {
    ...(Object.fromEntries(KEYS.map((key) => [key, t(key)])) as Record<(typeof KEYS)[number], string>),
    indicatorStatus: Object.fromEntries(
      INDICATOR_STATUSES.map((status) => [status, programmesT(`indicatorStatus.${status}`)]),
    ) as ChartTexts["indicatorStatus"],
    assumptionStatus: Object.fromEntries(
      ASSUMPTION_STATUSES.map((status) => [status, programmesT(`assumptionStatus.${status}`)]),
    ) as ChartTexts["assumptionStatus"],
    phaseNames: Object.fromEntries(
      CYCLE_PHASES.map((phase) => [phase, programmesT(`phaseNames.${phase}`)]),
    ) as ChartTexts["phaseNames"],
  };
  const months = trend.map((m) => {
    const name = format.dateTime(midMonth(m.month), { month: "long", year: "numeric" });
    return {
      long: m.current ? t("monthNow", { month: name }) : name,
      short: format.dateTime(midMonth(m.month), { month: "short" }),
    };
  });
  return (
    <ChartsView
      texts={texts}
      totals={{ indicators: totals.indicators, phases: totals.phases, programmes: totals.programmes }}
      trend={trend.map(({ month, counts }) => ({ month, counts }))}
      months={months}
    />
  );
}
