// Small pieces the sections of the programme report share.
import type { ReactNode } from "react";

/** A heading with the text under it; kept together on paper. */
export function ReportBlock({
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
    <section aria-labelledby={id} className="mt-6">
      <h3 id={id} className="text-xl">
        {title}
      </h3>
      {intro ? <p className="mt-1 max-w-3xl text-muted">{intro}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** What to say where there is nothing yet. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="max-w-3xl rounded-ik bg-surface p-3">{children}</p>;
}

/**
 * A table of the report. On a narrow screen it scrolls sideways (and can be reached by keyboard to do so); on paper
 * it is printed whole, with its header repeated on every page.
 */
export function ReportTable({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
    <section className="report-table overflow-x-auto" tabIndex={0} aria-label={caption}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col" className="border-b-2 border-ink px-2 py-2 align-bottom font-semibold">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

export const cellClass = "border-b border-line px-2 py-2 align-top";

/** A calendar day ("2026-11-27") as a Date at noon UTC: the same day in Amsterdam whatever the season. */
export function dayAsDate(day: string) {
  return new Date(`${day}T12:00:00Z`);
}
