import { useTranslations } from "next-intl";
import { MarkdownField } from "@/components/pages/markdown-field";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/validation/form";

/** The ids of a lesson's fields, shared by the form that records a lesson and the one that corrects it. */
export const LESSON_FIELD_IDS = {
  title: "lesson-title",
  body: "lesson-body",
  context: "lesson-context",
  tags: "lesson-tags",
} as const;

/** The labels the error summary uses for those fields. */
export function useLessonFieldLabels() {
  const t = useTranslations("lessons");
  return { title: t("lessonTitle"), body: t("body"), context: t("context"), tags: t("tags") };
}

/**
 * What a lesson says: title, text, context and tags. With `saved`, the fields start from the lesson as saved and
 * leave more room, since there is already text to correct.
 */
export function LessonTextFields({
  state,
  saved,
}: {
  state: FormState;
  saved?: { title: string; body: string; context: string; tags: string[] };
}) {
  const t = useTranslations("lessons");
  const ids = LESSON_FIELD_IDS;
  return (
    <>
      <TextField
        id={ids.title}
        name="title"
        label={t("lessonTitle")}
        hint={t("lessonTitleHint")}
        defaultValue={saved?.title}
        state={state}
      />
      <MarkdownField
        id={ids.body}
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        optional={false}
        rows={saved ? 8 : 6}
        lineBreaks
        defaultValue={saved?.body}
        state={state}
      />
      <TextAreaField
        id={ids.context}
        name="context"
        label={t("context")}
        hint={t("contextHint")}
        optional
        rows={saved ? 3 : 2}
        defaultValue={saved?.context}
        state={state}
      />
      <TextField
        id={ids.tags}
        name="tags"
        label={t("tags")}
        hint={t("tagsHint")}
        optional
        defaultValue={saved?.tags.join(", ")}
        state={state}
      />
    </>
  );
}
