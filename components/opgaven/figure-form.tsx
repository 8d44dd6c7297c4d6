"use client";
// A context figure of an opgave, entered by hand: what it counts, the value, its source and date.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addOpgaveFigureAction } from "@/app/(app)/opgaven/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function FigureForm({ opgaveId }: { opgaveId: number }) {
  const t = useTranslations("opgaven.figures");
  const [state, action] = useActionState<FormState, FormData>(
    addOpgaveFigureAction.bind(null, opgaveId),
    initialFormState,
  );
  const labels = {
    label: t("label"),
    value: t("value"),
    unit: t("unit"),
    source: t("source"),
    measuredOn: t("measuredOn"),
  };
  return (
    <details open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer font-semibold text-link">{t("add")}</summary>
      <form action={action} noValidate className="mt-3 flex max-w-2xl flex-col gap-4">
        <ErrorSummary state={state} labels={labels} />
        <TextField name="label" label={labels.label} hint={t("labelHint")} state={state} />
        <TextField name="value" label={labels.value} hint={t("valueHint")} inputMode="decimal" state={state} />
        <TextField name="unit" label={labels.unit} hint={t("unitHint")} optional state={state} />
        <TextField name="source" label={labels.source} hint={t("sourceHint")} state={state} />
        <TextField name="measuredOn" type="date" label={labels.measuredOn} optional state={state} />
        <div>
          <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        </div>
      </form>
    </details>
  );
}
