import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PartnerForm } from "@/components/admin/partner-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "@/lib/auth/guard";
import { requirePermission } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.partners");
  return { title: t("addTitle") };
}

export default async function NewPartnerPage() {
  await orNotFound(requirePermission("partners.manage"));
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
