import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { shortLocale } from "@/lib/i18n/settings";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { template: "%s · Impactkoers", default: "Impactkoers" },
    description: t("tagline"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={shortLocale(locale)}>
      <body className="min-h-screen bg-page text-ink antialiased">
        <ClientMessages namespaces={CLIENT_NAMESPACES.app}>{children}</ClientMessages>
      </body>
    </html>
  );
}
