// One section of the Beveiliging page: who must use two-step verification.
import { getTranslations } from "next-intl/server";
import { getMfaSetting } from "@/db/queries/mfa-setting";
import { MfaSettingForm } from "./mfa-setting";

export async function MfaSettingSection() {
  const [setting, t] = await Promise.all([getMfaSetting(), getTranslations("admin.security.mfa")]);
  return (
    <section aria-labelledby="mfa-setting-title" className="max-w-2xl border-t border-line pt-6">
      <h2 id="mfa-setting-title" className="mb-3 text-2xl">
        {t("title")}
      </h2>
      <p className="mb-3">{t("intro")}</p>
      <p className="mb-4">{t("count", { enabled: setting.enabled, total: setting.total })}</p>
      <MfaSettingForm required={setting.required} version={setting.version} />
    </section>
  );
}
