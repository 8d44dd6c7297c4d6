"use client";
// A possible solution or change strategy for one of the session's opgaven.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addIdeaAction } from "@/app/(app)/strategic-sessions/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDEA_KINDS } from "@/lib/domain/opgaven";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function IdeaForm({ sessionId, items }: { sessionId: number; items: { id: number; title: string }[] }) {
  const t = useTranslations("opgaven.ideas");
  const [state, action] = useActionState<FormState, FormData>(addIdeaAction.bind(null, sessionId), initialFormState);
  const labels = { itemId: t("opgave"), kind: t("kind"), text: t("text") };
  return (
    <details open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer font-semibold text-link">{t("add")}</summary>
      <form action={action} noValidate className="mt-3 flex max-w-2xl flex-col gap-4">
        <ErrorSummary state={state} labels={labels} />
        <SelectField
          name="itemId"
          label={labels.itemId}
          options={items.map((item) => ({ value: String(item.id), label: item.title }))}
          placeholder={t("choose")}
          state={state}
        />
        <RadioGroupField
          name="kind"
          label={labels.kind}
          options={IDEA_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          defaultValue="oplossing"
          state={state}
        />
        <TextAreaField name="text" label={labels.text} rows={3} state={state} />
        <div>
          <SubmitButton variant="secondary" pendingLabel={t("saving")}>
            {t("save")}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
