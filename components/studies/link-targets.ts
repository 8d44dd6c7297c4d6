import "server-only";
import { getTranslations } from "next-intl/server";
import { findingLinkOptions } from "@/db/queries/findings";
import type { LinkTargets } from "./finding-form";

/**
 * The programme's hypotheses and assumptions as the finding form names them; when editing a finding, also the
 * archived ones it links to, marked as archived.
 */
export async function linkTargets(programmeId: number, findingId?: number): Promise<LinkTargets> {
  const [options, t] = await Promise.all([
    findingLinkOptions({ programmeId, findingId }),
    getTranslations("programmes.findings"),
  ]);
  const archived = (text: string) => t("archivedTarget", { text });
  return {
    hypotheses: [
      ...options.hypotheses.map((h) => ({
        id: h.id,
        label: t("hypothesisLabel", { number: h.number, text: `${h.activity} → ${h.change}` }),
      })),
      ...options.archived.hypotheses.map((h) => ({ id: h.id, label: archived(`${h.activity} → ${h.change}`) })),
    ],
    assumptions: [
      ...options.assumptions.map((a) => ({ id: a.id, label: a.statement })),
      ...options.archived.assumptions.map((a) => ({ id: a.id, label: archived(a.statement) })),
    ],
  };
}
