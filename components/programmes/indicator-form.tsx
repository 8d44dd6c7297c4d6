"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import {
  createIndicatorAction,
  type IndicatorConflict,
  updateIndicatorAction,
} from "@/app/(app)/programmes/[programmeId]/indicators/actions";
import { RadioGroupField } from "@/components/ui/choice-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CONTRIBUTIONS, INDICATOR_DIRECTIONS, INDICATOR_KINDS, MEASUREMENT_FREQUENCIES } from "@/lib/domain/constants";
import { type FormState, firstValue } from "@/lib/validation/form";

/** An indicator as the form shows it: numbers already written the Dutch way ("12,5"), days as "2026-11-27". */
export type IndicatorValues = {
  id: number;
  name: string;
  basis: string;
  unit: string;
  kind: string;
  minValue: string;
  maxValue: string;
  direction: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  source: string;
  frequency: string;
  contribution: string;
  /** The saved state this form edits; a save from an older one is refused and shows both. */
  version: number;
};

type State = FormState<{ conflict: IndicatorConflict }>;
const initial: State = { status: "idle" };

export function IndicatorForm({
  programmeId,
  indicator,
  bases,
}: {
  programmeId: number;
  indicator?: IndicatorValues;
  bases: Option[];
}) {
  const t = useTranslations("programmes.indicators");
  const [state, action] = useActionState<State, FormData>(
    indicator
      ? updateIndicatorAction.bind(null, programmeId, indicator.id)
      : createIndicatorAction.bind(null, programmeId),
    initial,
  );
  const conflict = state.status === "error" ? state.result?.conflict : undefined;
  const kindOptions = INDICATOR_KINDS.map((k) => ({ value: k, label: `${t(`kinds.${k}`)}: ${t(`kindMeaning.${k}`)}` }));
  const choiceLabel: Record<string, (value: string) => string> = {
    basis: (value) => bases.find((b) => b.value === value)?.label ?? t("noBasisShort"),
    kind: (value) => (value ? t(`kinds.${value}`) : ""),
    direction: (value) => (value ? t(`directions.${value}`) : ""),
    frequency: (value) => (value ? t(`frequencies.${value}`) : ""),
    contribution: (value) => (value ? t(`contributions.${value}`) : ""),
  };

  /** What the other person saved in this field, shown below it when it differs from what the user sent. */
  function saved(name: Exclude<keyof IndicatorValues, "id" | "version">): ReactNode {
    if (!conflict) return null;
    const theirs = conflict.saved[name];
    if ((firstValue(state.values, name) ?? "").trim() === theirs) return null;
    const shown = choiceLabel[name]?.(theirs) ?? theirs;
    return (
      <div className="max-w-xl rounded-ik border-l-4 border-ink bg-warning-surface p-3 text-sm">
        <p className="font-semibold">{t("otherSaved")}</p>
        <p className="mt-1 whitespace-pre-line">{shown || t("otherSavedEmpty")}</p>
      </div>
    );
  }

  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-5">
      <ErrorSummary
        state={state}
        labels={{
          name: t("name"),
          basis: t("basis"),
          unit: t("unit"),
          kind: t("kind"),
          minValue: t("minValue"),
          maxValue: t("maxValue"),
          direction: t("direction"),
          baselineValue: t("baselineValue"),
          baselineDate: t("baselineDate"),
          targetValue: t("targetValue"),
          targetDate: t("targetDate"),
          source: t("source"),
          frequency: t("frequency"),
          contribution: t("contribution"),
        }}
      />
      {indicator ? <input type="hidden" name="version" value={String(conflict?.version ?? indicator.version)} /> : null}
      <Pair>
        <TextField name="name" label={t("name")} hint={t("nameHint")} defaultValue={indicator?.name} state={state} />
        {saved("name")}
      </Pair>
      <Pair>
        <SelectField
          name="basis"
          label={t("basis")}
          hint={t("basisHint")}
          optional
          options={bases}
          placeholder={t("noBasis")}
          defaultValue={indicator?.basis ?? ""}
          state={state}
        />
        {saved("basis")}
      </Pair>
      <Pair>
        <TextField
          name="unit"
          label={t("unit")}
          hint={t("unitHint")}
          defaultValue={indicator?.unit}
          className="max-w-xs"
          state={state}
        />
        {saved("unit")}
      </Pair>
      <Pair>
        <RadioGroupField
          name="kind"
          label={t("kind")}
          hint={t("kindHint")}
          options={kindOptions}
          defaultValue={indicator?.kind ?? "aantal"}
          state={state}
        />
        {saved("kind")}
      </Pair>
      <fieldset className="flex flex-col gap-4 rounded-ik border border-line p-4">
        <legend className="px-1 text-lg font-semibold">{t("bounds")}</legend>
        <p className="text-sm">{t("boundsHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Pair>
            <TextField
              name="minValue"
              label={t("minValue")}
              hint={t("numberHint")}
              optional
              inputMode="decimal"
              defaultValue={indicator?.minValue}
              state={state}
            />
            {saved("minValue")}
          </Pair>
          <Pair>
            <TextField
              name="maxValue"
              label={t("maxValue")}
              hint={t("numberHint")}
              optional
              inputMode="decimal"
              defaultValue={indicator?.maxValue}
              state={state}
            />
            {saved("maxValue")}
          </Pair>
        </div>
      </fieldset>
      <Pair>
        <RadioGroupField
          name="direction"
          label={t("direction")}
          options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) }))}
          defaultValue={indicator?.direction}
          state={state}
        />
        {saved("direction")}
      </Pair>
      <fieldset className="flex flex-col gap-4 rounded-ik border border-line p-4">
        <legend className="px-1 text-lg font-semibold">{t("baselineAndTarget")}</legend>
        <p className="text-sm">{t("baselineAndTargetHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Pair>
            <TextField
              name="baselineValue"
              label={t("baselineValue")}
              hint={t("numberHint")}
              optional
              inputMode="decimal"
              defaultValue={indicator?.baselineValue}
              state={state}
            />
            {saved("baselineValue")}
          </Pair>
          <Pair>
            <TextField
              name="baselineDate"
              type="date"
              label={t("baselineDate")}
              optional
              defaultValue={indicator?.baselineDate ?? ""}
              state={state}
            />
            {saved("baselineDate")}
          </Pair>
          <Pair>
            <TextField
              name="targetValue"
              label={t("targetValue")}
              hint={t("numberHint")}
              optional
              inputMode="decimal"
              defaultValue={indicator?.targetValue}
              state={state}
            />
            {saved("targetValue")}
          </Pair>
          <Pair>
            <TextField
              name="targetDate"
              type="date"
              label={t("targetDate")}
              optional
              defaultValue={indicator?.targetDate ?? ""}
              state={state}
            />
            {saved("targetDate")}
          </Pair>
        </div>
      </fieldset>
      <Pair>
        <TextField
          name="source"
          label={t("source")}
          hint={t("sourceHint")}
          optional
          defaultValue={indicator?.source}
          state={state}
        />
        {saved("source")}
      </Pair>
      <Pair>
        <SelectField
          name="frequency"
          label={t("frequency")}
          options={MEASUREMENT_FREQUENCIES.map((f) => ({ value: f, label: t(`frequencies.${f}`) }))}
          defaultValue={indicator?.frequency ?? "per_kwartaal"}
          state={state}
        />
        {saved("frequency")}
      </Pair>
      <Pair>
        <RadioGroupField
          name="contribution"
          label={t("contribution")}
          hint={t("contributionHint")}
          options={CONTRIBUTIONS.map((c) => ({
            value: c,
            label: `${t(`contributions.${c}`)}: ${t(`contributionMeaning.${c}`)}`,
          }))}
          defaultValue={indicator?.contribution}
          state={state}
        />
        {saved("contribution")}
      </Pair>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{indicator ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}

/** A field and, after a conflict, what the other person saved in it. */
function Pair({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-2">{children}</div>;
}
