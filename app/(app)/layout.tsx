import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { GemeenteLogo, GemeenteTheme } from "@/components/about/gemeente-look";
import { SiteFooter } from "@/components/about/site-footer";
import { NotificationBell } from "@/components/notifications/bell";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { MainNav, type NavSectionView } from "@/components/shell/main-nav";
import { OrganisationSwitcher } from "@/components/shell/organisation-switcher";
import { SkipLink } from "@/components/shell/skip-link";
import { UserMenu } from "@/components/shell/user-menu";
import Link from "@/components/ui/link";
import { getGemeenteLook } from "@/db/queries/gemeente-settings";
import { getAccount, requireViewer } from "@/lib/auth/viewer";
import { navigationFor } from "@/lib/navigation";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [t, nav, invitations, account, look] = await Promise.all([
    getTranslations("shell"),
    getTranslations("nav"),
    getTranslations("invitations"),
    getAccount(),
    getGemeenteLook(),
  ]);
  const openInvitations = account?.invitations.length ?? 0;
  const sections: NavSectionView[] = navigationFor(viewer.role).map((section) => ({
    label: section.label,
    heading: section.label === "main" ? undefined : nav(`sections.${section.label}`),
    items: section.items.map((item) => ({ ...item, text: nav(item.label) })),
  }));

  return (
    <>
      <GemeenteTheme colour={look.brandColour} />
      <SkipLink />
      <header className="no-print bg-header text-on-header">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
          <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
            <GemeenteLogo
              look={look}
              alt={t("logoAlt", { gemeente: look.organisationName })}
              className="rounded-ik bg-page p-1"
            />
            <Link href="/" className="py-2 text-xl font-bold text-on-header no-underline">
              Impactkoers
            </Link>
            <OrganisationSwitcher viewer={viewer} />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu viewer={viewer} />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 lg:flex-row lg:gap-10">
        <div className="lg:w-56 lg:shrink-0">
          <MainNav label={t("mainNavigation")} menuLabel={t("menu")} sections={sections} />
        </div>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 break-words">
          {openInvitations > 0 ? (
            <p className="no-print mb-4 rounded-ik border border-line bg-surface p-3">
              {invitations("banner", { count: openInvitations })}{" "}
              <Link href="/invitations">{invitations("bannerLink")}</Link>
            </p>
          ) : null}
          {children}
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
