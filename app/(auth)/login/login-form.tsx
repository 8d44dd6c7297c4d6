"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/validation/form";
import { signInAction } from "./actions";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{ email: t("email"), password: t("password") }}
        title={state.fieldErrors ? undefined : t("failedTitle")}
      />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        spellCheck={false}
        state={state}
      />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" state={state} />
      <div>
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
