"use client";
import { useActionState } from "react";
import { setSsoRequiredAction } from "@/app/(app)/admin/security/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type SsoSettingLabels = {
  legend: string;
  hint: string;
  options: { value: "true" | "false"; label: string }[];
  save: string;
  saving: string;
};

/** Password or SSO, or SSO only: saved like every edit form, refused when another beheerder changed it meanwhile. */
export function SsoSettingForm({
  setting,
  labels,
}: {
  setting: { requireSso: boolean; version: number };
  labels: SsoSettingLabels;
}) {
  const [state, action] = useActionState<VersionedFormState, FormData>(setSsoRequiredAction, initialFormState);
  const check = useVersionCheck(state, setting.version);
  const compared: ComparedField[] = [{ name: "requireSso", label: labels.legend, options: labels.options }];
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary state={state} title={check.summaryTitle} labels={{ requireSso: labels.legend }} />
      <VersionCheck check={check} values={state.values} fields={compared} />
      <RadioGroupField
        name="requireSso"
        label={labels.legend}
        hint={labels.hint}
        options={labels.options}
        defaultValue={String(setting.requireSso)}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
      </div>
    </form>
  );
}
