"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateAssumptionFromFindingAction } from "@/app/(app)/programmes/[programmeId]/studies/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { ASSUMPTION_STATUSES, type AssumptionStatus } from "@/lib/domain/constants";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

/**
 * Beside an assumption a finding is linked to: its new status, pre-selected from the verdict, and the reason,
 * pre-filled and editable. Saving records the finding as the evidence for the change; a status someone else set
 * after the page was opened is shown beside the user's choice instead of being overwritten.
 */
export function AssumptionFromFindingForm({
  programmeId,
  studyId,
  findingId,
  assumptionId,
  statement,
  current,
  version,
  suggested,
  reason,
}: {
  programmeId: number;
  studyId: number;
  findingId: number;
  assumptionId: number;
  statement: string;
  current: AssumptionStatus;
  /** The assumption's version the page shows. */
  version: number;
  suggested: AssumptionStatus | null;
  reason: string;
}) {
  const t = useTranslations("programmes.findings");
  const statuses = useTranslations("programmes.assumptionStatus");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    updateAssumptionFromFindingAction.bind(null, programmeId, studyId, findingId, assumptionId),
    initialFormState,
  );
  const check = useVersionCheck(state, version);
  const options = ASSUMPTION_STATUSES.map((s) => ({ value: s, label: statuses(s) }));
  // Several of these forms share a page: every field needs its own id.
  const ids = { status: `status-${findingId}-${assumptionId}`, reason: `reason-${findingId}-${assumptionId}` };
  return (
    <form
      action={action}
      noValidate
      aria-label={t("updateStatusFor", { statement })}
      className="mt-3 flex max-w-2xl flex-col gap-4"
    >
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={{ status: t("newStatus"), reason: t("reason") }}
        fieldIds={ids}
      />
      <VersionCheck check={check} values={state.values} fields={[{ name: "status", label: t("newStatus"), options }]} />
      <SelectField
        id={ids.status}
        name="status"
        label={t("newStatus")}
        hint={suggested ? t("suggestion", { status: statuses(suggested) }) : t("noSuggestion")}
        options={options.filter((option) => option.value !== current)}
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
