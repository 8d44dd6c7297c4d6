import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MfaSetup } from "@/components/account/mfa-section";
import { SignOutForm } from "@/components/shell/sign-out-form";
import { Button } from "@/components/ui/button";
import { getOwnMfa } from "@/db/queries/mfa";
import { getAccount } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.mfa");
  return { title: t("forcedTitle") };
}

/**
 * The page someone signed in with a password lands on, whatever they asked for, while they must use an authenticator
 * app and have none: a beheerder, or anyone of a gemeente that asks it of everyone (lib/auth/viewer.ts sends them).
 */
export default async function MfaSetupPage() {
  const [account, mfa, t] = await Promise.all([getAccount(), getOwnMfa(), getTranslations("account.mfa")]);
  if (!account || !mfa) redirect("/login");
  // Set up already, or not asked of this person: nothing to do here. Right after confirming, the page is not
  // rendered again: the recovery codes stay on screen until the person goes on.
  if (!account.mfaSetupPending) redirect("/");
  return (
    <section aria-labelledby="mfa-setup-title" className="flex max-w-2xl flex-col gap-5">
      <h1 id="mfa-setup-title" className="text-3xl">
        {t("forcedTitle")}
      </h1>
      <p>{t(mfa.requirement === "gemeente" ? "forcedIntroGemeente" : "forcedIntroRole")}</p>
      <p>{t("noApp")}</p>
      <MfaSetup mfa={mfa} email={account.user.email} place="setup" continueHref="/" continueLabel={t("continue")} />
      <SignOutForm className="border-t border-line pt-5">
        <p className="mb-3 text-sm text-muted">{t("notNow")}</p>
        <Button type="submit" variant="secondary">
          {t("signOut")}
        </Button>
      </SignOutForm>
    </section>
  );
}
