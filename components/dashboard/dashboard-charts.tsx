// The dashboard's three charts, each with a table of the same numbers right beside or below it.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";
import { ASSUMPTION_STATUSES, CYCLE_PHASES, INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { AssumptionMonth, PortfolioTotals } from "@/lib/domain/dashboard";
import { BarChart } from "./bar-chart";
import { ASSUMPTION_SERIES, INDICATOR_SERIES, PHASE_SERIES, Swatch } from "./chart-fills";
import { StackedColumnChart } from "./stacked-column-chart";

// Noon UTC on the 15th is in that month in Amsterdam whatever the season.
const midMonth = (month: string) => new Date(`${month}-15T12:00:00Z`);

export async function DashboardCharts({ totals, trend }: { totals: PortfolioTotals; trend: AssumptionMonth[] }) {
  const [t, programmesT, format] = await Promise.all([
    getTranslations("dashboard.charts"),
    getTranslations("programmes"),
    getFormatter(),
  ]);
  const n = (value: number) => format.number(value);
  const monthName = (m: AssumptionMonth) => {
    const name = format.dateTime(midMonth(m.month), { month: "long", year: "numeric" });
    return m.current ? t("monthNow", { month: name }) : name;
  };
  const hasAssumptions = trend.some((m) => ASSUMPTION_STATUSES.some((s) => m.counts[s] > 0));

  return (
    <section aria-labelledby="charts-title" className="mt-10 flex flex-col gap-10">
      <h2 id="charts-title" className="text-2xl">
        {t("title")}
      </h2>

      <ChartBlock id="chart-indicators" title={t("indicatorsTitle")}>
        {totals.indicators.total === 0 ? (
          <p>{t("indicatorsEmpty")}</p>
        ) : (
          <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
            <BarChart
              id="chart-indicators"
              label={t("indicatorsLabel")}
              bars={INDICATOR_STATUSES.map((status) => ({
                key: status,
                label: programmesT(`indicatorStatus.${status}`),
                value: totals.indicators[status],
                valueText: n(totals.indicators[status]),
                series: INDICATOR_SERIES[status],
              }))}
            />
            <CountTable
              chart="chart-indicators"
              caption={t("indicatorsTitle")}
              head={t("status")}
              count={t("count")}
              total={t("total")}
              rows={INDICATOR_STATUSES.map((status) => ({
                key: status,
                label: programmesT(`indicatorStatus.${status}`),
                value: n(totals.indicators[status]),
              }))}
              totalValue={n(totals.indicators.total)}
            />
          </div>
        )}
      </ChartBlock>

      <ChartBlock id="chart-assumptions" title={t("assumptionsTitle")} intro={t("assumptionsIntro")}>
        {!hasAssumptions ? (
          <p>{t("assumptionsEmpty")}</p>
        ) : (
          <div className="flex flex-col gap-6">
            <StackedColumnChart
              id="chart-assumptions"
              label={t("assumptionsLabel")}
              legendLabel={t("legend")}
              formatNumber={n}
              columns={trend.map((m) => ({
                key: m.month,
                label: format.dateTime(midMonth(m.month), { month: "short" }),
                values: m.counts,
              }))}
              series={ASSUMPTION_STATUSES.map((status) => ({
                key: status,
                label: programmesT(`assumptionStatus.${status}`),
                series: ASSUMPTION_SERIES[status],
              }))}
            />
            <Table caption={t("assumptionsTable")}>
              <thead>
                <tr>
                  <Th>{t("month")}</Th>
                  {ASSUMPTION_STATUSES.map((status) => (
                    <Th key={status} className="text-right">
                      {programmesT(`assumptionStatus.${status}`)}
                    </Th>
                  ))}
                  <Th className="text-right">{t("total")}</Th>
                </tr>
              </thead>
              <tbody>
                {trend.map((m) => (
                  <tr key={m.month}>
                    <th scope="row" className="border-b border-line px-3 py-2 text-left font-semibold">
                      {monthName(m)}
                    </th>
                    {ASSUMPTION_STATUSES.map((status) => (
                      <Td key={status} className="text-right tabular-nums">
                        {n(m.counts[status])}
                      </Td>
                    ))}
                    <Td className="text-right font-semibold tabular-nums">
                      {n(ASSUMPTION_STATUSES.reduce((sum, s) => sum + m.counts[s], 0))}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        )}
      </ChartBlock>

      <ChartBlock id="chart-phases" title={t("phasesTitle")}>
        <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
          <BarChart
            id="chart-phases"
            label={t("phasesLabel")}
            bars={CYCLE_PHASES.map((phase) => ({
              key: phase,
              label: programmesT(`phaseNames.${phase}`),
              value: totals.phases[phase],
              valueText: n(totals.phases[phase]),
              series: PHASE_SERIES[phase],
            }))}
          />
          <CountTable
            chart="chart-phases"
            caption={t("phasesTitle")}
            head={t("phase")}
            count={t("count")}
            total={t("total")}
            rows={CYCLE_PHASES.map((phase) => ({
              key: phase,
              label: programmesT(`phaseNames.${phase}`),
              value: n(totals.phases[phase]),
            }))}
            totalValue={n(totals.programmes)}
          />
        </div>
      </ChartBlock>
    </section>
  );
}

function ChartBlock({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    // Not a region of its own: the table inside already is one, under the same name.
    <div>
      <h3 id={`${id}-title`} className="text-xl">
        {title}
      </h3>
      {intro ? <p className="mt-1 max-w-3xl text-sm text-muted">{intro}</p> : null}
      <div className="mt-3">{children}</div>
    </div>
  );
}

function CountTable({
  chart,
  caption,
  head,
  count,
  total,
  rows,
  totalValue,
}: {
  /** The chart beside the table, whose patterns the swatches use. */
  chart: string;
  caption: string;
  head: string;
  count: string;
  total: string;
  rows: { key: string; label: string; value: string }[];
  totalValue: string;
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{head}</Th>
          <Th className="text-right">{count}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="border-b border-line px-3 py-2 text-left font-normal">
              <span className="flex items-center gap-2">
                <Swatch pattern={`${chart}-${row.key}`} />
                {row.label}
              </span>
            </th>
            <Td className="text-right tabular-nums">{row.value}</Td>
          </tr>
        ))}
        <tr>
          <th scope="row" className="border-b border-line px-3 py-2 text-left font-semibold">
            {total}
          </th>
          <Td className="text-right font-semibold tabular-nums">{totalValue}</Td>
        </tr>
      </tbody>
    </Table>
  );
}
