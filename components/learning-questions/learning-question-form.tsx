"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createLearningQuestionAction, updateLearningQuestionAction } from "@/app/(app)/learning-questions/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { LEARNING_APPROACHES } from "@/lib/domain/constants";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type LearningQuestionValues = {
  id: number;
  question: string;
  whyItMatters: string;
  approach: string;
  programmeId: number | null;
  ownerId: number | null;
  dueDate: string | null;
  /** The saved version this form edits; a save from an older one is refused and shows both. */
  version: number;
};

type Choice = { id: number; name: string };

/**
 * Adds a question (or a follow-up, which starts with its parent's programme and approach) or changes one.
 */
export function LearningQuestionForm({
  question,
  preset,
  followUpOfId,
  programmes,
  owners,
}: {
  question?: LearningQuestionValues;
  preset?: { programmeId: number | null; approach: string | null };
  followUpOfId?: number;
  programmes: Choice[];
  owners: Choice[];
}) {
  const t = useTranslations("learningQuestions");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    question ? updateLearningQuestionAction.bind(null, question.id) : createLearningQuestionAction,
    initialFormState,
  );
  const check = useVersionCheck(state, question?.version ?? 0);
  const approaches = LEARNING_APPROACHES.map((a) => ({
    value: a,
    label: `${t(`approaches.${a}`)}: ${t(`approachMeaning.${a}`)}`,
  }));
  const programmeOptions = programmes.map((p) => ({ value: String(p.id), label: p.name }));
  const ownerOptions = owners.map((o) => ({ value: String(o.id), label: o.name }));
  const compared: ComparedField[] = [
    { name: "question", label: t("question") },
    { name: "whyItMatters", label: t("whyItMatters") },
    { name: "approach", label: t("approach"), options: approaches },
    { name: "programmeId", label: t("programme"), options: programmeOptions },
    { name: "ownerId", label: t("owner"), options: ownerOptions },
    { name: "dueDate", label: t("dueDate"), day: true },
  ];
  const programmeId = question?.programmeId ?? preset?.programmeId ?? null;
  const approach = question?.approach ?? preset?.approach ?? undefined;
  const submit = question ? t("save") : followUpOfId ? t("createFollowUp") : t("create");
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={{
          ...Object.fromEntries(compared.map((field) => [field.name, field.label])),
          followUpOfId: t("followUpOf"),
        }}
      />
      {question ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
      {followUpOfId ? <input type="hidden" name="followUpOfId" value={followUpOfId} /> : null}
      <TextAreaField
        name="question"
        label={t("question")}
        hint={t("questionHint")}
        rows={2}
        defaultValue={question?.question}
        state={state}
      />
      <TextAreaField
        name="whyItMatters"
        label={t("whyItMatters")}
        hint={t("whyItMattersHint")}
        optional
        rows={3}
        defaultValue={question?.whyItMatters}
        state={state}
      />
      <RadioGroupField
        name="approach"
        label={t("approach")}
        hint={t("approachHint")}
        options={approaches}
        defaultValue={approach}
        state={state}
      />
      <SelectField
        name="programmeId"
        label={t("programme")}
        hint={t("programmeHint")}
        optional
        options={programmeOptions}
        placeholder={t("noProgramme")}
        defaultValue={programmeId === null ? "" : String(programmeId)}
        state={state}
      />
      <SelectField
        name="ownerId"
        label={t("owner")}
        hint={t("ownerHint")}
        optional
        options={ownerOptions}
        placeholder={t("noOwner")}
        defaultValue={question?.ownerId ? String(question.ownerId) : ""}
        state={state}
      />
      <TextField
        name="dueDate"
        type="date"
        label={t("dueDate")}
        hint={t("dueDateHint")}
        optional
        defaultValue={question?.dueDate ?? ""}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{submit}</SubmitButton>
      </div>
    </form>
  );
}
