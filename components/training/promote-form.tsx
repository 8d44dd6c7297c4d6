"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { promoteReflectionAction } from "@/app/(app)/training/[trackId]/reflections/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** Keeps a reflection answer as a lesson in the library: a title, the lesson in the trainer's words, and tags. */
export function PromoteForm({ trackId, answerId, body }: { trackId: number; answerId: number; body: string }) {
  const t = useTranslations("training.reflection");
  const [state, action] = useActionState<FormState, FormData>(
    promoteReflectionAction.bind(null, trackId, answerId),
    initialFormState,
  );
  const id = (name: string) => `${name}-${answerId}`;
  return (
    <form action={action} noValidate className="mt-3 flex flex-col gap-4">
      <ErrorSummary
        state={state}
        labels={{ title: t("lessonTitle"), body: t("lessonBody"), context: t("lessonContext"), tags: t("lessonTags") }}
      />
      <TextField id={id("title")} name="title" label={t("lessonTitle")} state={state} />
      <TextAreaField id={id("body")} name="body" label={t("lessonBody")} rows={4} defaultValue={body} state={state} />
      <TextField id={id("context")} name="context" label={t("lessonContext")} optional state={state} />
      <TextField
        id={id("tags")}
        name="tags"
        label={t("lessonTags")}
        hint={t("lessonTagsHint")}
        optional
        state={state}
      />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("promote")}
        </SubmitButton>
      </div>
    </form>
  );
}
