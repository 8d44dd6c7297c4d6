"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  decideCorrectionAction,
  markImplementedAction,
  proposeCorrectionAction,
} from "@/app/(app)/programmes/[programmeId]/corrections/actions";
import { CheckboxGroupField, RadioGroupField } from "@/components/ui/choice-fields";
import { DraftBanner, useFormDraft } from "@/components/ui/draft-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { DECISION_LEVELS, TOC_LEVELS } from "@/lib/domain/constants";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function ProposeCorrectionForm({
  programmeId,
  findings,
  learningQuestions,
  indicators,
  elements,
  lessons = [],
}: {
  programmeId: number;
  findings: Option[];
  learningQuestions: Option[];
  indicators: Option[];
  elements: Option[];
  lessons?: Option[];
}) {
  const t = useTranslations("programmes.corrections");
  const lessonText = useTranslations("lessons.correction");
  const levels = useTranslations("programmes.level");
  const draft = useFormDraft({ form: "correction-new", record: `programme-${programmeId}`, version: 0 });
  const [state, action] = useActionState<FormState, FormData>(
    draft.wrap(proposeCorrectionAction.bind(null, programmeId)),
    initialFormState,
  );
  return (
    <form {...draft.form} action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <DraftBanner draft={draft} />
      <ErrorSummary
        state={state}
        labels={{
          title: t("titleLabel"),
          whatChanges: t("whatChanges"),
          why: t("why"),
          decisionLevel: t("decisionLevel"),
          findingIds: t("findings"),
          learningQuestionIds: t("learningQuestions"),
          indicatorIds: t("indicators"),
          lessonIds: lessonText("label"),
          addLevel: t("addLevel"),
          addTitle: t("addTitle"),
          removeElementId: t("removeElement"),
          renameElementId: t("renameElement"),
          renameTitle: t("renameTitle"),
        }}
      />
      <TextField name="title" label={t("titleLabel")} hint={t("titleHint")} state={state} />
      <TextAreaField name="whatChanges" label={t("whatChanges")} hint={t("whatChangesHint")} rows={3} state={state} />
      <TextAreaField name="why" label={t("why")} hint={t("whyHint")} rows={3} state={state} />
      <CheckboxGroupField
        name="findingIds"
        label={t("findings")}
        optional
        options={findings}
        empty={t("noFindings")}
        state={state}
      />
      <CheckboxGroupField
        name="learningQuestionIds"
        label={t("learningQuestions")}
        optional
        options={learningQuestions}
        empty={t("noLearningQuestions")}
        state={state}
      />
      <CheckboxGroupField name="indicatorIds" label={t("indicators")} optional options={indicators} state={state} />
      <CheckboxGroupField
        name="lessonIds"
        label={lessonText("label")}
        optional
        options={lessons}
        empty={lessonText("empty")}
        state={state}
      />
      <RadioGroupField
        name="decisionLevel"
        label={t("decisionLevel")}
        hint={t("decisionLevelHint")}
        options={DECISION_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
        state={state}
      />
      <fieldset className="flex flex-col gap-4 rounded-ik border border-line p-4">
        <legend className="px-1 font-semibold">{t("tocChangeLegend")}</legend>
        <p className="text-sm text-muted">{t("tocChangeHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="addLevel"
            label={t("addLevel")}
            optional
            options={TOC_LEVELS.map((l) => ({ value: l, label: levels(l) }))}
            placeholder={t("nothing")}
            state={state}
          />
          <TextField name="addTitle" label={t("addTitle")} optional state={state} />
        </div>
        <SelectField
          name="removeElementId"
          label={t("removeElement")}
          optional
          options={elements}
          placeholder={t("nothing")}
          state={state}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="renameElementId"
            label={t("renameElement")}
            optional
            options={elements}
            placeholder={t("nothing")}
            state={state}
          />
          <TextField name="renameTitle" label={t("renameTitle")} optional state={state} />
        </div>
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("propose")}</SubmitButton>
      </div>
    </form>
  );
}

export function DecideCorrectionForm({ programmeId, correctionId }: { programmeId: number; correctionId: number }) {
  const t = useTranslations("programmes.corrections");
  const [state, action] = useActionState<FormState, FormData>(
    decideCorrectionAction.bind(null, programmeId, correctionId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary state={state} labels={{ decision: t("decision"), note: t("decisionNote") }} />
      <RadioGroupField
        name="decision"
        label={t("decision")}
        options={[
          { value: "besloten", label: t("decide") },
          { value: "afgewezen", label: t("reject") },
        ]}
        state={state}
      />
      <TextAreaField
        name="note"
        label={t("decisionNote")}
        hint={t("decisionNoteHint")}
        optional
        rows={3}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("recordDecision")}</SubmitButton>
      </div>
    </form>
  );
}

export function ImplementedForm({ programmeId, correctionId }: { programmeId: number; correctionId: number }) {
  const t = useTranslations("programmes.corrections");
  const [state, action] = useActionState<FormState, FormData>(
    markImplementedAction.bind(null, programmeId, correctionId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary state={state} labels={{ note: t("implementedNote") }} />
      <TextAreaField name="note" label={t("implementedNote")} optional rows={2} state={state} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("markImplemented")}</SubmitButton>
      </div>
    </form>
  );
}
