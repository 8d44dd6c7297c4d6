"use client";
// The decision on an application: toegekend with an amount, or afgewezen with a reason.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { decideAction } from "@/app/(app)/subsidies/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function DecisionForm({
  frameworkId,
  applicationId,
  remaining,
}: {
  frameworkId: number;
  applicationId: number;
  remaining: string;
}) {
  const t = useTranslations("subsidies.decide");
  const [state, action] = useActionState<FormState, FormData>(
    decideAction.bind(null, frameworkId, applicationId),
    initialFormState,
  );
  const labels = { decision: t("decision"), amount: t("amount"), reason: t("reason") };
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} labels={labels} />
      <RadioGroupField
        name="decision"
        label={t("decision")}
        options={[
          { value: "toegekend", label: t("grant") },
          { value: "afgewezen", label: t("reject") },
        ]}
        state={state}
      />
      <TextField
        name="amount"
        label={t("amount")}
        hint={t("amountHint", { remaining })}
        optional
        inputMode="numeric"
        state={state}
      />
      <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} optional rows={3} state={state} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
