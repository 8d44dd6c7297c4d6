"use client";
// The partner's value of one indicator for the period: day, value and note, saved as a concept. The data layer
// holds it to the rules of a measurement and to the period; its messages stand beside the fields, with the input
// kept. A save from an older version of the report shows the user's value beside the saved one.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveValueAction } from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState as ReportFormState } from "@/lib/validation/versions";

export type ValueFormProps = {
  periodId: number;
  /** The version of the report the page shows. */
  version: number;
  indicator: { id: number; name: string; unit: string };
  saved: { measuredOn: string; value: string; note: string } | null;
  hints: { day: string; value: string };
};

export function ValueForm({ periodId, version, indicator, saved, hints }: ValueFormProps) {
  const t = useTranslations("partnerReport.values");
  const [state, action] = useActionState<ReportFormState, FormData>(
    saveValueAction.bind(null, periodId),
    initialFormState,
  );
  const check = useVersionCheck(state, version);
  const id = (field: string) => `v${indicator.id}-${field}`;
  const labels = {
    measuredOn: t("measuredOn"),
    value: t("value", { unit: indicator.unit }),
    note: t("note"),
    indicatorId: t("indicator"),
  };
  const compared: ComparedField[] = [
    { name: "measuredOn", label: labels.measuredOn, day: true },
    { name: "value", label: labels.value },
    { name: "note", label: labels.note },
  ];
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={labels}
        fieldIds={{ measuredOn: id("measuredOn"), value: id("value"), note: id("note"), indicatorId: id("value") }}
      />
      {state.status === "success" && state.message ? (
        <Notice tone="success" role="status">
          {state.message}
        </Notice>
      ) : null}
      <VersionCheck check={check} values={state.values} fields={compared} />
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <TextField
        id={id("measuredOn")}
        name="measuredOn"
        type="date"
        label={labels.measuredOn}
        hint={hints.day}
        defaultValue={saved?.measuredOn}
        className="max-w-xs"
        state={state}
      />
      <TextField
        id={id("value")}
        name="value"
        label={labels.value}
        hint={hints.value}
        inputMode="decimal"
        defaultValue={saved?.value}
        className="max-w-xs"
        state={state}
      />
      <TextAreaField
        id={id("note")}
        name="note"
        label={labels.note}
        hint={t("noteHint")}
        optional
        rows={2}
        defaultValue={saved?.note}
        state={state}
      />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("save")}
          <span className="sr-only"> {t("for", { name: indicator.name })}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
