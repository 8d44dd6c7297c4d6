"use client";
// "Uitkomsten verwerken": the combined ranking as shown becomes the register's order.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { processOutcomesAction } from "@/app/(app)/strategic-sessions/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function ProcessForm({ sessionId, version }: { sessionId: number; version: number }) {
  const t = useTranslations("opgaven.process");
  const [state, action] = useActionState<FormState, FormData>(
    processOutcomesAction.bind(null, sessionId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-3">
      <ErrorSummary state={state} labels={{}} title={t("refused")} />
      <input type="hidden" name="version" value={String(version)} />
      <p>{t("explain")}</p>
      <div>
        <SubmitButton pendingLabel={t("processing")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
