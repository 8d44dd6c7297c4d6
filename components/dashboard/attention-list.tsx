// "Aandacht nodig": the programmes that need attention, the most urgent first, each with its reasons in words. Every
// count links to exactly the items behind it; the items themselves link to their own pages. The texts are written
// here, once; AttentionItems draws them.

import { getTranslations } from "next-intl/server";
import type { Period, ProgrammeFigures } from "@/lib/domain/dashboard";
import { REASONS_SHOWN } from "@/lib/domain/dashboard-reasons";
import { ATTENTION_GROUPS, type AttentionGroupKey } from "./attention-groups";
import { type AttentionEntry, AttentionItems, type EntryWords } from "./attention-items";
import { reasonText } from "./reason-text";
import type { RichPart } from "./rich-line";

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
  const [t, text] = await Promise.all([getTranslations("dashboard.attention"), reasonText()]);

  const entries = rows.map((row): AttentionEntry => {
    const { programme, reasons } = row;
    const level = reasons.level ?? "aandacht";
    const offCourse = reasons.indicators.filter((i) => i.status === "uit_koers");
    const attention = reasons.indicators.filter((i) => i.status === "aandacht");
    const refuted = reasons.assumptions.filter((a) => a.status === "weerlegd");
    const untested = reasons.assumptions.filter((a) => a.status === "ongetoetst");
    // Only the items shown are written out; the count says how many there are.
    const group = <T,>(key: AttentionGroupKey, items: readonly T[] | number, line?: (item: T) => RichPart[]) => {
      const count = typeof items === "number" ? items : items.length;
      const label = t(`groups.${key}`, { count });
      const shown = typeof items === "number" || !line ? [] : items.slice(0, REASONS_SHOWN).map(line);
      return {
        key: ATTENTION_GROUPS.indexOf(key),
        label,
        items: shown,
        more: count > shown.length && shown.length > 0 ? count - shown.length : 0,
        count,
      };
    };
    const groups = [
      group("uit_koers", offCourse, text.indicator),
      group("refuted", refuted, text.assumption),
      group("overdueMeasurements", reasons.overdueMeasurements, text.measurement),
      group("overdueActions", reasons.overdueActions, text.action),
      group("overdueQuestions", reasons.overdueQuestions),
      group("aandacht", attention, text.indicator),
      group("criticalUntested", untested, text.assumption),
      group("waiting", reasons.waiting, text.waiting),
      group("decided", reasons.decided, text.decided),
    ]
      .filter((g) => g.count > 0)
      .map(({ count: _count, ...g }) => g);
    return {
      id: programme.id,
      name: programme.name,
      level,
      owner: programme.ownerName,
      groups,
    };
  });

  const level = (key: keyof EntryWords["urgency"]) => t("level", { level: t(`levels.${key}`) });
  const entryWords: EntryWords = {
    urgency: { uit_koers: level("uit_koers"), te_laat: level("te_laat"), aandacht: level("aandacht") },
    owner: t("owner", { name: "\u0001" }),
    more: t("moreItems", { count: "\u0001", group: "\u0002" }),
  };

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
          <AttentionItems entries={entries} words={text.words} entryWords={entryWords} period={period} />
          {total > rows.length ? <p className="mt-4">{t("more", { count: total - rows.length })}</p> : null}
        </>
      )}
    </section>
  );
}
