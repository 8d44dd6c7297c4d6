"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateLessonAction } from "@/app/(app)/lessons/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, firstValue, initialFormState } from "@/lib/validation/form";

const ids = { title: "lesson-title", body: "lesson-body", context: "lesson-context", tags: "lesson-tags" };

export type CurrentLesson = {
  id: number;
  title: string;
  body: string;
  context: string;
  tags: string[];
  /** The saved text this form edits; a save from an older one is refused and shows both. */
  version: number;
};

export function LessonEditForm({ lesson }: { lesson: CurrentLesson }) {
  const t = useTranslations("lessons");
  const [state, action] = useActionState<FormState, FormData>(
    updateLessonAction.bind(null, lesson.id),
    initialFormState,
  );
  // Someone saved the lesson after this form was opened: the page now carries their version.
  const submittedVersion = firstValue(state.values, "version");
  const overtaken = submittedVersion !== undefined && submittedVersion !== String(lesson.version);
  return (
    <div className="flex flex-col gap-8">
      <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
        <ErrorSummary
          state={state}
          fieldIds={ids}
          labels={{ title: t("lessonTitle"), body: t("body"), context: t("context"), tags: t("tags") }}
        />
        {/* The version of the text on screen: after a conflict, saving again keeps the user's text deliberately. */}
        <input key={lesson.version} type="hidden" name="version" defaultValue={lesson.version} />
        <TextField
          id={ids.title}
          name="title"
          label={t("lessonTitle")}
          hint={t("lessonTitleHint")}
          defaultValue={lesson.title}
          state={state}
        />
        <TextAreaField
          id={ids.body}
          name="body"
          label={t("body")}
          hint={t("bodyHint")}
          rows={6}
          defaultValue={lesson.body}
          state={state}
        />
        <TextAreaField
          id={ids.context}
          name="context"
          label={t("context")}
          hint={t("contextHint")}
          optional
          rows={3}
          defaultValue={lesson.context}
          state={state}
        />
        <TextField
          id={ids.tags}
          name="tags"
          label={t("tags")}
          hint={t("tagsHint")}
          optional
          defaultValue={lesson.tags.join(", ")}
          state={state}
        />
        <div>
          <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        </div>
      </form>
      {overtaken ? (
        <section aria-labelledby="huidige-versie" className="max-w-2xl">
          <Notice tone="warning" title={t("conflictTitle")}>
            {t("conflictText")}
          </Notice>
          <h2 id="huidige-versie" className="mt-4 text-xl">
            {t("currentVersion")}
          </h2>
          <dl className="mt-2 flex flex-col gap-3 rounded-ik border border-line p-4">
            <div>
              <dt className="font-semibold">{t("lessonTitle")}</dt>
              <dd className="whitespace-pre-line">{lesson.title}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t("body")}</dt>
              <dd className="whitespace-pre-line">{lesson.body}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t("context")}</dt>
              <dd className="whitespace-pre-line">{lesson.context || t("noContext")}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t("tags")}</dt>
              <dd>{lesson.tags.length ? lesson.tags.join(", ") : t("noTags")}</dd>
            </div>
          </dl>
        </section>
      ) : null}
    </div>
  );
}
