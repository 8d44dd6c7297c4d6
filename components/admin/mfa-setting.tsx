"use client";
// The Beveiliging page's section on the second step: only beheerders, or everyone who signs in with a password.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setMfaRequiredAction } from "@/app/(app)/admin/security/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export function MfaSettingForm({ required, version }: { required: boolean; version: number }) {
  const t = useTranslations("admin.security.mfa");
  const [state, action] = useActionState<VersionedFormState, FormData>(setMfaRequiredAction, initialFormState);
  const check = useVersionCheck(state, version);
  const options = [
    { value: "beheerders", label: t("beheerders") },
    { value: "iedereen", label: t("iedereen") },
  ];
  const compared: ComparedField[] = [{ name: "mfaRequired", label: t("legend"), options }];
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary state={state} title={check.summaryTitle} labels={{ mfaRequired: t("legend") }} />
      <VersionCheck check={check} values={state.values} fields={compared} />
      {state.status === "success" ? (
        <Notice tone="success" role="status">
          {t("saved")}
        </Notice>
      ) : null}
      <RadioGroupField
        // The saved choice after a save elsewhere on the page or a refresh: remount with it.
        key={String(required)}
        name="mfaRequired"
        label={t("legend")}
        hint={t("hint")}
        options={options}
        defaultValue={required ? "iedereen" : "beheerders"}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
