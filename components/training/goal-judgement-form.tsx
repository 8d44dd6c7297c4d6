"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { judgeGoalsAction } from "@/app/(app)/training/[trackId]/overview/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { Option } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { GOAL_JUDGEMENTS } from "@/lib/domain/training";
import { judgementField } from "@/lib/validation/field-names/training";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

/** The trainer's judgement per goal: bereikt, deels or niet (or not yet), saved from the track's version. */
export function GoalJudgementForm({
  trackId,
  goals,
  version,
}: {
  trackId: number;
  goals: { id: number; text: string; judgement: string | null }[];
  version: number;
}) {
  const t = useTranslations("training.overview");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    judgeGoalsAction.bind(null, trackId),
    initialFormState,
  );
  const check = useVersionCheck(state, version);
  const options: Option[] = [
    ...GOAL_JUDGEMENTS.map((value) => ({ value, label: t(`judgements.${value}`) })),
    { value: "", label: t("notJudged") },
  ];
  const compared: ComparedField[] = goals.map((g) => ({ name: judgementField(g.id), label: g.text, options }));
  return (
    <form action={action} noValidate className="flex max-w-3xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      <VersionCheck check={check} values={state.values} fields={compared} />
      {goals.map((goal) => (
        <RadioGroupField
          key={goal.id}
          name={judgementField(goal.id)}
          label={goal.text}
          options={options}
          defaultValue={goal.judgement ?? ""}
          state={state}
        />
      ))}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveJudgements")}</SubmitButton>
      </div>
    </form>
  );
}
