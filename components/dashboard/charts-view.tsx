"use client";
// The dashboard's three charts, each with a table of the same numbers right beside or below it, drawn from plain
// data: the server sends the words and the counts once (DashboardCharts), and this component draws the SVG and the
// tables in the HTML and in the browser alike. Counts are whole numbers, which every browser writes as the server does.

import { useFormatter } from "next-intl";
import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";
import { ASSUMPTION_STATUSES, CYCLE_PHASES, INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { AssumptionMonth, PortfolioTotals } from "@/lib/domain/dashboard";
import { BarChart } from "./bar-chart";
import { ASSUMPTION_SERIES, ChartPatterns, INDICATOR_SERIES, PHASE_SERIES, type Series, Swatch } from "./chart-fills";
import { StackedColumnChart } from "./stacked-column-chart";

/** The texts of the charts, in the viewer's language. */
export type ChartTexts = {
  title: string;
  count: string;
  status: string;
  phase: string;
  month: string;
  total: string;
  legend: string;
  indicatorsTitle: string;
  indicatorsLabel: string;
  indicatorsEmpty: string;
  assumptionsTitle: string;
  assumptionsIntro: string;
  assumptionsLabel: string;
  assumptionsTable: string;
  assumptionsEmpty: string;
  phasesTitle: string;
  phasesLabel: string;
  indicatorStatus: Record<(typeof INDICATOR_STATUSES)[number], string>;
  assumptionStatus: Record<(typeof ASSUMPTION_STATUSES)[number], string>;
  phaseNames: Record<(typeof CYCLE_PHASES)[number], string>;
};

/** Per month of the trend: its name in the table ("december 2026 (tot nu)"), its short name under its column. */
export type MonthNames = { long: string; short: string }[];

// Cells of the chart tables: the look is set once on the table body, not on every cell.
const BODY =
  "[&_td]:border-b [&_td]:border-line [&_td]:px-3 [&_td]:py-2 [&_td]:text-right [&_td]:align-top [&_td]:tabular-nums [&_th]:border-b [&_th]:border-line [&_th]:px-3 [&_th]:py-2 [&_th]:text-left";
const HEAD = "border-b-2 border-ink px-3 py-2 font-semibold";

export function ChartsView({
  texts: t,
  totals,
  trend,
  months,
}: {
  texts: ChartTexts;
  totals: Pick<PortfolioTotals, "indicators" | "phases" | "programmes">;
  trend: Pick<AssumptionMonth, "month" | "counts">[];
  months: MonthNames;
}) {
  const format = useFormatter();
  const n = (value: number) => format.number(value);
  const hasAssumptions = trend.some((m) => ASSUMPTION_STATUSES.some((s) => m.counts[s] > 0));

  return (
    <section aria-labelledby="charts-title" className="mt-10 flex flex-col gap-10">
      <ChartPatterns />
      <h2 id="charts-title" className="text-2xl">
        {t.title}
      </h2>

      <ChartBlock id="chart-indicators" title={t.indicatorsTitle}>
        {totals.indicators.total === 0 ? (
          <p>{t.indicatorsEmpty}</p>
        ) : (
          <BarsWithTable
            keys={INDICATOR_STATUSES}
            names={t.indicatorStatus}
            values={totals.indicators}
            total={totals.indicators.total}
            series={INDICATOR_SERIES}
            label={t.indicatorsLabel}
            caption={t.indicatorsTitle}
            head={t.status}
            texts={t}
            n={n}
          />
        )}
      </ChartBlock>

      <ChartBlock id="chart-assumptions" title={t.assumptionsTitle} intro={t.assumptionsIntro}>
        {!hasAssumptions ? (
          <p>{t.assumptionsEmpty}</p>
        ) : (
          <div className="flex flex-col gap-6">
            <StackedColumnChart
              label={t.assumptionsLabel}
              legendLabel={t.legend}
              formatNumber={n}
              columns={trend.map((m, index) => ({
                key: m.month,
                label: months[index]?.short ?? m.month,
                values: m.counts,
              }))}
              series={ASSUMPTION_STATUSES.map((status) => ({
                key: status,
                label: t.assumptionStatus[status],
                series: ASSUMPTION_SERIES[status],
              }))}
            />
            <Table caption={t.assumptionsTable}>
              <thead>
                <tr>
                  <th scope="col" className={HEAD}>
                    {t.month}
                  </th>
                  {ASSUMPTION_STATUSES.map((status) => (
                    <th key={status} scope="col" className={`${HEAD} text-right`}>
                      {t.assumptionStatus[status]}
                    </th>
                  ))}
                  <th scope="col" className={`${HEAD} text-right`}>
                    {t.total}
                  </th>
                </tr>
              </thead>
              <tbody className={`${BODY} [&_th]:font-semibold [&_td:last-child]:font-semibold`}>
                {trend.map((m, index) => (
                  <tr key={m.month}>
                    <th scope="row">{months[index]?.long ?? m.month}</th>
                    {ASSUMPTION_STATUSES.map((status) => (
                      <td key={status}>{n(m.counts[status])}</td>
                    ))}
                    <td>{n(ASSUMPTION_STATUSES.reduce((sum, s) => sum + m.counts[s], 0))}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        )}
      </ChartBlock>

      <ChartBlock id="chart-phases" title={t.phasesTitle}>
        <BarsWithTable
          keys={CYCLE_PHASES}
          names={t.phaseNames}
          values={totals.phases}
          total={totals.programmes}
          series={PHASE_SERIES}
          label={t.phasesLabel}
          caption={t.phasesTitle}
          head={t.phase}
          texts={t}
          n={n}
        />
      </ChartBlock>
    </section>
  );
}

/** A bar chart of counts by key, with the same counts in a table beside it (or below it on a small screen). */
function BarsWithTable<K extends string>({
  keys,
  names,
  values,
  total,
  series,
  label,
  caption,
  head,
  texts: t,
  n,
}: {
  keys: readonly K[];
  names: Record<K, string>;
  values: Record<K, number>;
  total: number;
  series: Record<K, Series>;
  label: string;
  caption: string;
  head: string;
  texts: Pick<ChartTexts, "count" | "total">;
  n: (value: number) => string;
}) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
      <BarChart
        label={label}
        bars={keys.map((key) => ({
          key,
          label: names[key],
          value: values[key],
          valueText: n(values[key]),
          series: series[key],
        }))}
      />
      <CountTable
        series={series}
        caption={caption}
        head={head}
        count={t.count}
        total={t.total}
        rows={keys.map((key) => ({ key, label: names[key], value: n(values[key]) }))}
        totalValue={n(total)}
      />
    </div>
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
  series,
  caption,
  head,
  count,
  total,
  rows,
  totalValue,
}: {
  /** The series of the chart beside the table, by the rows' keys: the swatches' patterns. */
  series: Record<string, Series>;
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
          <th scope="col" className={HEAD}>
            {head}
          </th>
          <th scope="col" className={`${HEAD} text-right`}>
            {count}
          </th>
        </tr>
      </thead>
      <tbody className={`${BODY} [&_th]:font-normal [&_tr:last-child>*]:font-semibold`}>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <span className="flex items-center gap-2">
                {series[row.key] ? <Swatch series={series[row.key] as Series} /> : null}
                {row.label}
              </span>
            </th>
            <td>{row.value}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{total}</th>
          <td>{totalValue}</td>
        </tr>
      </tbody>
    </Table>
  );
}
