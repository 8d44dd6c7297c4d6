"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  changeAssumptionStatusAction,
  createAssumptionAction,
  updateAssumptionAction,
} from "@/app/(app)/programmes/[programmeId]/assumptions/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { ASSUMPTION_STATUSES, type AssumptionStatus, CRITICALITIES } from "@/lib/domain/constants";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type AssumptionValues = {
  id: number;
  statement: string;
  basis: string;
  criticality: string;
  testPlan: string;
  /** The saved version this form edits; a save from an older one is refused and shows both. */
  version: number;
};

export function AssumptionForm({
  programmeId,
  assumption,
  bases,
}: {
  programmeId: number;
  assumption?: AssumptionValues;
  bases: Option[];
}) {
  const t = useTranslations("programmes.assumptions");
  const criticality = useTranslations("programmes.criticality");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    assumption
      ? updateAssumptionAction.bind(null, programmeId, assumption.id)
      : createAssumptionAction.bind(null, programmeId),
    initialFormState,
  );
  const check = useVersionCheck(state, assumption?.version ?? 0);
  const criticalities = CRITICALITIES.map((c) => ({
    value: c,
    label: `${criticality(c)}: ${t(`criticalityMeaning.${c}`)}`,
  }));
  const compared: ComparedField[] = [
    { name: "statement", label: t("statement") },
    { name: "basis", label: t("basis"), options: bases },
    { name: "criticality", label: t("criticality"), options: criticalities },
    { name: "testPlan", label: t("testPlan") },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      {assumption ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
      <TextAreaField
        name="statement"
        label={t("statement")}
        hint={t("statementHint")}
        rows={3}
        defaultValue={assumption?.statement}
        state={state}
      />
      <SelectField
        name="basis"
        label={t("basis")}
        hint={t("basisHint")}
        optional
        options={bases}
        placeholder={t("noBasis")}
        defaultValue={assumption?.basis ?? ""}
        state={state}
      />
      <RadioGroupField
        name="criticality"
        label={t("criticality")}
        hint={t("criticalityHint")}
        options={criticalities}
        defaultValue={assumption?.criticality}
        state={state}
      />
      <TextAreaField
        name="testPlan"
        label={t("testPlan")}
        hint={t("testPlanHint")}
        optional
        rows={3}
        defaultValue={assumption?.testPlan}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{assumption ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}

/**
 * A new status always needs a reason: who changed it and when is recorded with it. A status set by someone else
 * after the form was opened is shown beside the user's choice, never overwritten unseen.
 */
export function AssumptionStatusForm({
  programmeId,
  assumptionId,
  current,
  version,
}: {
  programmeId: number;
  assumptionId: number;
  current: AssumptionStatus;
  version: number;
}) {
  const t = useTranslations("programmes.assumptions");
  const statuses = useTranslations("programmes.assumptionStatus");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    changeAssumptionStatusAction.bind(null, programmeId, assumptionId),
    initialFormState,
  );
  const check = useVersionCheck(state, version);
  const options = ASSUMPTION_STATUSES.map((s) => ({ value: s, label: statuses(s) }));
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} title={check.summaryTitle} labels={{ status: t("newStatus"), reason: t("reason") }} />
      <VersionCheck check={check} values={state.values} fields={[{ name: "status", label: t("status"), options }]} />
      <SelectField
        name="status"
        label={t("newStatus")}
        options={options.filter((option) => option.value !== current)}
        placeholder={t("chooseStatus")}
        state={state}
      />
      <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} rows={3} state={state} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("changeStatus")}</SubmitButton>
      </div>
    </form>
  );
}
