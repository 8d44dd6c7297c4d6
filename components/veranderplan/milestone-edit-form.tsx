"use client";
// Changing a milestone of the veranderplan: what, the year, the owner, done or not. A change of what was agreed says
// why; a save from an older version shows both versions.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeMilestoneAction } from "@/app/(app)/opgaven/[opgaveId]/veranderplan/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";
import { ReadableTextArea } from "./readability-hint";

const IDS = {
  year: "milestone-year",
  description: "milestone-description",
  ownerId: "milestone-owner",
  reason: "milestone-reason",
};

export function MilestoneEditForm({
  opgaveId,
  owners,
  milestone,
}: {
  opgaveId: number;
  owners: { id: number; name: string }[];
  milestone: { id: number; year: number; description: string; ownerId: number; done: boolean; version: number };
}) {
  const t = useTranslations("opgaven.veranderplan.milestones");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    changeMilestoneAction.bind(null, opgaveId, milestone.id),
    initialFormState,
  );
  const check = useVersionCheck(state, milestone.version);
  const ownerOptions = owners.map((o) => ({ value: String(o.id), label: o.name }));
  const stateOptions = [
    { value: "open", label: t("stateOpen") },
    { value: "klaar", label: t("stateDone") },
  ];
  const fields: ComparedField[] = [
    { name: "year", label: t("year") },
    { name: "description", label: t("description") },
    { name: "ownerId", label: t("owner"), options: ownerOptions },
    { name: "state", label: t("state"), options: stateOptions },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={{ ...Object.fromEntries(fields.map((f) => [f.name, f.label])), reason: t("reason") }}
        fieldIds={IDS}
      />
      <VersionCheck check={check} values={state.values} fields={fields} />
      <TextField
        id={IDS.year}
        name="year"
        label={t("year")}
        hint={t("yearHint")}
        inputMode="numeric"
        autoComplete="off"
        className="max-w-32"
        defaultValue={String(milestone.year)}
        state={state}
      />
      <ReadableTextArea
        id={IDS.description}
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        rows={3}
        defaultValue={milestone.description}
        state={state}
      />
      <SelectField
        id={IDS.ownerId}
        name="ownerId"
        label={t("owner")}
        hint={t("ownerHint")}
        options={ownerOptions}
        placeholder={t("chooseOwner")}
        defaultValue={String(milestone.ownerId)}
        state={state}
      />
      <RadioGroupField
        name="state"
        label={t("state")}
        options={stateOptions}
        defaultValue={milestone.done ? "klaar" : "open"}
        state={state}
      />
      <TextAreaField
        id={IDS.reason}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        optional
        rows={3}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
