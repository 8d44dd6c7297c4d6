import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ArchiveBanner } from "@/components/archive/archive-banner";
import { ArchiveSection } from "@/components/archive/archive-panels";
import { RoadmapStepForm } from "@/components/routes/roadmap-step-form";
import { WorkAreaPointer } from "@/components/routes/work-area-pointer";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { archiveState } from "@/db/queries/archived";
import { getRoadmapStep, roadmapOwnerOptions } from "@/db/queries/routes";
import { guard } from "@/db/write";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { stepByKey } from "@/lib/domain/roadmap";
import { localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";

type Props = { params: Promise<{ stepId: string }> };
type Search = { searchParams: Promise<{ gearchiveerd?: string; teruggezet?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [step, locale] = await Promise.all([
    orNotFound(getRoadmapStep({ stepId: idParam((await params).stepId) })),
    getLocale().then(shortLocale),
  ]);
  const content = stepByKey(step.stepKey);
  return { title: content ? localise(content.title, locale) : step.stepKey };
}

export default async function RoadmapStepPage({ params, searchParams }: Props & Search) {
  const stepId = idParam((await params).stepId);
  const { viewer } = await orNotFound(guard("roadmap.update"));
  const record = { kind: "roadmapStep", id: stepId } as const;
  const [step, owners, t, locale, archived, search] = await Promise.all([
    orNotFound(getRoadmapStep({ stepId })),
    orNotFound(roadmapOwnerOptions()),
    getTranslations("routes"),
    getLocale().then(shortLocale),
    orNotFound(archiveState(record)),
    searchParams,
  ]);
  const content = stepByKey(step.stepKey);
  return (
    <>
      <PageHeader
        title={content ? localise(content.title, locale) : step.stepKey}
        intro={content ? localise(content.explanation, locale) : undefined}
        back={<BackLink href={`/routes#stap-${step.id}`}>{t("backToRoadmap")}</BackLink>}
      />
      {step.isFirstStep ? <p className="-mt-2 mb-4 font-semibold">{t("firstStep")}</p> : null}
      <div className="mb-6">
        <WorkAreaPointer area={content?.workArea ?? null} role={viewer.role} />
      </div>
      <ArchiveBanner target={record} state={archived} search={search} />
      {step.archivedAt ? null : <RoadmapStepForm step={step} owners={owners} />}
      <ArchiveSection target={record} state={archived} />
    </>
  );
}
