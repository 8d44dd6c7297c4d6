// The labels and choices of the programme's indicator form, for the short version on the veranderplan page.
import "server-only";
import { getTranslations } from "next-intl/server";
import { CONTRIBUTIONS, INDICATOR_DIRECTIONS, INDICATOR_KINDS, MEASUREMENT_FREQUENCIES } from "@/lib/domain/constants";
import type { IndicatorFormText } from "./new-indicator-form";

export async function indicatorFormText(): Promise<IndicatorFormText> {
  const [t, own] = await Promise.all([
    getTranslations("programmes.indicators"),
    getTranslations("opgaven.veranderplan.newIndicator"),
  ]);
  return {
    labels: {
      programmeId: own("programme"),
      name: t("name"),
      unit: t("unit"),
      kind: t("kind"),
      minValue: t("minValue"),
      maxValue: t("maxValue"),
      direction: t("direction"),
      frequency: t("frequency"),
      contribution: t("contribution"),
    },
    hints: { name: t("nameHint"), unit: t("unitHint"), kind: t("kindHint"), contribution: t("contributionHint") },
    kinds: INDICATOR_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) })),
    directions: INDICATOR_DIRECTIONS.map((value) => ({ value, label: t(`directions.${value}`) })),
    frequencies: MEASUREMENT_FREQUENCIES.map((value) => ({ value, label: t(`frequencies.${value}`) })),
    contributions: CONTRIBUTIONS.map((value) => ({ value, label: t(`contributions.${value}`) })),
  };
}
