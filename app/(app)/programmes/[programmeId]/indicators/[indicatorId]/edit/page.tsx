import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { indicatorBases } from "@/components/programmes/indicator-bases";
import { IndicatorForm } from "@/components/programmes/indicator-form";
import { indicatorValues } from "@/components/programmes/indicator-values";
import { BackLink } from "@/components/ui/back-link";
import { getIndicator } from "@/db/queries/indicators";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.indicators");
  return { title: t("editTitle") };
}

export default async function EditIndicatorPage({
  params,
}: {
  params: Promise<{ programmeId: string; indicatorId: string }>;
}) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const indicatorId = idParam(raw.indicatorId);
  const [programme, indicator, bases, t] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(getIndicator({ programmeId, indicatorId })),
    orNotFound(indicatorBases(programmeId)),
    getTranslations("programmes.indicators"),
  ]);
  if (!programme.access.edit) notFound();
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/indicators/${indicatorId}`}>{t("backToIndicator")}</BackLink>
      <h2 className="mt-2 mb-4 text-2xl">{t("editTitle")}</h2>
      <IndicatorForm programmeId={programmeId} bases={bases} indicator={indicatorValues(indicator)} />
    </>
  );
}
