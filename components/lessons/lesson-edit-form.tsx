"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateLessonAction } from "@/app/(app)/lessons/actions";
import { DraftBanner, useFormDraft } from "@/components/ui/draft-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, firstValue, initialFormState } from "@/lib/validation/form";
import { LESSON_FIELD_IDS, LessonTextFields, useLessonFieldLabels } from "./lesson-fields";

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
  const labels = useLessonFieldLabels();
  const draft = useFormDraft({ form: "lesson-edit", record: lesson.id, version: lesson.version });
  const [state, action] = useActionState<FormState, FormData>(
    draft.wrap(updateLessonAction.bind(null, lesson.id)),
    initialFormState,
  );
  // Someone saved the lesson after this form was opened: the page now carries their version.
  const submittedVersion = firstValue(state.values, "version");
  const overtaken = submittedVersion !== undefined && submittedVersion !== String(lesson.version);
  return (
    <div className="flex flex-col gap-8">
      <form {...draft.form} action={action} noValidate className="flex max-w-2xl flex-col gap-5">
        <ErrorSummary state={state} fieldIds={LESSON_FIELD_IDS} labels={labels} />
        <DraftBanner draft={draft} />
        {/* The version of the text on screen: after a conflict, saving again keeps the user's text deliberately. */}
        <input key={lesson.version} type="hidden" name="version" defaultValue={lesson.version} />
        <LessonTextFields state={state} saved={lesson} />
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
