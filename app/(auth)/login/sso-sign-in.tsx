import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { ssoSignInAction } from "./actions";

/** The button that sends the person to the gemeente's own sign-in (OpenID Connect), shown when SSO is configured. */
export async function SsoSignIn({ callbackUrl, label }: { callbackUrl: string; label: string }) {
  const t = await getTranslations("login");
  return (
    <section aria-labelledby="sso-title" className="flex flex-col gap-3">
      <h2 id="sso-title" className="text-xl">
        {t("ssoTitle")}
      </h2>
      <p>{t("ssoIntro")}</p>
      <form action={ssoSignInAction}>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <SubmitButton pendingLabel={t("ssoSubmitting")}>{label}</SubmitButton>
      </form>
    </section>
  );
}
