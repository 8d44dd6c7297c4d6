// The part of the account page where a person chooses how notifications reach them.
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { getNotificationSettings } from "@/db/queries/notification-settings";
import { EMAIL_MODES } from "@/lib/domain/constants";
import { NotificationSettingsForm } from "./settings-form";

export async function NotificationSettingsSection({ saved }: { saved: boolean }) {
  const [settings, t] = await Promise.all([getNotificationSettings(), getTranslations("notifications.settings")]);
  return (
    <section id="meldingen" aria-labelledby="notifications-title" className="mt-8 max-w-2xl border-t border-line pt-6">
      <h2 id="notifications-title" className="mb-3 text-2xl">
        {t("title")}
      </h2>
      <p className="mb-4">{t("intro")}</p>
      {saved ? (
        <div className="mb-4">
          <Notice tone="success" role="status">
            {t("saved")}
          </Notice>
        </div>
      ) : null}
      {settings.emailAvailable ? (
        <NotificationSettingsForm
          settings={settings}
          labels={{
            legend: t("legend"),
            hint: t("emailTo", { email: settings.email }),
            modes: EMAIL_MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) })),
            save: t("save"),
            saving: t("saving"),
          }}
        />
      ) : (
        <Notice tone="info">{t("unavailable")}</Notice>
      )}
    </section>
  );
}
