"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateRoadmapStepAction } from "@/app/(app)/routes/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { ROADMAP_STATUSES, type RoadmapStatus } from "@/lib/domain/constants";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export function RoadmapStepForm({
  step,
  owners,
}: {
  step: {
    id: number;
    status: RoadmapStatus;
    ownerId: number | null;
    dueDate: string | null;
    notes: string;
    /** The saved version this form edits; a save from an older one is refused and shows both. */
    version: number;
  };
  owners: { id: number; name: string }[];
}) {
  const t = useTranslations("routes");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    updateRoadmapStepAction.bind(null, step.id),
    initialFormState,
  );
  const check = useVersionCheck(state, step.version);
  const statuses = ROADMAP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));
  const ownerOptions = owners.map((o) => ({ value: String(o.id), label: o.name }));
  const compared: ComparedField[] = [
    { name: "status", label: t("statusLabel"), options: statuses },
    { name: "ownerId", label: t("owner"), options: ownerOptions },
    { name: "dueDate", label: t("dueDate"), day: true },
    { name: "notes", label: t("notes") },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      <VersionCheck check={check} values={state.values} fields={compared} />
      <SelectField name="status" label={t("statusLabel")} options={statuses} defaultValue={step.status} state={state} />
      <SelectField
        name="ownerId"
        label={t("owner")}
        optional
        options={ownerOptions}
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
