import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FrameworkForm } from "@/components/subsidies/framework-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { frameworkEffectOptions } from "@/db/queries/subsidies";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("subsidies");
  return { title: t("addTitle") };
}

export default async function NewFrameworkPage() {
  await orNotFound(guard("subsidies.manage"));
  const [effects, t] = await Promise.all([orNotFound(frameworkEffectOptions()), getTranslations("subsidies")]);
  return (
    <>
      <PageHeader
        title={t("addTitle")}
        intro={t("addIntro")}
        back={<BackLink href="/subsidies">{t("back")}</BackLink>}
      />
      <FrameworkForm effects={effects} />
    </>
  );
}
