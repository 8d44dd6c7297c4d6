"use client";
// Naming an opgave in a session: one of the register, or a new one proposed there.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addSessionOpgaveAction } from "@/app/(app)/strategic-sessions/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function SessionOpgaveForm({
  sessionId,
  opgaven,
}: {
  sessionId: number;
  opgaven: { id: number; title: string }[];
}) {
  const t = useTranslations("opgaven.sessionOpgaven");
  const [state, action] = useActionState<FormState, FormData>(
    addSessionOpgaveAction.bind(null, sessionId),
    initialFormState,
  );
  const labels = { opgaveId: t("existing"), title: t("proposalTitle"), description: t("proposalDescription") };
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary state={state} labels={labels} />
      <SelectField
        name="opgaveId"
        label={labels.opgaveId}
        optional
        options={opgaven.map((o) => ({ value: String(o.id), label: o.title }))}
        placeholder={t("existingPlaceholder")}
        state={state}
      />
      <p className="font-semibold">{t("or")}</p>
      <TextField name="title" label={labels.title} hint={t("proposalHint")} optional state={state} />
      <TextAreaField name="description" label={labels.description} optional rows={3} state={state} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("adding")}>
          {t("add")}
        </SubmitButton>
      </div>
    </form>
  );
}
