"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeApiKeyAction } from "@/app/(app)/admin/api-keys/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import Link from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** Revoking asks first: a connection that uses the key stops getting data at once, and it cannot be undone. */
export function RevokeApiKeyForm({ keyId }: { keyId: number }) {
  const t = useTranslations("admin.apiKeys");
  const [state, action] = useActionState<FormState, FormData>(revokeApiKeyAction.bind(null, keyId), initialFormState);
  return (
    <form action={action} className="mt-3 flex flex-col gap-4">
      <ErrorSummary state={state} labels={{}} />
      <p>{t("revokeText")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant="danger" pendingLabel={t("revoking")}>
          {t("revokeConfirm")}
        </SubmitButton>
        <Link href="/admin/api-keys">{t("cancel")}</Link>
      </div>
    </form>
  );
}
