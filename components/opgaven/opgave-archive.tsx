"use client";
// Archiving an opgave (with a reason) and restoring it.
import { useTranslations } from "next-intl";
import { archiveOpgaveAction, restoreOpgaveAction } from "@/app/(app)/opgaven/actions";
import { ArchiveForm } from "@/components/archive/archive-form";
import { ActionButton } from "@/components/ui/action-button";

export function OpgaveArchive({ opgaveId, archived }: { opgaveId: number; archived: boolean }) {
  const t = useTranslations("opgaven.archive");
  if (archived) {
    return (
      <ActionButton
        action={restoreOpgaveAction.bind(null, opgaveId)}
        label={t("restore")}
        pendingLabel={t("restoring")}
      />
    );
  }
  return (
    <ArchiveForm
      action={archiveOpgaveAction.bind(null, opgaveId)}
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
