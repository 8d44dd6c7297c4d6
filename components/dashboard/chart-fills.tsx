// Fills for the dashboard charts: a colour from the theme plus a pattern, so the series differ without colour too
// (in grey print, for colour blindness). Every chart also names its bars in text and has a table beside it.
export type Fill = "solid" | "stripes" | "cross" | "dots" | "lines" | "checks";
export type Series = { fill: Fill; colour: string; background: string };

const INK = "var(--ik-color-text)";
const PAGE = "var(--ik-color-page)";

export const INDICATOR_SERIES = {
  op_koers: { fill: "solid", colour: "var(--ik-color-success)", background: "var(--ik-color-success)" },
  aandacht: { fill: "stripes", colour: INK, background: "var(--ik-color-warning-surface)" },
  uit_koers: { fill: "cross", colour: PAGE, background: "var(--ik-color-danger)" },
  geen_gegevens: { fill: "dots", colour: INK, background: "var(--ik-color-surface-strong)" },
} as const satisfies Record<string, Series>;

export const ASSUMPTION_SERIES = {
  ongetoetst: { fill: "dots", colour: INK, background: "var(--ik-color-surface-strong)" },
  in_onderzoek: { fill: "lines", colour: PAGE, background: "var(--ik-color-primary)" },
  bevestigd: { fill: "solid", colour: "var(--ik-color-success)", background: "var(--ik-color-success)" },
  deels_bevestigd: { fill: "stripes", colour: INK, background: "var(--ik-color-warning-surface)" },
  weerlegd: { fill: "cross", colour: PAGE, background: "var(--ik-color-danger)" },
} as const satisfies Record<string, Series>;

export const PHASE_SERIES = {
  definieren: { fill: "dots", colour: INK, background: "var(--ik-color-info-surface)" },
  onderzoeken: { fill: "lines", colour: PAGE, background: "var(--ik-color-primary)" },
  leren: { fill: "checks", colour: INK, background: "var(--ik-color-success-surface)" },
  bijsturen: { fill: "stripes", colour: INK, background: "var(--ik-color-warning-surface)" },
} as const satisfies Record<string, Series>;

/** The id of a series' pattern: series that look the same share one pattern on the page. */
export function patternId(series: Series): string {
  return `fill-${series.fill}-${series.background.replace(/^var\(--ik-color-|\)$/g, "")}`;
}

/** Every series of the dashboard's charts, each look once. */
const LOOKS = [
  ...new Map(
    [INDICATOR_SERIES, ASSUMPTION_SERIES, PHASE_SERIES]
      .flatMap((set): Series[] => Object.values(set))
      .map((series) => [patternId(series), series] as const),
  ),
];

/** The background of a number on a bar, so it stays readable on any pattern. */
export const LABEL_BACKGROUND = "chart-label";

/**
 * The patterns of all charts (and the background of their numbers), defined once for the page; the charts, legends and tables use them by id. Out of the
 * flow and of no size (but not display: none, which would switch the patterns off).
 */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
      <defs>
        {LOOKS.map(([id, series]) => (
          <SeriesPattern key={id} id={id} series={series} />
        ))}
        <rect id={LABEL_BACKGROUND} width="26" height="20" rx="3" fill={PAGE} />
      </defs>
    </svg>
  );
}

/** The <pattern> of one series; `id` must be unique on the page. */
function SeriesPattern({ id, series }: { id: string; series: Series }) {
  const { fill, colour, background } = series;
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={background} />
      {fill === "stripes" ? <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={colour} strokeWidth="1.5" /> : null}
      {fill === "cross" ? (
        <path d="M0,0 l8,8 M8,0 l-8,8" stroke={colour} strokeWidth="1.5" strokeLinecap="square" />
      ) : null}
      {fill === "dots" ? <circle cx="4" cy="4" r="1.4" fill={colour} /> : null}
      {fill === "lines" ? <path d="M0,4 h8" stroke={colour} strokeWidth="1.5" /> : null}
      {fill === "checks" ? <rect width="4" height="4" fill={colour} opacity="0.35" /> : null}
    </pattern>
  );
}

/**
 * A small sample of a series for a legend or a table, filled with the pattern ChartPatterns defined on the page.
 * Hidden from assistive technology (the text says it all).
 */
export function Swatch({ series }: { series: Series }) {
  return (
    <svg width="18" height="18" aria-hidden="true" className="shrink-0">
      <rect x="0.5" y="0.5" width="17" height="17" fill={`url(#${patternId(series)})`} stroke={INK} />
    </svg>
  );
}
