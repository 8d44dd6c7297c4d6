"use client";
// Adding a subsidy framework, or changing one (version-checked: a save from an older version shows both).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createFrameworkAction, updateFrameworkAction } from "@/app/(app)/subsidies/actions";
import { CheckboxGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { FRAMEWORK_STATUSES } from "@/lib/domain/subsidies";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

type Saved = {
  id: number;
  name: string;
  budget: number;
  startsOn: string;
  endsOn: string;
  criteria: string;
  status: (typeof FRAMEWORK_STATUSES)[number];
  effectIds: number[];
  version: number;
};

export type EffectOption = { id: number; description: string; opgaveTitle: string; indicatorName: string };

export function FrameworkForm({ framework, effects }: { framework?: Saved; effects: EffectOption[] }) {
  const t = useTranslations("subsidies.form");
  const statusT = useTranslations("subsidies.statuses");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    framework ? updateFrameworkAction.bind(null, framework.id) : createFrameworkAction,
    initialFormState,
  );
  const check = useVersionCheck(state, framework?.version ?? 1);
  const statusOptions = FRAMEWORK_STATUSES.map((status) => ({ value: status, label: statusT(status) }));
  const effectOptions = effects.map((e) => ({
    value: String(e.id),
    label: `${e.description} (${e.opgaveTitle}; ${t("indicator")}: ${e.indicatorName})`,
  }));
  const fields: ComparedField[] = [
    { name: "name", label: t("name") },
    { name: "budget", label: t("budget") },
    { name: "startsOn", label: t("startsOn"), day: true },
    { name: "endsOn", label: t("endsOn"), day: true },
    { name: "criteria", label: t("criteria") },
    { name: "status", label: t("status"), options: statusOptions },
    { name: "effectIds", label: t("effects"), options: effectOptions },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
      />
      {framework ? <VersionCheck check={check} values={state.values} fields={fields} /> : null}
      <TextField name="name" label={t("name")} hint={t("nameHint")} defaultValue={framework?.name} state={state} />
      <TextField
        name="budget"
        label={t("budget")}
        hint={t("budgetHint")}
        inputMode="numeric"
        defaultValue={framework ? String(framework.budget) : undefined}
        state={state}
      />
      <TextField name="startsOn" type="date" label={t("startsOn")} defaultValue={framework?.startsOn} state={state} />
      <TextField name="endsOn" type="date" label={t("endsOn")} defaultValue={framework?.endsOn} state={state} />
      <TextAreaField
        name="criteria"
        label={t("criteria")}
        hint={t("criteriaHint")}
        rows={5}
        defaultValue={framework?.criteria}
        state={state}
      />
      <CheckboxGroupField
        name="effectIds"
        label={t("effects")}
        hint={t("effectsHint")}
        optional
        options={effectOptions}
        defaultValues={framework?.effectIds.map(String)}
        empty={t("noEffects")}
        state={state}
      />
      <SelectField
        name="status"
        label={t("status")}
        hint={t("statusHint")}
        options={statusOptions}
        defaultValue={framework?.status ?? "concept"}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{framework ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
