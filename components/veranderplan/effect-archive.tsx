"use client";
// Archiving an agreed effect (with a reason) instead of deleting it.
import { useTranslations } from "next-intl";
import { archiveAgreedEffectAction } from "@/app/(app)/opgaven/[opgaveId]/veranderplan/actions";
import { ArchiveForm } from "@/components/archive/archive-form";

export function EffectArchive({ opgaveId, effectId }: { opgaveId: number; effectId: number }) {
  const t = useTranslations("opgaven.veranderplan.effects.archive");
  return (
    <ArchiveForm
      action={archiveAgreedEffectAction.bind(null, opgaveId, effectId)}
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
