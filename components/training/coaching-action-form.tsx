"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addCoachingActionAction } from "@/app/(app)/training/[trackId]/coaching/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** An action agreed in the conversation: what, who carries it out, and by when. */
export function CoachingActionForm({
  trackId,
  conversationId,
  owners,
}: {
  trackId: number;
  conversationId: number;
  owners: Option[];
}) {
  const t = useTranslations("training.coaching");
  const [state, action] = useActionState<FormState, FormData>(
    addCoachingActionAction.bind(null, trackId, conversationId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4 rounded-ik border border-line p-4">
      <h3 className="text-lg">{t("addAction")}</h3>
      <ErrorSummary
        state={state}
        labels={{ description: t("actionDescription"), ownerId: t("actionOwner"), dueDate: t("actionDue") }}
      />
      <TextField name="description" label={t("actionDescription")} state={state} />
      <SelectField
        name="ownerId"
        label={t("actionOwner")}
        options={owners}
        placeholder={t("chooseOwner")}
        state={state}
      />
      <TextField name="dueDate" type="date" label={t("actionDue")} optional state={state} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("addActionButton")}
        </SubmitButton>
      </div>
    </form>
  );
}
