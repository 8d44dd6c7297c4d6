"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  changeAssumptionStatusAction,
  createAssumptionAction,
  updateAssumptionAction,
} from "@/app/(app)/programmes/[programmeId]/assumptions/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, RadioGroupField, SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ASSUMPTION_STATUSES, type AssumptionStatus, CRITICALITIES } from "@/lib/domain/constants";
import { type FormState, initialFormState } from "@/lib/validation/form";

export type AssumptionValues = {
  id: number;
  statement: string;
  basis: string;
  criticality: string;
  testPlan: string;
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
  const [state, action] = useActionState<FormState, FormData>(
    assumption
      ? updateAssumptionAction.bind(null, programmeId, assumption.id)
      : createAssumptionAction.bind(null, programmeId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{
          statement: t("statement"),
          basis: t("basis"),
          criticality: t("criticality"),
          testPlan: t("testPlan"),
        }}
      />
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
        options={CRITICALITIES.map((c) => ({ value: c, label: `${criticality(c)}: ${t(`criticalityMeaning.${c}`)}` }))}
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

/** A new status always needs a reason: who changed it and when is recorded with it. */
export function AssumptionStatusForm({
  programmeId,
  assumptionId,
  current,
}: {
  programmeId: number;
  assumptionId: number;
  current: AssumptionStatus;
}) {
  const t = useTranslations("programmes.assumptions");
  const statuses = useTranslations("programmes.assumptionStatus");
  const [state, action] = useActionState<FormState, FormData>(
    changeAssumptionStatusAction.bind(null, programmeId, assumptionId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} labels={{ status: t("newStatus"), reason: t("reason") }} />
      <SelectField
        name="status"
        label={t("newStatus")}
        options={ASSUMPTION_STATUSES.filter((s) => s !== current).map((s) => ({ value: s, label: statuses(s) }))}
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
