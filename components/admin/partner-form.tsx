"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createPartnerAction, updatePartnerAction } from "@/app/(app)/admin/partners/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function PartnerForm({ partner }: { partner?: { id: number; name: string; description: string } }) {
  const t = useTranslations("admin.partners");
  const [state, action] = useActionState<FormState, FormData>(
    partner ? updatePartnerAction.bind(null, partner.id) : createPartnerAction,
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} labels={{ name: t("name"), description: t("description") }} />
      <TextField name="name" label={t("name")} defaultValue={partner?.name} state={state} />
      <TextAreaField
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        optional
        defaultValue={partner?.description}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{partner ? t("save") : t("add")}</SubmitButton>
      </div>
    </form>
  );
}
