"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createIndicatorAction, updateIndicatorAction } from "@/app/(app)/programmes/[programmeId]/indicators/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, RadioGroupField, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CONTRIBUTIONS, INDICATOR_DIRECTIONS, MEASUREMENT_FREQUENCIES } from "@/lib/domain/constants";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** An indicator as the form shows it: numbers already written the Dutch way ("12,5"), days as "2026-11-27". */
export type IndicatorValues = {
  id: number;
  name: string;
  basis: string;
  unit: string;
  direction: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  source: string;
  frequency: string;
  contribution: string;
};

export function IndicatorForm({
  programmeId,
  indicator,
  bases,
}: {
  programmeId: number;
  indicator?: IndicatorValues;
  bases: Option[];
}) {
  const t = useTranslations("programmes.indicators");
  const [state, action] = useActionState<FormState, FormData>(
    indicator
      ? updateIndicatorAction.bind(null, programmeId, indicator.id)
      : createIndicatorAction.bind(null, programmeId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{
          name: t("name"),
          basis: t("basis"),
          unit: t("unit"),
          direction: t("direction"),
          baselineValue: t("baselineValue"),
          baselineDate: t("baselineDate"),
          targetValue: t("targetValue"),
          targetDate: t("targetDate"),
          source: t("source"),
          frequency: t("frequency"),
          contribution: t("contribution"),
        }}
      />
      <TextField name="name" label={t("name")} hint={t("nameHint")} defaultValue={indicator?.name} state={state} />
      <SelectField
        name="basis"
        label={t("basis")}
        hint={t("basisHint")}
        optional
        options={bases}
        placeholder={t("noBasis")}
        defaultValue={indicator?.basis ?? ""}
        state={state}
      />
      <TextField
        name="unit"
        label={t("unit")}
        hint={t("unitHint")}
        defaultValue={indicator?.unit}
        className="max-w-xs"
        state={state}
      />
      <RadioGroupField
        name="direction"
        label={t("direction")}
        options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) }))}
        defaultValue={indicator?.direction}
        state={state}
      />
      <fieldset className="flex flex-col gap-4 rounded-ik border border-line p-4">
        <legend className="px-1 text-lg font-semibold">{t("baselineAndTarget")}</legend>
        <p className="text-sm">{t("baselineAndTargetHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="baselineValue"
            label={t("baselineValue")}
            hint={t("numberHint")}
            optional
            inputMode="decimal"
            defaultValue={indicator?.baselineValue}
            state={state}
          />
          <TextField
            name="baselineDate"
            type="date"
            label={t("baselineDate")}
            optional
            defaultValue={indicator?.baselineDate ?? ""}
            state={state}
          />
          <TextField
            name="targetValue"
            label={t("targetValue")}
            hint={t("numberHint")}
            optional
            inputMode="decimal"
            defaultValue={indicator?.targetValue}
            state={state}
          />
          <TextField
            name="targetDate"
            type="date"
            label={t("targetDate")}
            optional
            defaultValue={indicator?.targetDate ?? ""}
            state={state}
          />
        </div>
      </fieldset>
      <TextField
        name="source"
        label={t("source")}
        hint={t("sourceHint")}
        optional
        defaultValue={indicator?.source}
        state={state}
      />
      <SelectField
        name="frequency"
        label={t("frequency")}
        options={MEASUREMENT_FREQUENCIES.map((f) => ({ value: f, label: t(`frequencies.${f}`) }))}
        defaultValue={indicator?.frequency ?? "per_kwartaal"}
        state={state}
      />
      <RadioGroupField
        name="contribution"
        label={t("contribution")}
        hint={t("contributionHint")}
        options={CONTRIBUTIONS.map((c) => ({
          value: c,
          label: `${t(`contributions.${c}`)}: ${t(`contributionMeaning.${c}`)}`,
        }))}
        defaultValue={indicator?.contribution}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{indicator ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
