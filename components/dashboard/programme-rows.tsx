"use client";
// The rows of the dashboard's table, drawn from plain data: the server works out every text once (ProgrammeTable),
// and this component turns it into the same markup in the HTML and in the browser. As a server component the whole
// table went to the browser twice, as HTML and again as React's description of it; now the second copy is data. What
// many cells share is set once on the body: the side texts of a cell (its spans) are muted, but for the urgency.

import { useFormatter } from "next-intl";
import Link from "@/components/ui/link";
import { INDICATOR_STATUSES } from "@/lib/domain/constants";
import type { Period } from "@/lib/domain/dashboard";
import { reasonHrefs } from "./reason-links";

type Href = ReturnType<typeof reasonHrefs>;

/**
 * What the counts of each column after "Fase en activiteit" count, in order: a key of reasonHrefs, or
 * "indicators:<status>". A row sends only its numbers; the words are sent once (`units`).
 */
export const COUNT_COLUMNS = [
  INDICATOR_STATUSES.map((status) => `indicators:${status}`),
  ["criticalUntested", "refuted"],
  ["studiesRunning", "questionsOpen", "questionsAnswered"],
  ["waiting", "proposed", "decided"],
  ["overdueMeasurements", "overdueQuestions", "overdueActions"],
] as const;

/** What a count counts, for one and for more of them ("meting", "metingen"), by the keys of COUNT_COLUMNS. */
export type CountUnits = Record<string, [one: string, other: string]>;
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
  /** Per column after "Fase en activiteit": its counts, in the order of COUNT_COLUMNS. */
  counts: number[][];
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
  units,
}: {
  rows: ProgrammeRow[];
  period: Period;
  labels: { none: string; lastActivity: string; noActivity: string };
  units: CountUnits;
}) {
  const format = useFormatter();
  // Dutch and English have one form for 1 and another for every other number; counts are whole numbers, which the
  // browser writes as the server does.
  const countText = (key: string, value: number) =>
    `${format.number(value)} ${units[key]?.[value === 1 ? 0 : 1] ?? ""}`;
  return (
    <tbody className="text-sm [&_td]:border-b [&_td]:border-line [&_td]:px-2 [&_td]:py-2 [&_td]:align-top [&_td>a]:block [&_td>a]:min-h-6 [&_td>a]:font-semibold [&_th~td~td>span]:min-h-6 [&_th]:border-b [&_th]:border-line [&_th]:px-2 [&_th]:py-2 [&_th]:text-left [&_th]:align-top [&_th]:font-normal [&_th>a]:text-base [&_th>a]:font-semibold [&_th>span]:block [&_th>span]:text-muted [&_td>span]:block [&_th]:min-w-36 [&_th+td]:min-w-36 [&_th+td]:wrap-anywhere [&_td>span:not(.font-semibold)]:text-muted">
      {rows.map((row) => {
        const href = reasonHrefs(row.id, period);
        return (
          <tr key={row.id}>
            <th scope="row">
              <Link href={`/programmes/${row.id}`}>{row.name}</Link>
              <span>{row.route}</span>
              <span>{row.owner}</span>
            </th>
            <td>
              {row.why ? (
                <>
                  <span className="font-semibold">{row.why.level}</span>
                  <ul className="mt-1 space-y-1">
                    {row.why.lines.map((line, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one render keep their order.
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                  {row.why.more ? <span className="mt-1">{row.why.more}</span> : null}
                </>
              ) : (
                <span>{labels.none}</span>
              )}
            </td>
            <td>
              {row.phase}
              <span>{row.status}</span>
              <span className="mt-1">
                {`${labels.lastActivity}: `}
                {row.lastActivity ? (
                  <time dateTime={row.lastActivity.iso}>{row.lastActivity.text}</time>
                ) : (
                  labels.noActivity
                )}
              </span>
            </td>
            {COUNT_COLUMNS.map((keys, column) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed.
              <td key={column}>
                {keys.map((key, index) => {
                  const value = row.counts[column]?.[index] ?? 0;
                  // Nothing to open behind a zero: plain (muted) text, no link to an empty list and no stop for the
                  // keyboard.
                  return value === 0 ? (
                    <span key={key}>{countText(key, value)}</span>
                  ) : (
                    <a key={key} href={hrefOf(href, key)}>
                      {countText(key, value)}
                    </a>
                  );
                })}
              </td>
            ))}
          </tr>
        );
      })}
    </tbody>
  );
}
