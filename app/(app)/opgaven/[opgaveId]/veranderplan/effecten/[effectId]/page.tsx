import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { AgreedEffectForm } from "@/components/veranderplan/agreed-effect-form";
import { EffectArchive } from "@/components/veranderplan/effect-archive";
import { getAgreedEffect } from "@/db/queries/agreed-effects";
import { getOpgave } from "@/db/queries/opgaven";
import { veranderplanOptions } from "@/db/queries/veranderplan";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ opgaveId: string; effectId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opgaven.veranderplan.effects");
  return { title: t("correctTitle") };
}

export default async function CorrectAgreedEffectPage({ params }: Props) {
  const raw = await params;
  const opgaveId = idParam(raw.opgaveId);
  const effectId = idParam(raw.effectId);
  const [options, effect, opgave, t] = await Promise.all([
    orNotFound(veranderplanOptions({ opgaveId })),
    orNotFound(getAgreedEffect({ opgaveId, effectId })),
    orNotFound(getOpgave({ opgaveId })),
    getTranslations("opgaven.veranderplan"),
  ]);
  if (opgave.archivedAt) notFound();
  // An indicator archived since keeps its place in the form, so the saved choice reads as it is.
  const indicators = options.indicators.some((i) => i.id === effect.indicatorId)
    ? options.indicators
    : [
        {
          id: effect.indicatorId,
          name: effect.indicatorName,
          unit: effect.unit,
          programmeName: effect.programmeName,
          linked: false,
        },
        ...options.indicators,
      ];
  return (
    <>
      <PageHeader
        title={t("effects.correctTitle")}
        intro={effect.description}
        back={<BackLink href={`/opgaven/${opgaveId}/veranderplan#effecten`}>{t("backToPlan")}</BackLink>}
      />
      {effect.archivedAt ? (
        <Notice tone="warning" title={t("effects.isArchived")}>
          <p>{t("effects.reasonWas", { reason: effect.archiveReason ?? "" })}</p>
        </Notice>
      ) : (
        <>
          <p className="mb-4 max-w-3xl">{t("effects.correctIntro")}</p>
          <AgreedEffectForm opgaveId={opgaveId} indicators={indicators} effect={effect} />
          <section aria-labelledby="archiveren" className="mt-10">
            <h2 id="archiveren" className="sr-only">
              {t("effects.archive.summary")}
            </h2>
            <EffectArchive opgaveId={opgaveId} effectId={effectId} />
          </section>
        </>
      )}
    </>
  );
}
