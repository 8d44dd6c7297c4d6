// The table's short "why": how urgent a programme is and its first reasons, one line each, in words.
import { getFormatter, getTranslations } from "next-intl/server";
import { readingDigits } from "@/lib/domain/course-line";
import { type ProgrammeReasons, type ReasonLine, reasonLines } from "@/lib/domain/dashboard-reasons";

/** How many reasons a row of the table names; the "Aandacht nodig" list and the lists behind the numbers say more. */
const LINES_SHOWN = 3;

/**
 * A table row's "why" in words: the urgency and the first reasons, or null when nothing asks for attention (`none`
 * then says so).
 */
export async function reasonSummary() {
  const [t, attention, indicatorStatus, format] = await Promise.all([
    getTranslations("dashboard.why"),
    getTranslations("dashboard.attention"),
    getTranslations("programmes.indicatorStatus"),
    getFormatter(),
  ]);
  const amount = (value: number, unit: string) =>
    attention("amount", { value: format.number(value, { maximumFractionDigits: readingDigits(value) }), unit });
  const text = (line: ReasonLine): string => {
    switch (line.kind) {
      case "indicator": {
        const { item } = line;
        if (!item.line || item.line.side === "op") {
          return t("indicatorOnLine", { name: item.name, status: indicatorStatus(item.status).toLowerCase() });
        }
        const distance = amount(item.line.distance, item.unit);
        return t(item.line.side === "onder" ? "indicatorBelow" : "indicatorAbove", { name: item.name, distance });
      }
      case "assumption":
        return t(line.item.status === "weerlegd" ? "refuted" : "untested", { statement: line.item.statement });
      case "measurement":
        return t("measurement", { name: line.item.name });
      case "action":
        return t("action", { description: line.item.description });
      case "questions":
        return t("questions", { count: line.count });
      case "waiting":
        return t("waiting", { days: line.item.daysWaiting, title: line.item.title });
    }
  };
  const summary = (reasons: ProgrammeReasons) => {
    if (!reasons.level) return null;
    const lines = reasonLines(reasons);
    return {
      level: t(`levels.${reasons.level}`),
      lines: lines.slice(0, LINES_SHOWN).map(text),
      more: lines.length > LINES_SHOWN ? t("more", { count: lines.length - LINES_SHOWN }) : null,
    };
  };
  return Object.assign(summary, { none: t("none") });
}
