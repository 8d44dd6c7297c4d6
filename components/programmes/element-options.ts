import "server-only";
import { getTranslations } from "next-intl/server";
import { getTheoryOfChange } from "@/db/queries/theory-of-change";
import { TOC_LEVELS } from "@/lib/domain/constants";

/** The programme's theory-of-change elements as choices, "Effect: …", in level order. */
export async function tocElementOptions(programmeId: number) {
  const [toc, level] = await Promise.all([getTheoryOfChange({ programmeId }), getTranslations("programmes.level")]);
  return TOC_LEVELS.flatMap((l) =>
    toc.elements.filter((e) => e.level === l).map((e) => ({ value: String(e.id), label: `${level(l)}: ${e.title}` })),
  );
}
