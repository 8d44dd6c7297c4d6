"use client";
// Adding an opgave to the register, or changing one (version-checked: a save from an older version shows both).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createOpgaveAction, updateOpgaveAction } from "@/app/(app)/opgaven/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

type Saved = {
  id: number;
  title: string;
  description: string;
  targetGroup: string;
  area: string;
  ownerId: number | null;
  version: number;
};

export function OpgaveForm({ opgave, owners }: { opgave?: Saved; owners: { id: number; name: string }[] }) {
  const t = useTranslations("opgaven.form");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    opgave ? updateOpgaveAction.bind(null, opgave.id) : createOpgaveAction,
    initialFormState,
  );
  const check = useVersionCheck(state, opgave?.version ?? 1);
  const ownerOptions = owners.map((o) => ({ value: String(o.id), label: o.name }));
  const fields: ComparedField[] = [
    { name: "title", label: t("title") },
    { name: "description", label: t("description") },
    { name: "targetGroup", label: t("targetGroup") },
    { name: "area", label: t("area") },
    { name: "ownerId", label: t("owner"), options: ownerOptions },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
      />
      {opgave ? <VersionCheck check={check} values={state.values} fields={fields} /> : null}
      <TextField name="title" label={t("title")} hint={t("titleHint")} defaultValue={opgave?.title} state={state} />
      <TextAreaField
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        rows={5}
        defaultValue={opgave?.description}
        state={state}
      />
      <TextField
        name="targetGroup"
        label={t("targetGroup")}
        hint={t("targetGroupHint")}
        optional
        defaultValue={opgave?.targetGroup}
        state={state}
      />
      <TextField
        name="area"
        label={t("area")}
        hint={t("areaHint")}
        optional
        defaultValue={opgave?.area}
        state={state}
      />
      <SelectField
        name="ownerId"
        label={t("owner")}
        optional
        options={ownerOptions}
        placeholder={t("noOwner")}
        defaultValue={opgave?.ownerId ? String(opgave.ownerId) : ""}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{opgave ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
