"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createApiKeyAction } from "@/app/(app)/admin/api-keys/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { CreatedApiKey } from "@/db/queries/api-keys";
import { type FormState, firstValue, initialFormState } from "@/lib/validation/form";
import { ApiKeySecret } from "./api-key-secret";

/** Makes a key; once made, the form gives way to the key itself, shown this one time. */
export function ApiKeyForm({ defaultExpiresOn }: { defaultExpiresOn: string }) {
  const t = useTranslations("admin.apiKeys");
  const [state, action] = useActionState<FormState<CreatedApiKey>, FormData>(createApiKeyAction, initialFormState);

  if (state.status === "success" && state.result) return <ApiKeySecret created={state.result} />;

  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} labels={{ name: t("name"), expiresOn: t("expiresOn") }} />
      <TextField
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        autoComplete="off"
        maxLength={80}
        defaultValue={firstValue(state.values, "name")}
        state={state}
      />
      <TextField
        name="expiresOn"
        type="date"
        label={t("expiresOn")}
        hint={t("expiresOnHint")}
        defaultValue={firstValue(state.values, "expiresOn") ?? defaultExpiresOn}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
