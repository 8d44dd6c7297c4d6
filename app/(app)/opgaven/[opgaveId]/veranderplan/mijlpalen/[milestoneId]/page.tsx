import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { MilestoneEditForm } from "@/components/veranderplan/milestone-edit-form";
import { getOpgave } from "@/db/queries/opgaven";
import { getMilestone, veranderplanOptions } from "@/db/queries/veranderplan";
import { idParam, orNotFound } from "@/lib/auth/guard";

type Props = { params: Promise<{ opgaveId: string; milestoneId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opgaven.veranderplan.milestones");
  return { title: t("editTitle") };
}

export default async function EditMilestonePage({ params }: Props) {
  const raw = await params;
  const opgaveId = idParam(raw.opgaveId);
  const milestoneId = idParam(raw.milestoneId);
  const [options, milestone, opgave, t] = await Promise.all([
    orNotFound(veranderplanOptions({ opgaveId })),
    orNotFound(getMilestone({ opgaveId, milestoneId })),
    orNotFound(getOpgave({ opgaveId })),
    getTranslations("opgaven.veranderplan"),
  ]);
  if (opgave.archivedAt) notFound();
  return (
    <>
      <PageHeader
        title={t("milestones.editTitle")}
        intro={`${opgave.title}: ${milestone.year}`}
        back={<BackLink href={`/opgaven/${opgaveId}/veranderplan#mijlpalen`}>{t("backToPlan")}</BackLink>}
      />
      {milestone.archivedAt ? (
        <Notice tone="warning" title={t("milestones.isArchived")} />
      ) : (
        <>
          <p className="mb-4 max-w-3xl">{t("milestones.editIntro")}</p>
          <MilestoneEditForm
            opgaveId={opgaveId}
            owners={options.owners}
            milestone={{ ...milestone, done: milestone.doneAt !== null }}
          />
        </>
      )}
    </>
  );
}
