"use client";
// What went well, what went less well and what the partner learned in the period, saved as a concept.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveNarrativeAction } from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState as ReportFormState } from "@/lib/validation/versions";

export type Narrative = { wentWell: string; wentLess: string; learned: string };

const FIELDS = ["wentWell", "wentLess", "learned"] as const;

export function NarrativeForm({ periodId, version, saved }: { periodId: number; version: number; saved: Narrative }) {
  const t = useTranslations("partnerReport.narrative");
  const [state, action] = useActionState<ReportFormState, FormData>(
    saveNarrativeAction.bind(null, periodId),
    initialFormState,
  );
  const check = useVersionCheck(state, version);
  const compared: ComparedField[] = FIELDS.map((name) => ({ name, label: t(name) }));
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      {state.status === "success" && state.message ? (
        <Notice tone="success" role="status">
          {state.message}
        </Notice>
      ) : null}
      <VersionCheck check={check} values={state.values} fields={compared} />
      {FIELDS.map((name) => (
        <TextAreaField
          key={name}
          name={name}
          label={t(name)}
          hint={t(`${name}Hint`)}
          optional
          rows={4}
          defaultValue={saved[name]}
          state={state}
        />
      ))}
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
