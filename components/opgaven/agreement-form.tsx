"use client";
// What was agreed in the session, who takes it up and by when.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addAgreementAction } from "@/app/(app)/strategic-sessions/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function AgreementForm({
  sessionId,
  people,
}: {
  sessionId: number;
  people: { id: number; name: string; worksFor: string | null }[];
}) {
  const t = useTranslations("opgaven.agreements");
  const [state, action] = useActionState<FormState, FormData>(
    addAgreementAction.bind(null, sessionId),
    initialFormState,
  );
  const labels = { description: t("description"), ownerId: t("owner"), dueDate: t("dueDate") };
  return (
    <details open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer font-semibold text-link">{t("add")}</summary>
      <form action={action} noValidate className="mt-3 flex max-w-2xl flex-col gap-4">
        <ErrorSummary state={state} labels={labels} />
        <TextAreaField name="description" label={labels.description} rows={3} state={state} />
        <SelectField
          name="ownerId"
          label={labels.ownerId}
          options={people.map((p) => ({
            value: String(p.id),
            label: p.worksFor ? `${p.name} (${p.worksFor})` : p.name,
          }))}
          placeholder={t("choose")}
          state={state}
        />
        <TextField name="dueDate" type="date" label={labels.dueDate} optional state={state} />
        <div>
          <SubmitButton variant="secondary" pendingLabel={t("saving")}>
            {t("save")}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
