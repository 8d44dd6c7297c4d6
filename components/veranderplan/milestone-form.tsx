"use client";
// Adding a milestone to the veranderplan: a year, what is done by then, and who of the gemeente sees to it.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addMilestoneAction } from "@/app/(app)/opgaven/[opgaveId]/veranderplan/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";
import { ReadableTextArea } from "./readability-hint";

const IDS = { year: "milestone-year", description: "milestone-description", ownerId: "milestone-owner" };

export function MilestoneForm({ opgaveId, owners }: { opgaveId: number; owners: { id: number; name: string }[] }) {
  const t = useTranslations("opgaven.veranderplan.milestones");
  const [state, action] = useActionState<FormState, FormData>(
    addMilestoneAction.bind(null, opgaveId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <h3 className="text-xl">{t("addTitle")}</h3>
      <ErrorSummary
        state={state}
        labels={{ year: t("year"), description: t("description"), ownerId: t("owner") }}
        fieldIds={IDS}
      />
      <TextField
        id={IDS.year}
        name="year"
        label={t("year")}
        hint={t("yearHint")}
        inputMode="numeric"
        autoComplete="off"
        className="max-w-32"
        state={state}
      />
      <ReadableTextArea
        id={IDS.description}
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        rows={3}
        state={state}
      />
      <SelectField
        id={IDS.ownerId}
        name="ownerId"
        label={t("owner")}
        hint={t("ownerHint")}
        options={owners.map((o) => ({ value: String(o.id), label: o.name }))}
        placeholder={t("chooseOwner")}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
