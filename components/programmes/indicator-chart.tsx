"use client";
// The course of an indicator in SVG: its measurements, the baseline, the target and the straight path between them.
// One labelled image: the table beside it holds the same data for screen readers. Shapes and dashes, not colour
// alone, tell the series apart. It measures its own width so the text keeps its size on a phone.
import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState } from "react";

export type ChartPoint = { day: string; value: number };

const HEIGHT = 260;
const PAD = { left: 64, right: 28, top: 16, bottom: 40 };
const DAY_MS = 86_400_000;
const COLOURS = {
  measured: "var(--ik-color-primary)",
  baseline: "var(--ik-color-text)",
  target: "var(--ik-color-success)",
  path: "var(--ik-color-text-muted)",
  grid: "var(--ik-color-border)",
};

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
// Noon UTC is the same calendar day in Amsterdam whatever the season.
const dateOf = (dayNo: number) => new Date(dayNo * DAY_MS + DAY_MS / 2);

/** Round values for the vertical axis that cover every value given (0, 25, 50 … rather than 3, 27, 51 …). */
export function valueTicks(values: number[]): number[] {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    const pad = Math.abs(low) * 0.1 || 1;
    low -= pad;
    high += pad;
  }
  const raw = (high - low) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const n = raw / magnitude;
  const step = (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * magnitude;
  const first = Math.floor(low / step) * step;
  const count = Math.ceil((high - first) / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Number((first + i * step).toPrecision(12)));
}

export function IndicatorChart({
  measurements,
  baseline,
  target,
  label,
}: {
  /** In date order. */
  measurements: ChartPoint[];
  baseline: ChartPoint | null;
  target: ChartPoint | null;
  /** What the image shows, pointing to the table with the same data. */
  label: string;
}) {
  const t = useTranslations("programmes.indicators.chart");
  const format = useFormatter();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(280, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const all = [...measurements, ...(baseline ? [baseline] : []), ...(target ? [target] : [])];
  if (all.length === 0) return null;

  const days = all.map((p) => dayNumber(p.day));
  let [firstDay, lastDay] = [Math.min(...days), Math.max(...days)];
  // A month at least, so the date labels differ.
  if (lastDay - firstDay < 30) [firstDay, lastDay] = [(firstDay + lastDay) / 2 - 15, (firstDay + lastDay) / 2 + 15];
  const ticks = valueTicks(all.map((p) => p.value));
  const [low, high] = [ticks[0] ?? 0, ticks.at(-1) ?? 1];
  const x = (day: string) =>
    PAD.left + ((dayNumber(day) - firstDay) / (lastDay - firstDay)) * (width - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - ((value - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const dayTickCount = width < 480 ? 3 : 5;
  const dayTicks = Array.from({ length: dayTickCount }, (_, i) =>
    Math.round(firstDay + (i * (lastDay - firstDay)) / (dayTickCount - 1)),
  );
  const dayLabel = (dayNo: number) =>
    format.dateTime(dateOf(dayNo), { day: "numeric", month: "numeric", year: "numeric" });
  const line = measurements.map((p) => `${x(p.day)},${y(p.value)}`).join(" ");
  const diamond = (cx: number, cy: number, r: number) =>
    `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`;

  return (
    <div ref={box} className="w-full">
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" role="img" aria-label={label} className="block text-ink">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} stroke={COLOURS.grid} />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="currentColor">
              {format.number(tick)}
            </text>
          </g>
        ))}
        {dayTicks.map((dayNo, i) => {
          const px = PAD.left + ((dayNo - firstDay) / (lastDay - firstDay)) * (width - PAD.left - PAD.right);
          const anchor = i === 0 ? "start" : i === dayTicks.length - 1 ? "end" : "middle";
          return (
            <g key={dayNo}>
              <line x1={px} x2={px} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom + 5} stroke="currentColor" />
              <text x={px} y={HEIGHT - PAD.bottom + 20} textAnchor={anchor} fontSize="12" fill="currentColor">
                {dayLabel(dayNo)}
              </text>
            </g>
          );
        })}
        <line
          x1={PAD.left}
          x2={width - PAD.right}
          y1={HEIGHT - PAD.bottom}
          y2={HEIGHT - PAD.bottom}
          stroke="currentColor"
        />
        {baseline && target ? (
          <line
            x1={x(baseline.day)}
            y1={y(baseline.value)}
            x2={x(target.day)}
            y2={y(target.value)}
            stroke={COLOURS.path}
            strokeWidth="2"
            strokeDasharray="7 5"
          />
        ) : null}
        {measurements.length > 1 ? (
          <polyline points={line} fill="none" stroke={COLOURS.measured} strokeWidth="2.5" />
        ) : null}
        {measurements.map((p) => (
          <circle key={p.day} cx={x(p.day)} cy={y(p.value)} r="4.5" fill={COLOURS.measured} />
        ))}
        {baseline ? (
          <rect x={x(baseline.day) - 6} y={y(baseline.value) - 6} width="12" height="12" fill={COLOURS.baseline} />
        ) : null}
        {target ? (
          <path
            d={diamond(x(target.day), y(target.value), 8)}
            fill={COLOURS.target}
            stroke="var(--ik-color-page)"
            strokeWidth="1.5"
          />
        ) : null}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <Legend text={t("measured")}>
          <line x1="2" x2="26" y1="7" y2="7" stroke={COLOURS.measured} strokeWidth="2.5" />
          <circle cx="14" cy="7" r="4" fill={COLOURS.measured} />
        </Legend>
        {baseline ? (
          <Legend text={t("baseline")}>
            <rect x="8" y="1" width="12" height="12" fill={COLOURS.baseline} />
          </Legend>
        ) : null}
        {target ? (
          <Legend text={t("target")}>
            <path d={diamond(14, 7, 7)} fill={COLOURS.target} />
          </Legend>
        ) : null}
        {baseline && target ? (
          <Legend text={t("path")}>
            <line x1="0" x2="28" y1="7" y2="7" stroke={COLOURS.path} strokeWidth="2" strokeDasharray="7 5" />
          </Legend>
        ) : null}
      </ul>
    </div>
  );
}

function Legend({ text, children }: { text: string; children: ReactNode }) {
  return (
    <li className="flex items-center gap-2">
      <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
        {children}
      </svg>
      {text}
    </li>
  );
}
