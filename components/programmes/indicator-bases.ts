import "server-only";
import { getTranslations } from "next-intl/server";
import { indicatorBasisOptions } from "@/db/queries/indicators";

/** The select value of what an indicator shows: "e:12" for an effect, "h:3" for a hypothesis, "" for neither. */
export function basisValue(indicator: { tocElementId: number | null; hypothesisId: number | null }): string {
  if (indicator.tocElementId) return `e:${indicator.tocElementId}`;
  if (indicator.hypothesisId) return `h:${indicator.hypothesisId}`;
  return "";
}

/** What an indicator can show, as choices: "Effect: …" and "Hypothese 2: … → …", numbered as on the hypotheses page. */
export async function indicatorBases(programmeId: number) {
  const [options, t] = await Promise.all([
    indicatorBasisOptions({ programmeId }),
    getTranslations("programmes.indicators"),
  ]);
  return [
    ...options.effects.map((e) => ({ value: `e:${e.id}`, label: t("basisEffect", { title: e.title }) })),
    ...options.hypotheses.map((h, index) => ({
      value: `h:${h.id}`,
      label: t("basisHypothesis", { number: index + 1, text: `${h.activity} → ${h.change}` }),
    })),
  ];
}
