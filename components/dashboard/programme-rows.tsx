"use client";
// The rows of the dashboard's table, drawn from plain data: the server works out every text once (ProgrammeTable),
// and this component turns it into the same markup in the HTML and in the browser. As a server component the whole
// table went to the browser twice, as HTML and again as React's description of it; now the second copy is data.

import Link from "@/components/ui/link";
import type { Period } from "@/lib/domain/dashboard";
import { reasonHrefs } from "./reason-links";

type Href = ReturnType<typeof reasonHrefs>;
/** A count in a cell: what it counts (a key of reasonHrefs, or "indicators:<status>"), its number, its text. */
export type RowCount = [key: string, value: number, text: string];
export type ProgrammeRow = {
  id: number;
  name: string;
  route: string;
  owner: string;
  /** The urgency in words and its first reasons; null: nothing asks for attention (`none` says so). */
  why: { level: string; lines: string[]; more: string | null } | null;
  phase: string;
  status: string;
  lastActivity: { iso: string; text: string } | null;
  /** Per column after "Fase en activiteit": its counts. */
  cells: RowCount[][];
};

function hrefOf(href: Href, key: string): string {
  if (key.startsWith("indicators:")) return href.indicators(key.slice("indicators:".length) as never);
  const value = href[key as Exclude<keyof Href, "indicators">];
  return typeof value === "string" ? value : "#";
}

export function ProgrammeRows({
  rows,
  period,
  labels,
}: {
  rows: ProgrammeRow[];
  period: Period;
  labels: { none: string; lastActivity: string; noActivity: string };
}) {
  return (
    <tbody className="text-sm [&_td]:border-b [&_td]:border-line [&_td]:px-2 [&_td]:py-2 [&_td]:align-top [&_td>a]:block [&_td>a]:min-h-6 [&_th]:border-b [&_th]:border-line [&_th]:px-2 [&_th]:py-2 [&_th]:text-left [&_th]:align-top [&_th]:font-normal">
      {rows.map((row) => {
        const href = reasonHrefs(row.id, period);
        return (
          <tr key={row.id}>
            <th scope="row" className="min-w-36">
              <Link href={`/programmes/${row.id}`} className="text-base font-semibold">
                {row.name}
              </Link>
              <span className="block text-muted">{row.route}</span>
              <span className="block text-muted">{row.owner}</span>
            </th>
            <td className="min-w-36 wrap-anywhere">
              {row.why ? (
                <>
                  <span className="block font-semibold">{row.why.level}</span>
                  <ul className="mt-1 space-y-1">
                    {row.why.lines.map((line, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one render keep their order.
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                  {row.why.more ? <span className="mt-1 block text-muted">{row.why.more}</span> : null}
                </>
              ) : (
                <span className="text-muted">{labels.none}</span>
              )}
            </td>
            <td>
              {row.phase}
              <span className="block text-muted">{row.status}</span>
              <span className="mt-1 block text-muted">
                {`${labels.lastActivity}: `}
                {row.lastActivity ? (
                  <time dateTime={row.lastActivity.iso}>{row.lastActivity.text}</time>
                ) : (
                  labels.noActivity
                )}
              </span>
            </td>
            {row.cells.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed.
              <td key={index}>
                {cell.map(([key, value, text]) => (
                  <a key={key} href={hrefOf(href, key)} className={value === 0 ? "text-muted" : "font-semibold"}>
                    {text}
                  </a>
                ))}
              </td>
            ))}
          </tr>
        );
      })}
    </tbody>
  );
}
