import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { indicatorBases } from "@/components/programmes/indicator-bases";
import { IndicatorForm } from "@/components/programmes/indicator-form";
import { BackLink } from "@/components/ui/back-link";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.indicators");
  return { title: t("addTitle") };
}

export default async function NewIndicatorPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [programme, bases, t] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(indicatorBases(programmeId)),
    getTranslations("programmes.indicators"),
  ]);
  if (!programme.access.edit) notFound();
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/indicators`}>{t("back")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("addTitle")}</h2>
      <p className="mt-1 mb-4 max-w-3xl">{t("addIntro")}</p>
      <IndicatorForm programmeId={programmeId} bases={bases} />
    </>
  );
}
