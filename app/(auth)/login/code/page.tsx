import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { getViewer } from "@/lib/auth/viewer";
import { challengeToken } from "@/lib/server/challenge-cookie";
import { safeCallbackPath } from "@/lib/validation/auth";
import { CodeForm } from "./code-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login.code");
  return { title: t("title") };
}

/** The second step of signing in, after a right password of an account with an authenticator app. */
export default async function SignInCodePage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ callbackUrl }, viewer, challenge, t] = await Promise.all([
    searchParams,
    getViewer(),
    challengeToken(),
    getTranslations("login.code"),
  ]);
  const target = safeCallbackPath(callbackUrl);
  if (viewer) redirect(target);
  // Without a password checked first there is nothing to give a code for.
  if (!challenge) redirect(`/login?${new URLSearchParams({ callbackUrl: target })}`);
  return (
    <section aria-labelledby="code-title" className="flex max-w-md flex-col gap-5">
      <h1 id="code-title" className="text-3xl">
        {t("title")}
      </h1>
      <p>{t("intro")}</p>
      <CodeForm callbackUrl={target} />
      <p className="text-sm text-muted">{t("lost")}</p>
      <p>
        <Link href={`/login?${new URLSearchParams({ callbackUrl: target })}`}>{t("back")}</Link>
      </p>
    </section>
  );
}
