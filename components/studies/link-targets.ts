import "server-only";
import { getTranslations } from "next-intl/server";
import { findingLinkOptions } from "@/db/queries/findings";
import type { LinkTargets } from "./finding-form";

/** The programme's hypotheses and assumptions as the finding form names them. */
export async function linkTargets(programmeId: number): Promise<LinkTargets> {
  const [options, t] = await Promise.all([findingLinkOptions({ programmeId }), getTranslations("programmes.findings")]);
  return {
    hypotheses: options.hypotheses.map((h) => ({
      id: h.id,
      label: t("hypothesisLabel", { number: h.number, text: `${h.activity} → ${h.change}` }),
    })),
    assumptions: options.assumptions.map((a) => ({ id: a.id, label: a.statement })),
  };
}
