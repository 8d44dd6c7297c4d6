"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const t = useTranslations("account");
  const [state, action] = useActionState<FormState, FormData>(changePasswordAction, initialFormState);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{
          currentPassword: t("currentPassword"),
          newPassword: t("newPassword"),
          confirmPassword: t("confirmPassword"),
        }}
      />
      <TextField
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        state={state}
      />
      <TextField
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("newPasswordHint", { min: minLength })}
        autoComplete="new-password"
        state={state}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("changePassword")}</SubmitButton>
      </div>
    </form>
  );
}
