"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addMeasurementAction } from "@/app/(app)/programmes/[programmeId]/indicators/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

/**
 * One measurement; after it is added the form is empty again for the next one. The hints tell the indicator's
 * rules before anything is typed: which values (its kind and bounds) and which days (the looptijd, the baseline).
 */
export function MeasurementForm({
  programmeId,
  indicatorId,
  unit,
  valueHint,
  dayHint,
}: {
  programmeId: number;
  indicatorId: number;
  unit: string;
  valueHint: string;
  dayHint: string;
}) {
  const t = useTranslations("programmes.indicators.measurement");
  const [state, action] = useActionState<FormState<{ measurementId: number }>, FormData>(
    addMeasurementAction.bind(null, programmeId, indicatorId),
    initialFormState,
  );
  const valueLabel = t("value", { unit });
  return (
    <form action={action} noValidate className="flex max-w-xl flex-col gap-4">
      <ErrorSummary state={state} labels={{ measuredOn: t("measuredOn"), value: valueLabel, note: t("note") }} />
      {state.status === "success" ? (
        <Notice tone="success" role="status">
          {t("added")}{" "}
          {state.result ? (
            <Link
              href={`/programmes/${programmeId}/indicators/${indicatorId}?rij=${state.result.measurementId}#metingen`}
            >
              {t("showAdded")}
            </Link>
          ) : null}
        </Notice>
      ) : null}
      <TextField name="measuredOn" type="date" label={t("measuredOn")} hint={dayHint} state={state} />
      <TextField
        name="value"
        label={valueLabel}
        hint={valueHint}
        inputMode="decimal"
        className="max-w-xs"
        state={state}
      />
      <TextAreaField name="note" label={t("note")} hint={t("noteHint")} optional rows={2} state={state} />
      <div>
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
