import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { changeLanguage } from "@/app/(app)/actions";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DataDownloadSection } from "@/components/account/data-download-section";
import { MfaSection } from "@/components/account/mfa-section";
import { SessionsSection } from "@/components/account/sessions-section";
import { NotificationSettingsSection } from "@/components/notifications/settings-section";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getOwnMfa } from "@/db/queries/mfa";
import { requireViewer } from "@/lib/auth/viewer";
import { LANGUAGE_NAMES, LOCALES } from "@/lib/domain/constants";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ wachtwoord?: string; meldingen?: string; sessie?: string; tweestaps?: string }>;
}) {
  const [viewer, { wachtwoord, meldingen, sessie, tweestaps }] = await Promise.all([requireViewer(), searchParams]);
  const [t, roles, mfa] = await Promise.all([getTranslations("account"), getTranslations("roles"), getOwnMfa()]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <section aria-labelledby="details-title" className="max-w-2xl">
        <h2 id="details-title" className="mb-3 text-2xl">
          {t("detailsTitle")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("name")}</dt>
          <dd>{viewer.name}</dd>
          <dt className="font-semibold">{t("email")}</dt>
          <dd className="break-all">{viewer.email}</dd>
          <dt className="font-semibold">{t("memberships")}</dt>
          <dd>
            <ul>
              {viewer.memberships.map((m) => (
                <li key={m.organisationId}>
                  {m.organisationName}: {roles(m.role)}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>

      <section aria-labelledby="language-title" className="mt-8 max-w-2xl border-t border-line pt-6">
        <h2 id="language-title" className="mb-3 text-2xl">
          {t("languageTitle")}
        </h2>
        <form action={changeLanguage} className="flex flex-col gap-4">
          <fieldset>
            <legend className="mb-2 font-semibold">{t("languageLegend")}</legend>
            {LOCALES.map((locale) => (
              <div key={locale} className="flex min-h-11 items-center gap-3">
                <input
                  type="radio"
                  id={`locale-${locale}`}
                  name="locale"
                  value={locale}
                  defaultChecked={viewer.locale === locale}
                  className="h-5 w-5"
                />
                <label htmlFor={`locale-${locale}`} lang={locale}>
                  {LANGUAGE_NAMES[locale]}
                </label>
              </div>
            ))}
          </fieldset>
          <div>
            <button type="submit" className={buttonClass("secondary")}>
              {t("saveLanguage")}
            </button>
          </div>
        </form>
      </section>

      <NotificationSettingsSection saved={meldingen === "opgeslagen"} />

      <section aria-labelledby="password-title" className="mt-8 max-w-2xl border-t border-line pt-6">
        <h2 id="password-title" className="mb-3 text-2xl">
          {t("passwordTitle")}
        </h2>
        {wachtwoord === "gewijzigd" ? (
          <div className="mb-4">
            <Notice tone="success" role="status">
              {t("passwordChanged")}
            </Notice>
          </div>
        ) : null}
        <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
      </section>

      {mfa ? <MfaSection mfa={mfa} email={viewer.email} changed={tweestaps} /> : null}

      <SessionsSection ended={sessie === "afgemeld"} />

      <DataDownloadSection />
    </>
  );
}
