import "server-only";
import { getTranslations } from "next-intl/server";
import { assumptionBasisOptions } from "@/db/queries/assumptions";
import { getTheoryOfChange } from "@/db/queries/theory-of-change";

/** What an assumption can sit under, as choices: "Hypothese 2: …" and "Verband: … → …". */
export async function assumptionBases(programmeId: number) {
  const [options, toc, t] = await Promise.all([
    assumptionBasisOptions({ programmeId }),
    getTheoryOfChange({ programmeId }),
    getTranslations("programmes.assumptions"),
  ]);
  const title = new Map(toc.elements.map((e) => [e.id, e.title]));
  return [
    ...options.hypotheses.map((h, index) => ({
      value: `h:${h.id}`,
      label: t("basisHypothesis", { number: index + 1, text: `${h.activity} → ${h.change}` }),
    })),
    ...options.links.map((l) => ({
      value: `l:${l.id}`,
      label: t("basisLink", { from: title.get(l.fromElementId) ?? "", to: title.get(l.toElementId) ?? "" }),
    })),
  ];
}
