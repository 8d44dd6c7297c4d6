"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveReflectionPromptsAction } from "@/app/(app)/programmes/[programmeId]/reflections/actions";
import { DraftBanner, useFormDraft } from "@/components/ui/draft-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { useFlashAction } from "@/components/ui/page-flash";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PromptsConflict } from "@/db/queries/reflections";
import { REFLECTION_PROMPTS, type ReflectionPrompt } from "@/lib/validation/field-names/reflections";
import type { FormState } from "@/lib/validation/form";

const initial: FormState<{ conflict: PromptsConflict }> = { status: "idle" };

/**
 * The four prompts of a session, saved together. When someone else saved in the meantime, what the user typed stays
 * in the fields and what the other person saved is shown beside each one, so both can be combined.
 */
export function PromptsForm({
  programmeId,
  sessionId,
  values,
  version,
}: {
  programmeId: number;
  sessionId: number;
  values: Record<ReflectionPrompt, string>;
  version: number;
}) {
  const t = useTranslations("reflections");
  const draft = useFormDraft({ form: "reflection-prompts", record: sessionId, version });
  const [state, action] = useActionState(
    draft.wrap(useFlashAction(saveReflectionPromptsAction.bind(null, programmeId, sessionId)).action),
    initial,
  );
  const conflict = state.status === "error" ? state.result?.conflict : undefined;
  const labels = Object.fromEntries(REFLECTION_PROMPTS.map((p) => [p, t(`prompts.${p}`)]));
  return (
    <form {...draft.form} action={action} noValidate className="flex max-w-3xl flex-col gap-5">
      <ErrorSummary state={state} labels={labels} />
      <DraftBanner draft={draft} />
      <input type="hidden" name="version" value={String(conflict?.version ?? version)} />
      {REFLECTION_PROMPTS.map((prompt) => (
        <div key={prompt} className="flex flex-col gap-2">
          <TextAreaField
            name={prompt}
            label={t(`prompts.${prompt}`)}
            hint={t(`promptHints.${prompt}`)}
            optional
            rows={4}
            defaultValue={values[prompt]}
            state={state}
          />
          {conflict ? (
            <div className="max-w-xl rounded-ik border-l-4 border-ink bg-warning-surface p-3 text-sm">
              <p className="font-semibold">{t("otherSaved")}</p>
              <p className="mt-1 whitespace-pre-line">{conflict.saved[prompt] || t("otherSavedEmpty")}</p>
            </div>
          ) : null}
        </div>
      ))}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("savePrompts")}</SubmitButton>
      </div>
    </form>
  );
}
