import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";

/** A password shown exactly once: it is not stored anywhere readable and cannot be shown again. */
export function OneTimePassword({
  title,
  password,
  children,
}: {
  title: string;
  password: string;
  children?: ReactNode;
}) {
  const t = useTranslations("admin.users");
  return (
    <Notice tone="success" title={title} role="status">
      <p>{t("passwordOnce")}</p>
      <p className="mt-2">
        {t("passwordLabel")}{" "}
        <code className="rounded bg-page px-2 py-1 font-mono text-lg" data-testid="one-time-password">
          {password}
        </code>
      </p>
      {children ? <div className="mt-2">{children}</div> : null}
    </Notice>
  );
}
