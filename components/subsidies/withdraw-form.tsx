"use client";
// Withdrawing an application that waits for a decision: the partner says why if it wants to.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { withdrawApplicationAction } from "@/app/(app)/subsidies/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function WithdrawForm({ frameworkId, applicationId }: { frameworkId: number; applicationId: number }) {
  const t = useTranslations("subsidies.withdraw");
  const [state, action] = useActionState<FormState, FormData>(
    withdrawApplicationAction.bind(null, frameworkId, applicationId),
    initialFormState,
  );
  return (
    <details open={state.status === "error" ? true : undefined} className="rounded-ik border border-line p-3">
      <summary className="cursor-pointer font-semibold text-link">{t("summary")}</summary>
      <form action={action} noValidate className="mt-3 flex max-w-2xl flex-col gap-4">
        <ErrorSummary state={state} labels={{ reason: t("reason") }} />
        <p>{t("explain")}</p>
        <TextAreaField
          id="withdraw-reason"
          name="reason"
          label={t("reason")}
          hint={t("reasonHint")}
          optional
          rows={3}
          state={state}
        />
        <div>
          <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
        </div>
      </form>
    </details>
  );
}
