import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { assumptionBases } from "@/components/programmes/assumption-bases";
import { AssumptionForm } from "@/components/programmes/assumption-forms";
import { BackLink } from "@/components/ui/back-link";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.assumptions");
  return { title: t("addTitle") };
}

export default async function NewAssumptionPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [programme, bases, t] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(assumptionBases(programmeId)),
    getTranslations("programmes.assumptions"),
  ]);
  if (!programme.access.edit) notFound();
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/assumptions`}>{t("back")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("addTitle")}</h2>
      <p className="mt-1 mb-4 max-w-3xl">{t("addIntro")}</p>
      <AssumptionForm programmeId={programmeId} bases={bases} />
    </>
  );
}
