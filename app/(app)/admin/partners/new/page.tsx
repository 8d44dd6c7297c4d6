import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PartnerForm } from "@/components/admin/partner-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.partners");
  return { title: t("addTitle") };
}

export default async function NewPartnerPage() {
  await orNotFound(guard("partners.manage"));
  const t = await getTranslations("admin.partners");
  return (
    <>
      <PageHeader
        title={t("addTitle")}
        intro={t("addIntro")}
        back={<BackLink href="/admin/partners">{t("backToList")}</BackLink>}
      />
      <PartnerForm />
    </>
  );
}
