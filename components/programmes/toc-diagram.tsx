// The theory of change drawn as four columns with arrows, rendered on the server as SVG so it also prints.
// The list beside it holds the same content for screen readers; the drawing itself is one labelled image.
import { TOC_LEVELS, type TocLevel } from "@/lib/domain/constants";

export type TocElementView = { id: number; level: TocLevel; title: string; description: string };
export type TocLinkView = { id: number; fromElementId: number; toElementId: number };

const COLUMN = 240;
const BOX_WIDTH = 204;
const BOX_HEIGHT = 78;
const GAP = 18;
const HEADER = 40;
const LINE_CHARS = 23;
const MAX_LINES = 3;

/** Breaks a title into at most three short lines for the box; the full title is in the box's tooltip. */
export function wrapTitle(title: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= LINE_CHARS) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > LINE_CHARS ? `${word.slice(0, LINE_CHARS - 1)}…` : word;
  }
  if (line) lines.push(line);
  if (lines.length > MAX_LINES) {
    const kept = lines.slice(0, MAX_LINES);
    kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]?.slice(0, LINE_CHARS - 1)}…`;
    return kept;
  }
  return lines;
}

export function TocDiagram({
  elements,
  links,
  levelNames,
  label,
}: {
  elements: TocElementView[];
  links: TocLinkView[];
  levelNames: Record<TocLevel, string>;
  label: string;
}) {
  const positions = new Map<number, { x: number; y: number }>();
  const columns = TOC_LEVELS.map((level, column) => {
    const items = elements.filter((e) => e.level === level);
    items.forEach((element, row) => {
      positions.set(element.id, { x: column * COLUMN + 8, y: HEADER + row * (BOX_HEIGHT + GAP) });
    });
    return { level, column, items };
  });
  const rows = Math.max(1, ...columns.map((c) => c.items.length));
  const height = HEADER + rows * (BOX_HEIGHT + GAP);
  const width = TOC_LEVELS.length * COLUMN;

  return (
    // A phone shows part of the drawing: the region scrolls sideways, by keyboard too, with a shadow at the edge.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
    <section className="scroll-cue-x rounded-ik border border-line p-2" tabIndex={0} aria-label={label}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={label}
        // At least three quarters of its drawn width (four columns of 240): a class, because the Content-Security-Policy
        // lets no style attribute through.
        className="min-w-[720px] text-ink"
      >
        <defs>
          <marker id="toc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
          </marker>
        </defs>
        {columns.map(({ level, column }) => (
          <text key={level} x={column * COLUMN + 8} y={24} fontSize="15" fontWeight="700" fill="currentColor">
            {levelNames[level]}
          </text>
        ))}
        {links.map((link) => {
          const from = positions.get(link.fromElementId);
          const to = positions.get(link.toElementId);
          if (!from || !to) return null;
          const x1 = from.x + BOX_WIDTH;
          const y1 = from.y + BOX_HEIGHT / 2;
          const x2 = to.x - 2;
          const y2 = to.y + BOX_HEIGHT / 2;
          const bend = Math.max(24, (x2 - x1) / 2);
          return (
            <path
              key={link.id}
              d={`M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`}
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              markerEnd="url(#toc-arrow)"
              opacity="0.7"
            />
          );
        })}
        {columns.flatMap(({ items }) =>
          items.map((element) => {
            const position = positions.get(element.id);
            if (!position) return null;
            return (
              <g key={element.id}>
                <title>{element.title}</title>
                <rect
                  x={position.x}
                  y={position.y}
                  width={BOX_WIDTH}
                  height={BOX_HEIGHT}
                  rx="6"
                  fill="var(--ik-color-surface)"
                  stroke="var(--ik-color-primary)"
                  strokeWidth={element.level === "impact" ? 2.5 : 1.5}
                />
                {wrapTitle(element.title).map((line, index) => (
                  <text
                    key={line}
                    x={position.x + 10}
                    y={position.y + 24 + index * 19}
                    fontSize="14"
                    fill="currentColor"
                  >
                    {line}
                  </text>
                ))}
              </g>
            );
          }),
        )}
      </svg>
    </section>
  );
}
