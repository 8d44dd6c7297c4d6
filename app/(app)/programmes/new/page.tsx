import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { loadProgrammeFormOptions } from "@/components/programmes/programme-form-options";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "@/lib/auth/guard";
import { requirePermission } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes");
  return { title: t("addTitle") };
}

export default async function NewProgrammePage() {
  const viewer = await orNotFound(requirePermission("programme.create"));
  const [options, t] = await Promise.all([loadProgrammeFormOptions(), getTranslations("programmes")]);
  return (
    <>
      <PageHeader
        title={t("addTitle")}
        intro={t("addIntro")}
        back={<BackLink href="/programmes">{t("backToList")}</BackLink>}
      />
      <ProgrammeForm {...options} defaultOwnerId={viewer.role === "programmamanager" ? viewer.userId : undefined} />
    </>
  );
}
