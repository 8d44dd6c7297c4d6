import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { ssoConfig } from "@/lib/auth/sso-config";
import { type SsoRefusalReason, ssoRefusalReason } from "@/lib/auth/sso-refusal";
import { endedBySsoRequirement, getAccount, getViewer, MFA_SETUP_PATH } from "@/lib/auth/viewer";
import { safeCallbackPath } from "@/lib/validation/auth";
import { LoginForm } from "./login-form";
import { SsoSignIn } from "./sso-sign-in";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; afgemeld?: string; sso?: string; error?: string }>;
}) {
  const [{ callbackUrl, afgemeld, sso, error }, viewer, t] = await Promise.all([
    searchParams,
    getViewer(),
    getTranslations("login"),
  ]);
  if (viewer) redirect(safeCallbackPath(callbackUrl));
  const account = await getAccount();
  // Signed in, but an authenticator app must be set up first.
  if (account?.mfaSetupPending) redirect(MFA_SETUP_PATH);
  // Signed in with only invitations to answer.
  if (account?.invitations.length) redirect("/invitations");
  const ssoSettings = ssoConfig();
  const ssoRefused = ssoSettings ? refusal(sso, error) : null;
  // Signed in with a password until the gemeente required single sign-on.
  const ssoNowRequired = ssoSettings && !account ? await endedBySsoRequirement() : false;
  return (
    <div className="grid gap-10 md:grid-cols-[minmax(0,28rem)_1fr]">
      <section aria-labelledby="login-title" className="flex flex-col gap-5">
        <h1 id="login-title" className="text-3xl">
          {t("title")}
        </h1>
        {afgemeld ? (
          <Notice tone="success">{t(afgemeld === "overal" ? "signedOutEverywhere" : "signedOut")}</Notice>
        ) : null}
        {ssoRefused ? (
          <Notice tone="danger" title={t("ssoRefusedTitle")}>
            {t(`ssoRefused.${ssoRefused}`)}
          </Notice>
        ) : null}
        {ssoSettings && ssoNowRequired ? (
          <Notice tone="info" title={t("ssoNowRequiredTitle")}>
            {t("ssoRequired", { button: ssoSettings.label ?? t("ssoButton") })}
          </Notice>
        ) : null}
        {ssoSettings ? (
          <>
            <SsoSignIn callbackUrl={safeCallbackPath(callbackUrl)} label={ssoSettings.label ?? t("ssoButton")} />
            <h2 className="text-xl">{t("passwordTitle")}</h2>
          </>
        ) : null}
        <p>{t("intro")}</p>
        <LoginForm callbackUrl={safeCallbackPath(callbackUrl)} />
        <p className="text-sm text-muted">{t("forgotten")}</p>
      </section>
      <section aria-labelledby="about-title" className="rounded-ik bg-surface p-6">
        <h2 id="about-title" className="text-xl">
          {t("aboutTitle")}
        </h2>
        <p className="mt-2">{t("about")}</p>
      </section>
    </div>
  );
}

/**
 * Why a sign-in through the gemeente's provider gave no session: refused by Impactkoers (`sso`), or an error of
 * Auth.js's exchange with the provider (`error`, Auth.js's own error page being this one). A wrong password posted
 * straight to Auth.js's route also arrives with `error`; the password form says so itself.
 */
function refusal(sso: string | undefined, error: string | undefined): SsoRefusalReason | null {
  if (sso) return ssoRefusalReason(sso) ?? "failed";
  if (error && error !== "CredentialsSignin") return "failed";
  return null;
}
