"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { answerReflectionAction } from "@/app/(app)/training/[trackId]/reflections/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { REFLECTION_PROMPTS } from "@/lib/domain/training";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

/** The three reflection prompts; opened again, the form shows the answers given and saves them from that version. */
export function ReflectionForm({
  trackId,
  sessionId,
  answer,
}: {
  trackId: number;
  sessionId: number | null;
  answer: { applied: string; hard: string; needs: string; version: number } | null;
}) {
  const t = useTranslations("training.reflection");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    answerReflectionAction.bind(null, trackId, sessionId),
    initialFormState,
  );
  const check = useVersionCheck(state, answer?.version ?? 0);
  const compared: ComparedField[] = REFLECTION_PROMPTS.map((name) => ({ name, label: t(`prompts.${name}`) }));
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      <VersionCheck check={check} values={state.values} fields={compared} />
      {REFLECTION_PROMPTS.map((name) => (
        <TextAreaField
          key={name}
          name={name}
          label={t(`prompts.${name}`)}
          hint={t(`hints.${name}`)}
          optional
          rows={3}
          defaultValue={answer?.[name]}
          state={state}
        />
      ))}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{answer ? t("update") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
