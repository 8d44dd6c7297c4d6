// A horizontal bar chart in SVG, rendered on the server: one bar per category, its name on the left and its number
// at the end, so colour and pattern only help. One labelled image; the table beside it holds the same numbers.
import { patternId, type Series } from "./chart-fills";

export type Bar = { key: string; label: string; value: number; valueText: string; series: Series };

const WIDTH = 560;
const ROW = 44;
const BAR = 28;
const LABEL = 150;
const VALUE = 56;
const PAD = 8;

export function BarChart({ label, bars }: { label: string; bars: Bar[] }) {
  const height = bars.length * ROW + PAD * 2;
  const top = Math.max(1, ...bars.map((b) => b.value));
  const room = WIDTH - LABEL - VALUE;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      className="block h-auto max-w-xl text-ink"
    >
      {/* Colour and size are inherited from here instead of repeated on every shape. */}
      <g fill="currentColor" fontSize="15">
        <line x1={LABEL} x2={LABEL} y1={PAD / 2} y2={height - PAD / 2} stroke="currentColor" />
        {bars.map((bar, index) => {
          const y = PAD + index * ROW + (ROW - BAR) / 2;
          // One decimal is finer than a pixel: longer numbers only weigh on the page.
          const width = Math.round((bar.value / top) * room * 10) / 10;
          return (
            <g key={bar.key}>
              <text x={LABEL - 10} y={y + BAR / 2 + 5} textAnchor="end">
                {bar.label}
              </text>
              {bar.value > 0 ? (
                <rect
                  x={LABEL}
                  y={y}
                  width={Math.max(2, width)}
                  height={BAR}
                  fill={`url(#${patternId(bar.series)})`}
                  stroke="currentColor"
                />
              ) : null}
              <text x={LABEL + width + 8} y={y + BAR / 2 + 5} fontWeight="600">
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
