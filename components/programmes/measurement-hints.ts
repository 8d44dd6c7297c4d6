import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { IndicatorKind } from "@/lib/domain/constants";
import { valueRange } from "@/lib/domain/plausible";

type Measured = {
  kind: IndicatorKind;
  minValue: number | null;
  maxValue: number | null;
  baselineDate: string | null;
  startDate: string | null;
  endDate: string | null;
};

/**
 * The rules of a measurement, told before it is typed: which values the indicator takes (its kind and bounds) and
 * which days (the programme's looptijd, not after today, not before the baseline).
 */
export async function measurementHints(indicator: Measured) {
  const [t, format] = await Promise.all([getTranslations("programmes.indicators.hints"), getFormatter()]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "date");
  const { min, max } = valueRange(indicator);
  const range =
    indicator.kind === "ja_nee"
      ? ""
      : min !== null && max !== null
        ? t("between", { min: format.number(min), max: format.number(max) })
        : min !== null
          ? t("atLeast", { min: format.number(min) })
          : max !== null
            ? t("atMost", { max: format.number(max) })
            : "";
  const { startDate: start, endDate: end } = indicator;
  const period =
    start && end
      ? t("periodBoth", { start: day(start), end: day(end) })
      : start
        ? t("periodFrom", { start: day(start) })
        : end
          ? t("periodUntil", { end: day(end) })
          : null;
  return {
    value: [t(`kinds.${indicator.kind}`), range].filter(Boolean).join(" "),
    day: [
      period ? t("dayInPeriod", { period }) : t("day"),
      indicator.baselineDate ? t("notBeforeBaseline", { date: day(indicator.baselineDate) }) : "",
    ]
      .filter(Boolean)
      .join(" "),
  };
}
