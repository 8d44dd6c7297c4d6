"use client";
// The programmes of "Aandacht nodig", drawn from plain data: the server writes every text once (AttentionList), and
// this component turns it into the same markup in the HTML and in the browser. As a server component the whole list
// went to the browser twice, as HTML and again as React's description of it; now the second copy is data. The look
// of the repeated parts is set once on the list (its descendant selectors) instead of on every item.

import Link from "@/components/ui/link";
import type { Period } from "@/lib/domain/dashboard";
import type { AttentionLevel } from "@/lib/domain/dashboard-reasons";
import { reasonHrefs } from "./reason-links";
import { RichLine, type RichPart, type Words } from "./rich-line";

/** The groups of reasons, in the order the list shows them; each links to exactly its items. */
export const ATTENTION_GROUPS = [
  "uit_koers",
  "refuted",
  "overdueMeasurements",
  "overdueActions",
  "overdueQuestions",
  "aandacht",
  "criticalUntested",
  "waiting",
  "decided",
] as const;
export type AttentionGroupKey = (typeof ATTENTION_GROUPS)[number];

export type AttentionGroup = {
  key: AttentionGroupKey;
  /** "4 indicatoren uit koers": the link to the items. */
  label: string;
  /** The first items, each a line. */
  items: RichPart[][];
  /** "En nog 1: …" when there are more items than shown. */
  more: RichPart[] | null;
};

export type AttentionEntry = {
  id: number;
  name: string;
  level: AttentionLevel;
  /** "Hoe dringend: uit koers". */
  urgency: string;
  /** "Eigenaar: …". */
  owner: string;
  groups: AttentionGroup[];
};

const LEVEL_BORDER: Record<AttentionLevel, string> = {
  uit_koers: "border-l-danger",
  te_laat: "border-l-ink",
  aandacht: "border-l-primary",
};

function groupHref(href: ReturnType<typeof reasonHrefs>, key: AttentionGroupKey): string {
  return key === "uit_koers" || key === "aandacht" ? href.indicators(key) : href[key];
}

export function AttentionItems({
  entries,
  words,
  period,
}: {
  entries: AttentionEntry[];
  /** What the lines of every entry share. */
  words: Words;
  period: Period;
}) {
  return (
    <ol className="space-y-4 [&_b]:font-semibold [&_li_li>p:first-child]:font-semibold [&_li_li_ul]:mt-1 [&_li_li_ul]:list-disc [&_li_li_ul]:space-y-1 [&_li_li_ul]:pl-5 [&_li_li_ul]:text-sm">
      {entries.map((entry) => {
        const href = reasonHrefs(entry.id, period);
        const base = `/programmes/${entry.id}`;
        const headingId = `attention-${entry.id}`;
        return (
          <li
            key={entry.id}
            className={`rounded-ik border border-l-8 border-line bg-surface p-4 break-words ${LEVEL_BORDER[entry.level]}`}
            aria-labelledby={headingId}
          >
            <h3 id={headingId} className="text-xl">
              <Link href={base}>{entry.name}</Link>
            </h3>
            <p className="text-sm">
              <span className="font-semibold">{entry.urgency}</span>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">. </span>
              {entry.owner}
            </p>
            <ul className="mt-3 space-y-3">
              {entry.groups.map((group) => (
                <li key={group.key}>
                  <p>
                    <a href={groupHref(href, group.key)}>{group.label}</a>
                  </p>
                  {group.items.length > 0 ? (
                    <ul>
                      {group.items.map((item, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the items of one render keep their order.
                        <li key={index}>
                          <RichLine parts={item} base={base} words={words} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {group.more ? (
                    <p className="mt-1 text-sm">
                      <RichLine parts={group.more} base={base} words={words} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
