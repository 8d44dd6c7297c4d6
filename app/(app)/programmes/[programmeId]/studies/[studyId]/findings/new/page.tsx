import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FindingForm } from "@/components/studies/finding-form";
import { linkTargets } from "@/components/studies/link-targets";
import { BackLink } from "@/components/ui/back-link";
import { getStudy } from "@/db/queries/studies";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.findings");
  return { title: t("addTitle") };
}

export default async function NewFindingPage({
  params,
}: {
  params: Promise<{ programmeId: string; studyId: string }>;
}) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const studyId = idParam(raw.studyId);
  const [study, targets, t] = await Promise.all([
    orNotFound(getStudy({ programmeId, studyId })),
    orNotFound(linkTargets(programmeId)),
    getTranslations("programmes.findings"),
  ]);
  if (!study.access.contribute) notFound();
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/studies/${studyId}`}>{t("backToStudy")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("addTitle")}</h2>
      <p className="mt-1 mb-4 max-w-3xl">{t("addIntro", { study: study.title })}</p>
      <FindingForm programmeId={programmeId} studyId={studyId} targets={targets} />
    </>
  );
}
