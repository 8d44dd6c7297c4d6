// Stacked columns in SVG, rendered on the server: one column per period, one segment per series, with the number in
// each segment that is tall enough and the total above the column. The legend and the table carry the same data.
import { LABEL_BACKGROUND, patternId, type Series, Swatch } from "./chart-fills";

export type Column = { key: string; label: string; values: Record<string, number> };
export type ColumnSeries = { key: string; label: string; series: Series };

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { left: 44, right: 12, top: 24, bottom: 36 };

const round = (value: number) => Math.round(value * 10) / 10;

/** Whole-number ticks from 0 that cover `top`: at most about five of them. */
function ticks(top: number): number[] {
  const step = Math.max(1, Math.ceil(top / 5));
  return Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
}

export function StackedColumnChart({
  label,
  legendLabel,
  columns,
  series,
  formatNumber,
}: {
  label: string;
  legendLabel: string;
  columns: Column[];
  series: ColumnSeries[];
  formatNumber: (value: number) => string;
}) {
  const totals = columns.map((c) => series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0));
  const axis = ticks(Math.max(1, ...totals));
  const top = axis.at(-1) ?? 1;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * plotHeight;
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, columns.length);
  // One decimal is finer than a pixel: longer numbers only weigh on the page.
  const barWidth = round(Math.min(64, slot * 0.6));

  return (
    <div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={label}
        className="block h-auto max-w-2xl text-ink"
      >
        {/* Colour and size are inherited from here instead of repeated on every shape. */}
        <g fill="currentColor" fontSize="14" textAnchor="middle">
          {axis.map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="var(--ik-color-border)" />
              <text x={PAD.left - 8} y={y(tick) + 5} textAnchor="end">
                {formatNumber(tick)}
              </text>
            </g>
          ))}
          {columns.map((column, index) => {
            const x = round(PAD.left + index * slot + (slot - barWidth) / 2);
            const middle = round(x + barWidth / 2);
            let base = 0;
            return (
              <g key={column.key}>
                {series.map((s) => {
                  const value = column.values[s.key] ?? 0;
                  if (value <= 0) return null;
                  const y1 = round(y(base + value));
                  const h = round(y(base) - y1);
                  base += value;
                  return (
                    <g key={s.key}>
                      <rect
                        x={x}
                        y={y1}
                        width={barWidth}
                        height={h}
                        fill={`url(#${patternId(s.series)})`}
                        stroke="currentColor"
                      />
                      {h >= 20 ? (
                        <>
                          <use href={`#${LABEL_BACKGROUND}`} x={round(middle - 13)} y={round(y1 + h / 2 - 10)} />
                          <text x={middle} y={round(y1 + h / 2 + 5)} fontSize="13">
                            {formatNumber(value)}
                          </text>
                        </>
                      ) : null}
                    </g>
                  );
                })}
                <text x={middle} y={round(y(base) - 6)} fontWeight="600">
                  {formatNumber(totals[index] ?? 0)}
                </text>
                <text x={middle} y={HEIGHT - PAD.bottom + 22}>
                  {column.label}
                </text>
              </g>
            );
          })}
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={HEIGHT - PAD.bottom}
            y2={HEIGHT - PAD.bottom}
            stroke="currentColor"
          />
        </g>
      </svg>
      <ul aria-label={legendLabel} className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-2">
            <Swatch series={s.series} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
