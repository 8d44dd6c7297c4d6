import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { GemeenteLogo, GemeenteTheme } from "@/components/about/gemeente-look";
import { SiteFooter } from "@/components/about/site-footer";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SkipLink } from "@/components/shell/skip-link";
import Link from "@/components/ui/link";
import { getGemeenteLook } from "@/db/queries/gemeente-settings";
import { getViewer } from "@/lib/auth/viewer";

/**
 * The pages of the footer: open to anyone, signed in or not (proxy.ts lets them through). Signed in, they carry the
 * gemeente's own logo and colour as the app does.
 */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [t, shell, viewer] = await Promise.all([getTranslations("public"), getTranslations("shell"), getViewer()]);
  const look = viewer ? await getGemeenteLook() : null;
  return (
    <>
      {look ? <GemeenteTheme colour={look.brandColour} /> : null}
      <SkipLink />
      <header className="bg-header text-on-header">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
            {look ? (
              <GemeenteLogo
                look={look}
                alt={shell("logoAlt", { gemeente: look.organisationName })}
                className="rounded-ik bg-page p-1"
              />
            ) : null}
            <p className="text-xl font-bold">Impactkoers</p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <Link href={viewer ? "/" : "/login"} className="py-2 font-semibold text-on-header">
              {viewer ? t("toApp") : t("signIn")}
            </Link>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl break-words px-4 py-8 hyphens-auto">
        {children}
      </main>
      <SiteFooter width="max-w-5xl" />
    </>
  );
}
