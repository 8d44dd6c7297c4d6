import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiKeyForm } from "@/components/admin/api-key-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";
import { defaultExpiryDay } from "@/lib/domain/api-keys";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.apiKeys");
  return { title: t("addTitle") };
}

export default async function NewApiKeyPage() {
  await orNotFound(guard("apiKeys.manage"));
  const t = await getTranslations("admin.apiKeys");
  return (
    <>
      <PageHeader
        title={t("addTitle")}
        intro={t("addIntro")}
        back={<BackLink href="/admin/api-keys">{t("backToList")}</BackLink>}
      />
      <ApiKeyForm defaultExpiresOn={defaultExpiryDay()} />
    </>
  );
}
