"use client";
// Reopening an approved report (the programme's manager): for a reason the partner reads. The measurements its
// approval made are withdrawn and its findings and lessons archived, each with that reason.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reopenAction } from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/review-actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function ReopenForm({
  ids,
  version,
}: {
  ids: { programmeId: number; periodId: number; submissionId: number };
  version: number;
}) {
  const t = useTranslations("partnerReport.reopen");
  const [state, action] = useActionState<FormState, FormData>(reopenAction.bind(null, ids), initialFormState);
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary state={state} labels={{ reason: t("reason") }} />
      <p>{t("text")}</p>
      <input type="hidden" name="version" value={String(version)} />
      <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} rows={3} state={state} />
      <div>
        <SubmitButton variant="danger" pendingLabel={t("reopening")}>
          {t("reopen")}
        </SubmitButton>
      </div>
    </form>
  );
}
