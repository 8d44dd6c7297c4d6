import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { tocElementOptions } from "@/components/programmes/element-options";
import { HypothesisForm } from "@/components/programmes/hypothesis-form";
import { BackLink } from "@/components/ui/back-link";
import { getHypothesis } from "@/db/queries/hypotheses";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.hypotheses");
  return { title: t("editTitle") };
}

export default async function HypothesisPage({
  params,
}: {
  params: Promise<{ programmeId: string; hypothesisId: string }>;
}) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const hypothesisId = idParam(raw.hypothesisId);
  const [programme, hypothesis, elements, t] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(getHypothesis({ programmeId, hypothesisId })),
    orNotFound(tocElementOptions(programmeId)),
    getTranslations("programmes.hypotheses"),
  ]);
  if (!programme.access.edit) notFound();
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/hypotheses`}>{t("back")}</BackLink>
      <h2 className="mt-2 mb-4 text-2xl">{t("editTitle")}</h2>
      <HypothesisForm
        programmeId={programmeId}
        elements={elements}
        hypothesis={{ ...hypothesis, elementIds: hypothesis.elements.map((e) => e.id) }}
      />
    </>
  );
}
