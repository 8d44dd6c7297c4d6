// "Aandacht nodig": the programmes that need attention, the most urgent first, each with its reasons in words. Every
// count links to exactly the items behind it; the items themselves link to their own pages.

import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { Period, ProgrammeFigures } from "@/lib/domain/dashboard";
import { type AttentionLevel, REASONS_SHOWN } from "@/lib/domain/dashboard-reasons";
import { reasonHrefs } from "./reason-links";
import { reasonText } from "./reason-text";

const LEVEL_BORDER: Record<AttentionLevel, string> = {
  uit_koers: "border-l-danger",
  te_laat: "border-l-ink",
  aandacht: "border-l-primary",
};

type Group = { key: string; label: string; href: string; items: ReactNode[]; total: number };

export async function AttentionList({
  rows,
  total,
  period,
}: {
  rows: ProgrammeFigures[];
  /** How many programmes need attention, also those beyond the list. */
  total: number;
  period: Period;
}) {
  const t = await getTranslations("dashboard.attention");
  return (
    <section aria-labelledby="attention-title" className="mb-8 max-w-4xl">
      <h2 id="attention-title" className="text-2xl">
        {t("title")}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 rounded-ik bg-success-surface p-4">{t("none")}</p>
      ) : (
        <>
          <p className="mt-1 mb-4">{t("intro")}</p>
          <ol className="space-y-4">
            {rows.map((row) => (
              <AttentionItem key={row.programme.id} row={row} period={period} />
            ))}
          </ol>
          {total > rows.length ? <p className="mt-4">{t("more", { count: total - rows.length })}</p> : null}
        </>
      )}
    </section>
  );
}

async function AttentionItem({ row, period }: { row: ProgrammeFigures; period: Period }) {
  const [t, format, text] = await Promise.all([
    getTranslations("dashboard.attention"),
    getFormatter(),
    reasonText(row.programme.id),
  ]);
  const { programme, reasons } = row;
  const href = reasonHrefs(programme.id, period);
  const level = reasons.level ?? "aandacht";
  const headingId = `attention-${programme.id}`;
  const offCourse = reasons.indicators.filter((i) => i.status === "uit_koers");
  const attention = reasons.indicators.filter((i) => i.status === "aandacht");
  const refuted = reasons.assumptions.filter((a) => a.status === "weerlegd");
  const untested = reasons.assumptions.filter((a) => a.status === "ongetoetst");
  const group = (key: string, count: number, link: string, items: ReactNode[]): Group => ({
    key,
    label: t(`groups.${key}` as "groups.uit_koers", { count }),
    href: link,
    items: items.slice(0, REASONS_SHOWN),
    total: count,
  });
  const groups: Group[] = [
    group("uit_koers", offCourse.length, href.indicators("uit_koers"), offCourse.map(text.indicator)),
    group("refuted", refuted.length, href.refuted, refuted.map(text.assumption)),
    group(
      "overdueMeasurements",
      reasons.overdueMeasurements.length,
      href.overdueMeasurements,
      reasons.overdueMeasurements.map(text.measurement),
    ),
    group(
      "overdueActions",
      reasons.overdueActions.length,
      href.overdueActions,
      reasons.overdueActions.map(text.action),
    ),
    group("overdueQuestions", reasons.overdueQuestions, href.overdueQuestions, []),
    group("aandacht", attention.length, href.indicators("aandacht"), attention.map(text.indicator)),
    group("criticalUntested", untested.length, href.criticalUntested, untested.map(text.assumption)),
    group("waiting", reasons.waiting.length, href.waiting, reasons.waiting.map(text.waiting)),
    group(
      "decided",
      reasons.decided.length,
      href.decided,
      reasons.decided.map((item) => (
        <>
          <Link href={`/programmes/${programme.id}/corrections/${item.id}`}>{item.title}</Link>:{" "}
          {t.rich("decidedOn", { date: () => <FormattedDate value={item.decidedAt} format="date" /> })}
          {item.carriedOutAt ? (
            <> {t.rich("carriedOutOn", { date: () => <FormattedDate value={item.carriedOutAt} format="date" /> })}</>
          ) : null}
        </>
      )),
    ),
  ].filter((g) => g.total > 0);

  return (
    <li
      className={`rounded-ik border border-l-8 border-line bg-surface p-4 break-words ${LEVEL_BORDER[level]}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="text-xl">
        <Link href={`/programmes/${programme.id}`}>{programme.name}</Link>
      </h3>
      <p className="text-sm">
        <span className="font-semibold">{t("level", { level: t(`levels.${level}`) })}</span>
        <span aria-hidden="true"> · </span>
        <span className="sr-only">. </span>
        {t("owner", { name: programme.ownerName })}
      </p>
      <ul className="mt-3 space-y-3">
        {groups.map((g) => (
          <li key={g.key}>
            <p className="font-semibold">
              <a href={g.href}>{g.label}</a>
            </p>
            {g.items.length > 0 ? (
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {g.items.map((item, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the items of one render keep their order.
                  <li key={index}>{item}</li>
                ))}
              </ul>
            ) : null}
            {g.total > g.items.length && g.items.length > 0 ? (
              <p className="mt-1 text-sm">
                {t("moreItems", { count: format.number(g.total - g.items.length), group: g.label })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </li>
  );
}
