"use client";
// Archiving a subsidy framework (with a reason) and restoring it. Never deleted: its grants stay traceable.
import { useTranslations } from "next-intl";
import { archiveFrameworkAction, restoreFrameworkAction } from "@/app/(app)/subsidies/actions";
import { ArchiveForm } from "@/components/archive/archive-form";
import { ActionButton } from "@/components/ui/action-button";

export function FrameworkArchive({ frameworkId, archived }: { frameworkId: number; archived: boolean }) {
  const t = useTranslations("subsidies.archive");
  if (archived) {
    return (
      <ActionButton
        action={restoreFrameworkAction.bind(null, frameworkId)}
        label={t("restore")}
        pendingLabel={t("restoring")}
      />
    );
  }
  return (
    <ArchiveForm
      action={archiveFrameworkAction.bind(null, frameworkId)}
      labels={{
        summary: t("summary"),
        explain: t("explain"),
        reason: t("reason"),
        reasonHint: t("reasonHint"),
        submit: t("submit"),
        pending: t("pending"),
      }}
    />
  );
}
