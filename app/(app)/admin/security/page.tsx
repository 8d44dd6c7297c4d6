import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MfaSettingSection } from "@/components/admin/mfa-setting-section";
import { PageHeader } from "@/components/ui/page-header";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.security");
  return { title: t("title") };
}

/** The gemeente's security settings: one section per subject, each with its own form and version. */
export default async function SecurityPage() {
  const [t] = await Promise.all([getTranslations("admin.security"), orNotFound(guard("security.manage"))]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="flex flex-col gap-8">
        <MfaSettingSection />
      </div>
    </>
  );
}
