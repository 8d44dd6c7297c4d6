import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FindingForm } from "@/components/studies/finding-form";
import { linkTargets } from "@/components/studies/link-targets";
import { BackLink } from "@/components/ui/back-link";
import { getFinding } from "@/db/queries/findings";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { verdictField } from "@/lib/validation/studies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.findings");
  return { title: t("editTitle") };
}

export default async function EditFindingPage({
  params,
}: {
  params: Promise<{ programmeId: string; studyId: string; findingId: string }>;
}) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const studyId = idParam(raw.studyId);
  const findingId = idParam(raw.findingId);
  const [programme, finding, targets, t] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(getFinding({ programmeId, studyId, findingId })),
    orNotFound(linkTargets(programmeId, findingId)),
    getTranslations("programmes.findings"),
  ]);
  if (!programme.access.contribute) notFound();
  const verdicts: Record<string, string> = {};
  for (const link of finding.links) {
    if (link.hypothesisId) verdicts[verdictField("h", link.hypothesisId)] = link.verdict;
    if (link.assumptionId) verdicts[verdictField("a", link.assumptionId)] = link.verdict;
  }
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/studies/${studyId}`}>{t("backToStudy")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("editTitle")}</h2>
      <p className="mt-1 mb-4 max-w-3xl">{t("editIntro", { study: finding.study.title })}</p>
      <FindingForm
        programmeId={programmeId}
        studyId={studyId}
        targets={targets}
        finding={{
          id: finding.id,
          title: finding.title,
          description: finding.description,
          interpretation: finding.interpretation,
          verdicts,
          version: finding.version,
        }}
      />
    </>
  );
}
