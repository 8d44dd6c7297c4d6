import type { ReactNode } from "react";
import { SiteFooter } from "@/components/about/site-footer";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SkipLink } from "@/components/shell/skip-link";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="bg-header text-on-header">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="text-xl font-bold">Impactkoers</p>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl break-words px-4 py-8">
        <ClientMessages namespaces={CLIENT_NAMESPACES.auth}>{children}</ClientMessages>
      </main>
      <SiteFooter width="max-w-5xl" />
    </>
  );
}
