import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={CLIENT_NAMESPACES.subsidies}>{children}</ClientMessages>;
}
