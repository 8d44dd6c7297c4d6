import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MfaSettingSection } from "@/components/admin/mfa-setting-section";
import { SsoSetting } from "@/components/admin/sso-setting";
import { PageHeader } from "@/components/ui/page-header";
import { guard } from "@/db/write";
import { orNotFound } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.security");
  return { title: t("title") };
}

/** The gemeente's security settings: one section per setting, each loading and saving its own. */
export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const [{ opgeslagen }, t] = await Promise.all([
    searchParams,
    getTranslations("admin.security"),
    orNotFound(guard("security.manage")),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="flex flex-col gap-10">
        <SsoSetting saved={opgeslagen === "sso"} />
        <MfaSettingSection />
      </div>
    </>
  );
}
