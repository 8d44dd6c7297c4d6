"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveHelpdeskAction } from "@/app/(app)/admin/gemeente/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type HelpdeskValues = {
  helpdeskName: string;
  helpdeskEmail: string;
  helpdeskPhone: string;
  helpdeskHours: string;
  version: number;
};

/** The gemeente's helpdesk, as the contact page shows it. Every field may stay empty. */
export function HelpdeskForm({ helpdesk }: { helpdesk: HelpdeskValues }) {
  const t = useTranslations("admin.gemeente.helpdesk");
  const [state, action] = useActionState<VersionedFormState, FormData>(saveHelpdeskAction, initialFormState);
  const check = useVersionCheck(state, helpdesk.version);
  const labels = {
    helpdeskName: t("name"),
    helpdeskEmail: t("email"),
    helpdeskPhone: t("phone"),
    helpdeskHours: t("hours"),
  };
  const compared: ComparedField[] = Object.entries(labels).map(([name, label]) => ({ name, label }));
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} title={check.summaryTitle} labels={labels} />
      <VersionCheck check={check} values={state.values} fields={compared} />
      <TextField
        name="helpdeskName"
        label={labels.helpdeskName}
        hint={t("nameHint")}
        optional
        defaultValue={helpdesk.helpdeskName}
        state={state}
      />
      <TextField
        name="helpdeskEmail"
        type="email"
        autoComplete="off"
        label={labels.helpdeskEmail}
        optional
        defaultValue={helpdesk.helpdeskEmail}
        state={state}
      />
      <TextField
        name="helpdeskPhone"
        type="tel"
        autoComplete="off"
        label={labels.helpdeskPhone}
        optional
        defaultValue={helpdesk.helpdeskPhone}
        state={state}
      />
      <TextAreaField
        name="helpdeskHours"
        label={labels.helpdeskHours}
        hint={t("hoursHint")}
        optional
        rows={3}
        defaultValue={helpdesk.helpdeskHours}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
