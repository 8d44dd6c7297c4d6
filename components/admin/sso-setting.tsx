import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { getSsoRequirement } from "@/db/queries/security-settings";
import { orNotFound } from "@/lib/auth/guard";
import { ssoConfig } from "@/lib/auth/sso-config";
import { signedInWithSso } from "@/lib/auth/viewer";
import { SsoSettingForm } from "./sso-setting-form";

/** The section of /admin/security on single sign-on: whether the gemeente's members must sign in through it. */
export async function SsoSetting({ saved }: { saved: boolean }) {
  const [setting, viaSso, t, tLogin] = await Promise.all([
    orNotFound(getSsoRequirement()),
    signedInWithSso(),
    getTranslations("admin.security.sso"),
    getTranslations("login"),
  ]);
  const button = ssoConfig()?.label ?? tLogin("ssoButton");
  return (
    <section aria-labelledby="sso-setting-title" className="flex flex-col gap-4">
      <h2 id="sso-setting-title" className="text-xl">
        {t("title")}
      </h2>
      {saved ? (
        <Notice tone="success" role="status">
          {t("saved")}
        </Notice>
      ) : null}
      {setting.ssoConfigured ? <p>{t("configured", { button })}</p> : <Notice>{t("notConfigured")}</Notice>}
      {setting.ssoConfigured && !setting.requireSso && !viaSso ? <Notice>{t("signInFirst", { button })}</Notice> : null}
      {/* Without SSO it cannot be switched on; a requirement left from before can still be switched off. */}
      {setting.ssoConfigured || setting.requireSso ? (
        <SsoSettingForm
          setting={{ requireSso: setting.requireSso, version: setting.version }}
          labels={{
            legend: t("legend"),
            hint: t("hint"),
            options: [
              { value: "false", label: t("optional") },
              { value: "true", label: t("required") },
            ],
            save: t("save"),
            saving: t("saving"),
          }}
        />
      ) : null}
    </section>
  );
}
