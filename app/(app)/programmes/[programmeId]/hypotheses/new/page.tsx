import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { tocElementOptions } from "@/components/programmes/element-options";
import { HypothesisForm } from "@/components/programmes/hypothesis-form";
import { BackLink } from "@/components/ui/back-link";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.hypotheses");
  return { title: t("addTitle") };
}

export default async function NewHypothesisPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [programme, elements, t] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(tocElementOptions(programmeId)),
    getTranslations("programmes.hypotheses"),
  ]);
  if (!programme.access.edit) notFound();
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/hypotheses`}>{t("back")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("addTitle")}</h2>
      <p className="mt-1 mb-4 max-w-3xl">{t("addIntro")}</p>
      <HypothesisForm programmeId={programmeId} elements={elements} />
    </>
  );
}
