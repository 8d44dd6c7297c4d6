import "server-only";
import { getTranslations } from "next-intl/server";
import { measurementHints } from "@/components/programmes/measurement-hints";
import type { ReportIndicator } from "@/db/queries/submission-context";
import { reportWords } from "./report-words";

/**
 * What the partner reads before typing a value: the day within the period, the kind and bounds of the value, the
 * baseline and target, and the last measurement before the period.
 */
export async function valueHints(indicator: ReportIndicator, period: { startsOn: string; endsOn: string }) {
  const [t, words, rules] = await Promise.all([
    getTranslations("partnerReport.values"),
    reportWords(),
    measurementHints({ ...indicator, startDate: period.startsOn, endDate: period.endsOn }),
  ]);
  const amount = (value: number | null) =>
    value === null ? t("notSet") : t("amount", { value: words.number(value), unit: indicator.unit });
  const when = (day: string | null) => (day ? t("on", { date: words.day(day) }) : "");
  return {
    day: [
      t("dayHint", { start: words.day(period.startsOn), end: words.day(period.endsOn) }),
      indicator.baselineDate ? t("notBeforeBaseline", { date: words.day(indicator.baselineDate) }) : "",
    ]
      .filter(Boolean)
      .join(" "),
    value: [
      rules.value,
      t("baselineTarget", {
        baseline: `${amount(indicator.baselineValue)}${when(indicator.baselineDate)}`,
        target: `${amount(indicator.targetValue)}${when(indicator.targetDate)}`,
      }),
      indicator.before
        ? t("before", { value: amount(indicator.before.value), date: words.day(indicator.before.measuredOn) })
        : t("noneBefore"),
    ].join(" "),
  };
}
