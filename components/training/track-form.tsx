"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createTrackAction, updateTrackAction } from "@/app/(app)/training/actions";
import { CheckboxGroupField, RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ComparedField, useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { MODULE_KEYS, TARGET_GROUPS, TRACK_KINDS } from "@/lib/domain/training";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

export type TrackValues = {
  id: number;
  title: string;
  kind: string;
  targetGroup: string;
  targetTeams: string;
  description: string;
  startDate: string;
  endDate: string;
  trainerId: string;
  goals: string;
  modules: string[];
  version: number;
};

export function TrackForm({
  track,
  trainers,
  defaultTrainerId,
}: {
  track?: TrackValues;
  trainers: Option[];
  defaultTrainerId: number;
}) {
  const t = useTranslations("training");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    track ? updateTrackAction.bind(null, track.id) : createTrackAction,
    initialFormState,
  );
  const check = useVersionCheck(state, track?.version ?? 0);
  const kinds = TRACK_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
  const groups = TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }));
  const modules = MODULE_KEYS.map((m) => ({ value: m, label: t(`modules.${m}.title`) }));
  const compared: ComparedField[] = [
    { name: "title", label: t("form.title") },
    { name: "kind", label: t("form.kind"), options: kinds },
    { name: "targetGroup", label: t("form.targetGroup"), options: groups },
    { name: "targetTeams", label: t("form.targetTeams") },
    { name: "goals", label: t("form.goals") },
    { name: "description", label: t("form.description") },
    { name: "startDate", label: t("form.startDate"), day: true },
    { name: "endDate", label: t("form.endDate"), day: true },
    { name: "trainerId", label: t("form.trainer"), options: trainers },
    { name: "modules", label: t("form.modules"), options: modules },
  ];
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        title={check.summaryTitle}
        labels={Object.fromEntries(compared.map((field) => [field.name, field.label]))}
      />
      {track ? <VersionCheck check={check} values={state.values} fields={compared} /> : null}
      <TextField
        name="title"
        label={t("form.title")}
        hint={t("form.titleHint")}
        defaultValue={track?.title}
        state={state}
      />
      <RadioGroupField
        name="kind"
        label={t("form.kind")}
        options={kinds}
        defaultValue={track?.kind ?? "pilottraject"}
        state={state}
      />
      <RadioGroupField
        name="targetGroup"
        label={t("form.targetGroup")}
        hint={t("form.targetGroupHint")}
        options={groups}
        defaultValue={track?.targetGroup ?? "teams"}
        state={state}
      />
      <TextField
        name="targetTeams"
        label={t("form.targetTeams")}
        hint={t("form.targetTeamsHint")}
        optional
        defaultValue={track?.targetTeams}
        state={state}
      />
      <TextAreaField
        name="goals"
        label={t("form.goals")}
        hint={t("form.goalsHint")}
        rows={5}
        defaultValue={track?.goals}
        state={state}
      />
      <TextAreaField
        name="description"
        label={t("form.description")}
        optional
        rows={3}
        defaultValue={track?.description}
        state={state}
      />
      <fieldset className="flex flex-col gap-4 rounded-ik border border-line p-4">
        <legend className="px-1 text-lg font-semibold">{t("form.period")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="startDate"
            type="date"
            label={t("form.startDate")}
            optional
            defaultValue={track?.startDate ?? ""}
            state={state}
          />
          <TextField
            name="endDate"
            type="date"
            label={t("form.endDate")}
            optional
            defaultValue={track?.endDate ?? ""}
            state={state}
          />
        </div>
      </fieldset>
      <SelectField
        name="trainerId"
        label={t("form.trainer")}
        hint={t("form.trainerHint")}
        options={trainers}
        placeholder={t("form.chooseTrainer")}
        defaultValue={track?.trainerId ?? String(defaultTrainerId)}
        state={state}
      />
      <CheckboxGroupField
        name="modules"
        label={t("form.modules")}
        hint={t("form.modulesHint")}
        optional
        options={modules}
        defaultValues={track?.modules ?? []}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("form.saving")}>{track ? t("form.save") : t("form.create")}</SubmitButton>
      </div>
    </form>
  );
}
