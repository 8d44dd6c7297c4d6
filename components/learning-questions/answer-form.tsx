"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { answerLearningQuestionAction } from "@/app/(app)/learning-questions/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { LEARNING_QUESTION_STATUSES, type LearningQuestionStatus } from "@/lib/domain/constants";
import { statusChoices } from "@/lib/domain/learning-questions";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

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
    /** The saved version this form edits; a save from an older one is refused and shows both. */
    version: number;
  };
  studies: { id: number; title: string; programmeName: string }[];
}) {
  const t = useTranslations("learningQuestions");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    answerLearningQuestionAction.bind(null, question.id),
    initialFormState,
  );
  const check = useVersionCheck(state, question.version);
  const studyOptions = studies.map((s) => ({
    value: String(s.id),
    label: question.programmeId === null ? t("studyOption", { programme: s.programmeName, study: s.title }) : s.title,
  }));
  const compared: ComparedField[] = [
    {
      name: "status",
      label: t("status"),
      options: LEARNING_QUESTION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
    },
    { name: "answer", label: t("answer") },
    { name: "interpretation", label: t("interpretation") },
    { name: "answeredByStudyId", label: t("answeredByStudy"), options: studyOptions },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      <VersionCheck check={check} values={state.values} fields={compared} />
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
        options={studyOptions}
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
