"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { answerLearningQuestionAction } from "@/app/(app)/learning-questions/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroupField, SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { LearningQuestionStatus } from "@/lib/domain/constants";
import { statusChoices } from "@/lib/domain/learning-questions";
import { type FormState, initialFormState } from "@/lib/validation/form";

/** Status, answer and interpretation together: a question is only "beantwoord" with its answer written down. */
export function AnswerForm({
  question,
  studies,
}: {
  question: {
    id: number;
    status: LearningQuestionStatus;
    answer: string;
    interpretation: string;
    answeredByStudyId: number | null;
    programmeId: number | null;
  };
  studies: { id: number; title: string; programmeName: string }[];
}) {
  const t = useTranslations("learningQuestions");
  const [state, action] = useActionState<FormState, FormData>(
    answerLearningQuestionAction.bind(null, question.id),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{
          status: t("status"),
          answer: t("answer"),
          interpretation: t("interpretation"),
          answeredByStudyId: t("answeredByStudy"),
        }}
      />
      <RadioGroupField
        name="status"
        label={t("status")}
        hint={t("statusHint")}
        options={statusChoices(question.status).map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        defaultValue={question.status}
        state={state}
      />
      <TextAreaField
        name="answer"
        label={t("answer")}
        hint={t("answerHint")}
        // Needed only for "beantwoord": the hint says so, the field is not marked required.
        required={false}
        rows={5}
        defaultValue={question.answer}
        state={state}
      />
      <TextAreaField
        name="interpretation"
        label={t("interpretation")}
        hint={t("interpretationHint")}
        optional
        rows={5}
        defaultValue={question.interpretation}
        state={state}
      />
      <SelectField
        name="answeredByStudyId"
        label={t("answeredByStudy")}
        hint={studies.length ? t("answeredByStudyHint") : t("noStudies")}
        optional
        options={studies.map((s) => ({
          value: String(s.id),
          label:
            question.programmeId === null ? t("studyOption", { programme: s.programmeName, study: s.title }) : s.title,
        }))}
        placeholder={t("noStudy")}
        defaultValue={question.answeredByStudyId ? String(question.answeredByStudyId) : ""}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
