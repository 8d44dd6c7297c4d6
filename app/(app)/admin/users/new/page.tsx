import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { partnerOrganisationOptions } from "@/db/queries/partners";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("addTitle") };
}

export default async function NewUserPage() {
  const partners = await orNotFound(partnerOrganisationOptions());
  const t = await getTranslations("admin.users");
  return (
    <>
      <PageHeader
        title={t("addTitle")}
        intro={t("addIntro")}
        back={<BackLink href="/admin/users">{t("backToList")}</BackLink>}
      />
      <CreateUserForm partners={partners} />
    </>
  );
}
