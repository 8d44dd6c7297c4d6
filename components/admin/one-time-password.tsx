import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";

/** A password shown exactly once: it is not stored anywhere readable and cannot be shown again. */
export function OneTimePassword({ title, password }: { title: string; password: string }) {
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
    </Notice>
  );
}
