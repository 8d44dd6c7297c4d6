import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { loadProgrammeFormOptions } from "@/components/programmes/programme-form-options";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";
import { condition } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes");
  return { title: t("addTitle") };
}

export default async function NewProgrammePage() {
  const { viewer } = await orNotFound(guard("programme.create"));
  const [options, t] = await Promise.all([loadProgrammeFormOptions(), getTranslations("programmes")]);
  // Someone who may edit only the programmes of their own team becomes the owner of what they start.
  const ownsByDefault = condition(viewer.role, "programme.edit") === "team";
  return (
    <>
      <PageHeader
        title={t("addTitle")}
        intro={t("addIntro")}
        back={<BackLink href="/programmes">{t("backToList")}</BackLink>}
      />
      <ProgrammeForm {...options} defaultOwnerId={ownsByDefault ? viewer.userId : undefined} />
    </>
  );
}
