import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudyForm } from "@/components/studies/study-form";
import { BackLink } from "@/components/ui/back-link";
import { getStudy, studyOwnerOptions } from "@/db/queries/studies";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.studies");
  return { title: t("editTitle") };
}

export default async function EditStudyPage({ params }: { params: Promise<{ programmeId: string; studyId: string }> }) {
  const raw = await params;
  const programmeId = idParam(raw.programmeId);
  const studyId = idParam(raw.studyId);
  const [study, options, t] = await Promise.all([
    orNotFound(getStudy({ programmeId, studyId })),
    orNotFound(studyOwnerOptions({ programmeId })),
    getTranslations("programmes.studies"),
  ]);
  const owners = options.owners.map((o) => ({ value: String(o.id), label: o.name }));
  // An owner who has left the gemeente since stays choosable for this study, so saving does not change them.
  if (study.ownerId && study.ownerName && !owners.some((o) => o.value === String(study.ownerId))) {
    owners.push({ value: String(study.ownerId), label: study.ownerName });
  }
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/studies/${studyId}`}>{t("backToStudy")}</BackLink>
      <h2 className="mt-2 mb-4 text-2xl">{t("editTitle")}</h2>
      <StudyForm
        programmeId={programmeId}
        owners={owners}
        defaultOwnerId={options.viewerId}
        study={{
          id: study.id,
          title: study.title,
          researchQuestion: study.researchQuestion,
          method: study.method,
          startDate: study.startDate ?? "",
          endDate: study.endDate ?? "",
          status: study.status,
          ownerId: study.ownerId ? String(study.ownerId) : "",
          summary: study.summary,
          evidenceStrength: study.evidenceStrength ?? "",
          reports: study.reports.map((r) => ({ title: r.title, url: r.url })),
          version: study.version,
        }}
      />
    </>
  );
}
