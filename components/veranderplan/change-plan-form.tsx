"use client";
// Writing or changing the veranderplan of an opgave (version-checked: a save from an older version shows both).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveChangePlanAction } from "@/app/(app)/opgaven/[opgaveId]/veranderplan/actions";
import { CheckboxGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";
import { ReadableTextArea } from "./readability-hint";

type Saved = { change: string; strategies: string; partnerOrganisationIds: number[]; version: number };

export function ChangePlanForm({
  opgaveId,
  plan,
  partners,
}: {
  opgaveId: number;
  /** Null: no plan yet, the first save makes it. */
  plan: Saved | null;
  partners: { id: number; name: string }[];
}) {
  const t = useTranslations("opgaven.veranderplan.form");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    saveChangePlanAction.bind(null, opgaveId),
    initialFormState,
  );
  const check = useVersionCheck(state, plan?.version ?? 0);
  const partnerOptions = partners.map((p) => ({ value: String(p.id), label: p.name }));
  const fields: ComparedField[] = [
    { name: "change", label: t("change") },
    { name: "strategies", label: t("strategies") },
    { name: "partnerOrganisationIds", label: t("partners"), options: partnerOptions },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
      />
      <VersionCheck check={check} values={state.values} fields={fields} />
      <ReadableTextArea
        name="change"
        label={t("change")}
        hint={t("changeHint")}
        rows={6}
        defaultValue={plan?.change}
        state={state}
      />
      <ReadableTextArea
        name="strategies"
        label={t("strategies")}
        hint={t("strategiesHint")}
        optional
        rows={6}
        defaultValue={plan?.strategies}
        state={state}
      />
      <CheckboxGroupField
        name="partnerOrganisationIds"
        label={t("partners")}
        hint={t("partnersHint")}
        optional
        options={partnerOptions}
        defaultValues={plan?.partnerOrganisationIds.map(String) ?? []}
        empty={t("noPartnerOrganisations")}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
