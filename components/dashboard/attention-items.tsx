"use client";
// The programmes of "Aandacht nodig", drawn from plain data: the server writes every text once (AttentionList), and
// this component turns it into the same markup in the HTML and in the browser. As a server component the whole list
// went to the browser twice, as HTML and again as React's description of it; now the second copy is data. The look
// of the repeated parts is set once on the list (its descendant selectors) instead of on every item.

import { useFormatter } from "next-intl";
import Link from "@/components/ui/link";
import type { Period } from "@/lib/domain/dashboard";
import type { AttentionLevel } from "@/lib/domain/dashboard-reasons";
import { ATTENTION_GROUPS, type AttentionGroupKey } from "./attention-groups";
import { reasonHrefs } from "./reason-links";
import { RichLine, type RichPart, type Words } from "./rich-line";

export type AttentionGroup = {
  /** Which group: its place in ATTENTION_GROUPS. */
  key: number;
  /** "4 indicatoren uit koers": the link to the items. */
  label: string;
  /** The first items, each a line. */
  items: RichPart[][];
  /** How many items there are beyond those shown (0: none), for "En nog 1: …". */
  more: number;
};

export type AttentionEntry = {
  id: number;
  name: string;
  level: AttentionLevel;
  /** The owner's name. */
  owner: string;
  groups: AttentionGroup[];
};

/**
 * The words every entry shares, each written once: "Hoe dringend: uit koers" per level; "Eigenaar: \u0001" and
 * "En nog \u0001: klik op ‘\u0002’ voor de hele lijst.", with the owner's name, the count and the group's label in
 * place of the stand-ins.
 */
export type EntryWords = { urgency: Record<AttentionLevel, string>; owner: string; more: string };

/** A text with its stand-ins (\u0001, \u0002) replaced by the values. */
function fill(template: string, ...values: string[]): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters on purpose, as no translation has one.
  return template.replace(/[\u0001\u0002]/g, (standIn) => values[standIn.charCodeAt(0) - 1] ?? "");
}

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
  entryWords,
  period,
}: {
  entries: AttentionEntry[];
  /** What the lines of every entry share. */
  words: Words;
  entryWords: EntryWords;
  period: Period;
}) {
  const format = useFormatter();
  return (
    <ol className="space-y-4 [&>li]:rounded-ik [&>li]:border [&>li]:border-l-8 [&>li]:bg-surface [&>li]:p-4 [&>li]:break-words [&_h3]:text-xl [&>li>p]:text-sm [&>li>ul]:mt-3 [&>li>ul]:space-y-3 [&_b]:font-semibold [&_li_li>p:first-child]:font-semibold [&_li_li_ul]:mt-1 [&_li_li_ul]:list-disc [&_li_li_ul]:space-y-1 [&_li_li_ul]:pl-5 [&_li_li_ul]:text-sm">
      {entries.map((entry) => {
        const href = reasonHrefs(entry.id, period);
        const base = `/programmes/${entry.id}`;
        const headingId = `attention-${entry.id}`;
        return (
          <li key={entry.id} className={`border-line ${LEVEL_BORDER[entry.level]}`} aria-labelledby={headingId}>
            <h3 id={headingId}>
              <Link href={base}>{entry.name}</Link>
            </h3>
            <p>
              <span className="font-semibold">{entryWords.urgency[entry.level]}</span>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">. </span>
              {fill(entryWords.owner, entry.owner)}
            </p>
            <ul>
              {entry.groups.map((group) => (
                <li key={group.key}>
                  <p>
                    <a href={groupHref(href, ATTENTION_GROUPS[group.key] ?? "uit_koers")}>{group.label}</a>
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
                  {group.more > 0 ? (
                    <p className="mt-1 text-sm">{fill(entryWords.more, format.number(group.more), group.label)}</p>
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
