"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { DraftBanner, useFormDraft } from "@/components/ui/draft-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useFlashAction } from "@/components/ui/page-flash";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";
import { LESSON_FIELD_IDS, LessonTextFields, useLessonFieldLabels } from "./lesson-fields";

/**
 * The form that records a lesson, with its draft: what the lesson says, then the fields that link it (the library's
 * form and a session's form each bring their own, so neither page loads the other's).
 */
export function LessonFormFrame({
  action,
  record,
  linkFields,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** What the new lesson belongs to, for its draft: "library" or "session-12". */
  record: string;
  /** The link fields' ids, by name: the error summary links to them. */
  linkFields: Record<string, { id: string; label: string }>;
  children: (state: FormState) => ReactNode;
}) {
  const t = useTranslations("lessons");
  const textLabels = useLessonFieldLabels();
  const flash = useFlashAction<FormState>(action);
  const draft = useFormDraft({ form: "lesson-new", record, version: 0 });
  const [state, formAction] = useActionState<FormState, FormData>(draft.wrap(flash.action), initialFormState);
  const links = Object.entries(linkFields);
  return (
    <form {...draft.form} action={formAction} noValidate className="flex max-w-2xl flex-col gap-5">
      <DraftBanner draft={draft} />
      <ErrorSummary
        state={state}
        fieldIds={{ ...LESSON_FIELD_IDS, ...Object.fromEntries(links.map(([name, field]) => [name, field.id])) }}
        labels={{ ...textLabels, ...Object.fromEntries(links.map(([name, field]) => [name, field.label])) }}
      />
      <LessonTextFields state={state} />
      {children(state)}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
