"use client";
import { useActionState } from "react";
import { saveNotificationSettingsAction } from "@/app/(app)/notifications/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import type { EmailMode } from "@/lib/domain/constants";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type SettingsLabels = {
  legend: string;
  hint: string;
  modes: { value: EmailMode; label: string }[];
  save: string;
  saving: string;
};

/** How the person gets notifications: in the app only, or also by e-mail right away or once a day. */
export function NotificationSettingsForm({
  settings,
  labels,
}: {
  settings: { emailMode: EmailMode; version: number };
  labels: SettingsLabels;
}) {
  const [state, action] = useActionState<VersionedFormState, FormData>(
    saveNotificationSettingsAction,
    initialFormState,
  );
  const check = useVersionCheck(state, settings.version);
  const compared: ComparedField[] = [{ name: "emailMode", label: labels.legend, options: labels.modes }];
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary state={state} title={check.summaryTitle} labels={{ emailMode: labels.legend }} />
      <VersionCheck check={check} values={state.values} fields={compared} />
      <RadioGroupField
        name="emailMode"
        label={labels.legend}
        hint={labels.hint}
        options={labels.modes}
        defaultValue={settings.emailMode}
        state={state}
      />
      <div>
        <SubmitButton variant="secondary" pendingLabel={labels.saving}>
          {labels.save}
        </SubmitButton>
      </div>
    </form>
  );
}
