"use client";
// Agreeing an effect with the partners, or correcting one with the reason (version-checked: a save from an older
// version shows both). Its indicator comes from the gemeente's programmes, those serving the opgave first.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addAgreedEffectAction, correctAgreedEffectAction } from "@/app/(app)/opgaven/[opgaveId]/veranderplan/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { numberForInput } from "@/lib/domain/number-text";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";
import { ReadableTextArea } from "./readability-hint";

export type IndicatorOption = { id: number; name: string; unit: string; programmeName: string; linked: boolean };

type Saved = {
  id: number;
  indicatorId: number;
  description: string;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  version: number;
};

const IDS = {
  indicatorId: "effect-indicator",
  description: "effect-description",
  baselineValue: "effect-baseline-value",
  baselineDate: "effect-baseline-date",
  targetValue: "effect-target-value",
  targetDate: "effect-target-date",
  reason: "effect-reason",
};

export function AgreedEffectForm({
  opgaveId,
  indicators,
  effect,
}: {
  opgaveId: number;
  indicators: IndicatorOption[];
  /** The effect to correct; without it the form agrees a new one. */
  effect?: Saved;
}) {
  const t = useTranslations("opgaven.veranderplan.effects");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    effect ? correctAgreedEffectAction.bind(null, opgaveId, effect.id) : addAgreedEffectAction.bind(null, opgaveId),
    initialFormState,
  );
  const check = useVersionCheck(state, effect?.version ?? 1);
  const options = indicators.map((i) => ({
    value: String(i.id),
    label: t(i.linked ? "form.linked" : "form.other", { programme: i.programmeName, name: i.name, unit: i.unit }),
  }));
  const fields: ComparedField[] = [
    { name: "indicatorId", label: t("form.indicator"), options },
    { name: "description", label: t("form.description") },
    { name: "baselineValue", label: t("form.baselineValue") },
    { name: "baselineDate", label: t("form.baselineDate"), day: true },
    { name: "targetValue", label: t("form.targetValue") },
    { name: "targetDate", label: t("form.targetDate"), day: true },
  ];
  const labels = Object.fromEntries(fields.map((field) => [field.name, field.label]));
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={{ ...labels, reason: t("form.reason") }}
        fieldIds={IDS}
      />
      {effect ? <VersionCheck check={check} values={state.values} fields={fields} /> : null}
      <SelectField
        id={IDS.indicatorId}
        name="indicatorId"
        label={t("form.indicator")}
        hint={t("form.indicatorHint")}
        options={options}
        placeholder={t("form.chooseIndicator")}
        defaultValue={effect ? String(effect.indicatorId) : ""}
        state={state}
      />
      <ReadableTextArea
        id={IDS.description}
        name="description"
        label={t("form.description")}
        hint={t("form.descriptionHint")}
        rows={3}
        defaultValue={effect?.description}
        state={state}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={IDS.baselineValue}
          name="baselineValue"
          label={t("form.baselineValue")}
          hint={t("form.baselineValueHint")}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={effect ? numberForInput(effect.baselineValue) : undefined}
          state={state}
        />
        <TextField
          id={IDS.baselineDate}
          name="baselineDate"
          type="date"
          label={t("form.baselineDate")}
          defaultValue={effect?.baselineDate}
          state={state}
        />
        <TextField
          id={IDS.targetValue}
          name="targetValue"
          label={t("form.targetValue")}
          hint={t("form.targetValueHint")}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={effect ? numberForInput(effect.targetValue) : undefined}
          state={state}
        />
        <TextField
          id={IDS.targetDate}
          name="targetDate"
          type="date"
          label={t("form.targetDate")}
          hint={t("form.targetDateHint")}
          defaultValue={effect?.targetDate}
          state={state}
        />
      </div>
      {effect ? (
        <TextAreaField
          id={IDS.reason}
          name="reason"
          label={t("form.reason")}
          hint={t("form.reasonHint")}
          rows={3}
          state={state}
        />
      ) : null}
      <div>
        <SubmitButton pendingLabel={t("form.saving")}>{effect ? t("form.save") : t("form.create")}</SubmitButton>
      </div>
    </form>
  );
}
