import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { getAccount, getViewer, MFA_SETUP_PATH } from "@/lib/auth/viewer";
import { safeCallbackPath } from "@/lib/validation/auth";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; afgemeld?: string }>;
}) {
  const [{ callbackUrl, afgemeld }, viewer, t] = await Promise.all([
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
  return (
    <div className="grid gap-10 md:grid-cols-[minmax(0,28rem)_1fr]">
      <section aria-labelledby="login-title" className="flex flex-col gap-5">
        <h1 id="login-title" className="text-3xl">
          {t("title")}
        </h1>
        {afgemeld ? (
          <Notice tone="success">{t(afgemeld === "overal" ? "signedOutEverywhere" : "signedOut")}</Notice>
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
