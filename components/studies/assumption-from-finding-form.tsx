"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateAssumptionFromFindingAction } from "@/app/(app)/programmes/[programmeId]/studies/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ASSUMPTION_STATUSES, type AssumptionStatus } from "@/lib/domain/constants";
import { type FormState, initialFormState } from "@/lib/validation/form";

/**
 * Beside an assumption a finding is linked to: its new status, pre-selected from the verdict, and the reason,
 * pre-filled and editable. Saving records the finding as the evidence for the change.
 */
export function AssumptionFromFindingForm({
  programmeId,
  studyId,
  findingId,
  assumptionId,
  statement,
  current,
  suggested,
  reason,
}: {
  programmeId: number;
  studyId: number;
  findingId: number;
  assumptionId: number;
  statement: string;
  current: AssumptionStatus;
  suggested: AssumptionStatus | null;
  reason: string;
}) {
  const t = useTranslations("programmes.findings");
  const statuses = useTranslations("programmes.assumptionStatus");
  const [state, action] = useActionState<FormState, FormData>(
    updateAssumptionFromFindingAction.bind(null, programmeId, studyId, findingId, assumptionId),
    initialFormState,
  );
  // Several of these forms share a page: every field needs its own id.
  const ids = { status: `status-${findingId}-${assumptionId}`, reason: `reason-${findingId}-${assumptionId}` };
  return (
    <form
      action={action}
      noValidate
      aria-label={t("updateStatusFor", { statement })}
      className="mt-3 flex max-w-2xl flex-col gap-4"
    >
      <ErrorSummary state={state} labels={{ status: t("newStatus"), reason: t("reason") }} fieldIds={ids} />
      <SelectField
        id={ids.status}
        name="status"
        label={t("newStatus")}
        hint={suggested ? t("suggestion", { status: statuses(suggested) }) : t("noSuggestion")}
        options={ASSUMPTION_STATUSES.filter((s) => s !== current).map((s) => ({ value: s, label: statuses(s) }))}
        placeholder={t("chooseStatus")}
        defaultValue={suggested ?? ""}
        state={state}
      />
      <TextAreaField
        id={ids.reason}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        rows={3}
        defaultValue={reason}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("updateStatus")}</SubmitButton>
      </div>
    </form>
  );
}
