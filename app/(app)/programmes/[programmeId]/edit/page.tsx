import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { loadProgrammeFormOptions } from "@/components/programmes/programme-form-options";
import { getProgramme } from "@/db/queries/programmes";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { numberForInput } from "@/lib/domain/number-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes");
  return { title: t("editTitle") };
}

export default async function EditProgrammePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [programme, options, t] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    loadProgrammeFormOptions(),
    getTranslations("programmes"),
  ]);
  if (!programme.access.edit) notFound();
  return (
    <>
      <h2 className="mb-4 text-2xl">{t("editTitle")}</h2>
      <ProgrammeForm
        {...options}
        programme={{
          ...programme,
          teamMemberIds: programme.team.map((u) => u.id),
          partnerIds: programme.partners.map((p) => p.id),
          budget: programme.budgetCents === null ? "" : numberForInput(programme.budgetCents / 100),
        }}
      />
    </>
  );
}
