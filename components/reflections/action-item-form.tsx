"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addActionItemAction } from "@/app/(app)/programmes/[programmeId]/reflections/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextField } from "@/components/ui/field";
import { useFlashAction } from "@/components/ui/page-flash";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

// Field ids carry a prefix: the session page holds several forms.
const ids = { description: "action-description", ownerId: "action-ownerId", dueDate: "action-dueDate" };

export function ActionItemForm({
  programmeId,
  sessionId,
  owners,
}: {
  programmeId: number;
  sessionId: number;
  owners: Option[];
}) {
  const t = useTranslations("reflections");
  const [state, action] = useActionState<FormState, FormData>(
    useFlashAction(addActionItemAction.bind(null, programmeId, sessionId)).action,
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary
        state={state}
        fieldIds={ids}
        labels={{ description: t("actionDescription"), ownerId: t("actionOwner"), dueDate: t("actionDueDate") }}
      />
      <TextField
        id={ids.description}
        name="description"
        label={t("actionDescription")}
        hint={t("actionDescriptionHint")}
        state={state}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={ids.ownerId}
          name="ownerId"
          label={t("actionOwner")}
          options={owners}
          placeholder={t("chooseOwner")}
          state={state}
        />
        <TextField id={ids.dueDate} name="dueDate" type="date" label={t("actionDueDate")} optional state={state} />
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("addAction")}</SubmitButton>
      </div>
    </form>
  );
}
