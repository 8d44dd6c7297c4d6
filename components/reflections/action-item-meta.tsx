import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormattedDay } from "@/components/ui/formatted-date";

/** Who picks an action item up and when it is due, with where it came from. */
export function ActionItemMeta({
  ownerName,
  dueDate,
  overdue,
  children,
}: {
  ownerName: string | null;
  dueDate: string | null;
  overdue: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations("reflections");
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      <span>
        {t("owner")}: {ownerName ?? t("noOwner")}
      </span>
      <span>
        {t("due")}: {dueDate ? <FormattedDay value={dueDate} /> : t("noDueDate")}
        {overdue ? <strong className="ml-1 text-danger">({t("overdue")})</strong> : null}
      </span>
      {children ? <span>{children}</span> : null}
    </p>
  );
}
