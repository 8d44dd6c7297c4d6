"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateRoadmapStepAction } from "@/app/(app)/routes/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ROADMAP_STATUSES, type RoadmapStatus } from "@/lib/domain/constants";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function RoadmapStepForm({
  step,
  owners,
}: {
  step: { id: number; status: RoadmapStatus; ownerId: number | null; dueDate: string | null; notes: string };
  owners: { id: number; name: string }[];
}) {
  const t = useTranslations("routes");
  const [state, action] = useActionState<FormState, FormData>(
    updateRoadmapStepAction.bind(null, step.id),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{ status: t("statusLabel"), ownerId: t("owner"), dueDate: t("dueDate"), notes: t("notes") }}
      />
      <SelectField
        name="status"
        label={t("statusLabel")}
        options={ROADMAP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        defaultValue={step.status}
        state={state}
      />
      <SelectField
        name="ownerId"
        label={t("owner")}
        optional
        options={owners.map((o) => ({ value: String(o.id), label: o.name }))}
        placeholder={t("noOwner")}
        defaultValue={step.ownerId ? String(step.ownerId) : ""}
        state={state}
      />
      <TextField
        name="dueDate"
        type="date"
        label={t("dueDate")}
        optional
        defaultValue={step.dueDate ?? ""}
        state={state}
      />
      <TextAreaField
        name="notes"
        label={t("notes")}
        hint={t("notesHint")}
        optional
        rows={5}
        defaultValue={step.notes}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveStep")}</SubmitButton>
      </div>
    </form>
  );
}
