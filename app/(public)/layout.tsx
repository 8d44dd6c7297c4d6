import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/about/site-footer";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SkipLink } from "@/components/shell/skip-link";
import Link from "@/components/ui/link";
import { getViewer } from "@/lib/auth/viewer";

/** The pages of the footer: open to anyone, signed in or not (proxy.ts lets them through). */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [t, viewer] = await Promise.all([getTranslations("public"), getViewer()]);
  return (
    <>
      <SkipLink />
      <header className="bg-header text-on-header">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="text-xl font-bold">Impactkoers</p>
          <div className="flex flex-wrap items-center gap-4">
            <Link href={viewer ? "/" : "/login"} className="py-2 font-semibold text-on-header">
              {viewer ? t("toApp") : t("signIn")}
            </Link>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <SiteFooter width="max-w-5xl" />
    </>
  );
}
