"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  createHypothesisAction,
  updateHypothesisAction,
} from "@/app/(app)/programmes/[programmeId]/hypotheses/actions";
import { CheckboxGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { HYPOTHESIS_STATUSES } from "@/lib/domain/constants";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type HypothesisValues = {
  id: number;
  activity: string;
  change: string;
  targetGroup: string;
  mechanism: string;
  notes: string;
  status: string;
  elementIds: number[];
  /** The saved version this form edits; a save from an older one is refused and shows both. */
  version: number;
};

/** "Als wij …", "dan …", "voor …", "omdat …": four short fields that read as one sentence. */
export function HypothesisForm({
  programmeId,
  hypothesis,
  elements,
}: {
  programmeId: number;
  hypothesis?: HypothesisValues;
  elements: Option[];
}) {
  const t = useTranslations("programmes.hypotheses");
  const statuses = useTranslations("programmes.hypothesisStatus");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    hypothesis
      ? updateHypothesisAction.bind(null, programmeId, hypothesis.id)
      : createHypothesisAction.bind(null, programmeId),
    initialFormState,
  );
  const check = useVersionCheck(state, hypothesis?.version ?? 0);
  const statusOptions = HYPOTHESIS_STATUSES.map((s) => ({ value: s, label: statuses(s) }));
  const compared: ComparedField[] = [
    { name: "activity", label: t("activity") },
    { name: "change", label: t("change") },
    { name: "targetGroup", label: t("targetGroup") },
    { name: "mechanism", label: t("mechanism") },
    { name: "notes", label: t("notes") },
    { name: "elementIds", label: t("elements"), options: elements },
    { name: "status", label: t("status"), options: statusOptions },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      {hypothesis ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
      <TextAreaField
        name="activity"
        label={t("activity")}
        hint={t("activityHint")}
        rows={2}
        defaultValue={hypothesis?.activity}
        state={state}
      />
      <TextAreaField
        name="change"
        label={t("change")}
        hint={t("changeHint")}
        rows={2}
        defaultValue={hypothesis?.change}
        state={state}
      />
      <TextAreaField
        name="targetGroup"
        label={t("targetGroup")}
        hint={t("targetGroupHint")}
        rows={1}
        defaultValue={hypothesis?.targetGroup}
        state={state}
      />
      <TextAreaField
        name="mechanism"
        label={t("mechanism")}
        hint={t("mechanismHint")}
        rows={3}
        defaultValue={hypothesis?.mechanism}
        state={state}
      />
      <TextAreaField name="notes" label={t("notes")} optional rows={3} defaultValue={hypothesis?.notes} state={state} />
      <CheckboxGroupField
        name="elementIds"
        label={t("elements")}
        hint={t("elementsHint")}
        optional
        options={elements}
        defaultValues={hypothesis?.elementIds.map(String)}
        empty={t("noElements")}
        state={state}
      />
      <SelectField
        name="status"
        label={t("status")}
        options={statusOptions}
        defaultValue={hypothesis?.status ?? "open"}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{hypothesis ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
