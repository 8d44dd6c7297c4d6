import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudyForm } from "@/components/studies/study-form";
import { BackLink } from "@/components/ui/back-link";
import { studyOwnerOptions } from "@/db/queries/studies";
import { idParam, orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.studies");
  return { title: t("addTitle") };
}

export default async function NewStudyPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  // Only those who may edit the programme get the choices; anyone else gets not found.
  const [options, t] = await Promise.all([
    orNotFound(studyOwnerOptions({ programmeId })),
    getTranslations("programmes.studies"),
  ]);
  return (
    <>
      <BackLink href={`/programmes/${programmeId}/studies`}>{t("back")}</BackLink>
      <h2 className="mt-2 text-2xl">{t("addTitle")}</h2>
      <p className="mt-1 mb-4 max-w-3xl">{t("addIntro")}</p>
      <StudyForm
        programmeId={programmeId}
        owners={options.owners.map((o) => ({ value: String(o.id), label: o.name }))}
        defaultOwnerId={options.viewerId}
      />
    </>
  );
}
