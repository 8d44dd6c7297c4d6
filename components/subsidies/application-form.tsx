"use client";
// Applying for a subsidy: the amount, the plan, and a target on each agreed effect the application contributes to. A
// partner applies for its own organisation; someone of the gemeente chooses the partner it records this for.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { applyAction } from "@/app/(app)/subsidies/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TARGET_FIELD_PREFIX } from "@/lib/validation/field-names/subsidies";
import { type FormState, initialFormState } from "@/lib/validation/form";

export type ApplicationEffect = {
  id: number;
  description: string;
  indicatorName: string;
  unit: string;
  targetValue: number;
};

export function ApplicationForm({
  frameworkId,
  effects,
  partners,
}: {
  frameworkId: number;
  effects: ApplicationEffect[];
  /** Null for a partner user: it applies for its own organisation. */
  partners: { id: number; name: string }[] | null;
}) {
  const t = useTranslations("subsidies.apply");
  const [state, action] = useActionState<FormState, FormData>(applyAction.bind(null, frameworkId), initialFormState);
  const labels: Record<string, string> = {
    partnerOrganisationId: t("partner"),
    requestedAmount: t("requestedAmount"),
    plan: t("plan"),
    effects: t("effects"),
  };
  for (const effect of effects)
    labels[`${TARGET_FIELD_PREFIX}${effect.id}`] = t("targetFor", { effect: effect.description });
  const effectsError = state.status === "error" ? state.fieldErrors?.effects?.[0] : undefined;
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} labels={labels} />
      {partners ? (
        <SelectField
          name="partnerOrganisationId"
          label={t("partner")}
          hint={t("partnerHint")}
          options={partners.map((p) => ({ value: String(p.id), label: p.name }))}
          placeholder={t("choosePartner")}
          state={state}
        />
      ) : null}
      <TextField
        name="requestedAmount"
        label={t("requestedAmount")}
        hint={t("requestedAmountHint")}
        inputMode="numeric"
        state={state}
      />
      <TextAreaField name="plan" label={t("plan")} hint={t("planHint")} rows={6} state={state} />
      <fieldset
        id="effects"
        tabIndex={-1}
        aria-describedby={effectsError ? "effects-error effects-hint" : "effects-hint"}
        className={`flex flex-col gap-4 ${effectsError ? "border-l-4 border-danger pl-3" : ""}`}
      >
        <legend className="mb-1 font-semibold">{t("effects")}</legend>
        <p id="effects-hint" className="text-sm text-muted">
          {t("effectsHint")}
        </p>
        {effectsError ? (
          <p id="effects-error" className="font-semibold text-danger">
            {effectsError}
          </p>
        ) : null}
        {effects.map((effect) => (
          <TextField
            key={effect.id}
            name={`${TARGET_FIELD_PREFIX}${effect.id}`}
            label={t("targetFor", { effect: effect.description })}
            hint={t("targetHint", { indicator: effect.indicatorName, unit: effect.unit, target: effect.targetValue })}
            optional
            inputMode="decimal"
            state={state}
          />
        ))}
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
