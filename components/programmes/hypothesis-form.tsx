"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  createHypothesisAction,
  updateHypothesisAction,
} from "@/app/(app)/programmes/[programmeId]/hypotheses/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxGroupField, type Option, SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { HYPOTHESIS_STATUSES } from "@/lib/domain/constants";
import { type FormState, initialFormState } from "@/lib/validation/form";

export type HypothesisValues = {
  id: number;
  activity: string;
  change: string;
  targetGroup: string;
  mechanism: string;
  notes: string;
  status: string;
  elementIds: number[];
};

/** "Als wij … doen, dan … voor …, omdat …": four short fields that read as one sentence. */
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
  const [state, action] = useActionState<FormState, FormData>(
    hypothesis
      ? updateHypothesisAction.bind(null, programmeId, hypothesis.id)
      : createHypothesisAction.bind(null, programmeId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{
          activity: t("activity"),
          change: t("change"),
          targetGroup: t("targetGroup"),
          mechanism: t("mechanism"),
          notes: t("notes"),
          status: t("status"),
          elementIds: t("elements"),
        }}
      />
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
        options={HYPOTHESIS_STATUSES.map((s) => ({ value: s, label: statuses(s) }))}
        defaultValue={hypothesis?.status ?? "open"}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{hypothesis ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
