"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/validation/form";
import { signInCodeAction } from "../actions";

export function CodeForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login.code");
  const login = useTranslations("login");
  const [state, action] = useActionState(signInCodeAction, initialFormState);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{ code: t("label") }}
        title={state.fieldErrors && Object.keys(state.fieldErrors).length > 0 ? undefined : login("failedTitle")}
      />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="code"
        label={t("label")}
        hint={t("hint")}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        className="font-mono text-lg"
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
