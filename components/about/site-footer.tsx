import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";

/** The pages the law and users expect, on every page: signed in, on the sign-in page and on these pages themselves. */
export const FOOTER_PAGES = [
  { href: "/accessibility", label: "accessibility" },
  { href: "/privacy", label: "privacy" },
  { href: "/help", label: "help" },
  { href: "/contact", label: "contact" },
] as const;

export async function SiteFooter({ width = "max-w-7xl" }: { width?: "max-w-7xl" | "max-w-5xl" }) {
  const [t, common] = await Promise.all([getTranslations("footer"), getTranslations("common")]);
  return (
    <footer className={`no-print mx-auto mt-8 flex flex-col gap-2 border-t border-line px-4 py-6 text-sm ${width}`}>
      <nav aria-label={t("label")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {FOOTER_PAGES.map((page) => (
            <li key={page.href}>
              <Link href={page.href}>{t(page.label)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-muted">{common("tagline")}</p>
    </footer>
  );
}
