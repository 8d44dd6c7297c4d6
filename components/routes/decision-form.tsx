"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordDecisionAction } from "@/app/(app)/routes/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** Records the gemeente's choice of route. The intake answers travel along as hidden fields. */
export function DecisionForm({
  routes,
  primary,
  secondary,
  answers,
}: {
  routes: Option[];
  primary?: string;
  secondary?: string;
  answers: Record<string, string>;
}) {
  const t = useTranslations("routes.decision");
  const [state, action] = useActionState<FormState, FormData>(recordDecisionAction, initialFormState);
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{ primaryRoute: t("primary"), secondaryRoute: t("secondary"), rationale: t("rationale") }}
      />
      {Object.entries(answers).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SelectField
        name="primaryRoute"
        label={t("primary")}
        options={routes}
        defaultValue={primary}
        placeholder={primary ? undefined : t("choose")}
        state={state}
      />
      <SelectField
        name="secondaryRoute"
        label={t("secondary")}
        hint={t("secondaryHint")}
        optional
        options={routes}
        placeholder={t("noSecond")}
        defaultValue={secondary ?? ""}
        state={state}
      />
      <TextAreaField name="rationale" label={t("rationale")} hint={t("rationaleHint")} rows={6} state={state} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
