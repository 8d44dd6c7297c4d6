"use client";
// Adding an indicator to one of the gemeente's programmes from the veranderplan, when no existing one fits an agreed
// effect. It goes through the programme's own indicator write path (and its permission: setting up the programme).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addEffectIndicatorAction } from "@/app/(app)/opgaven/[opgaveId]/veranderplan/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type Option, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

const IDS = {
  programmeId: "indicator-programme",
  name: "indicator-name",
  unit: "indicator-unit",
  kind: "indicator-kind",
  minValue: "indicator-min",
  maxValue: "indicator-max",
  direction: "indicator-direction",
  frequency: "indicator-frequency",
  contribution: "indicator-contribution",
};

/** Labels and choices of the programme's own indicator form, in the user's language. */
export type IndicatorFormText = {
  labels: Record<keyof typeof IDS, string>;
  hints: Partial<Record<keyof typeof IDS, string>>;
  kinds: Option[];
  directions: Option[];
  frequencies: Option[];
  contributions: Option[];
};

export function NewIndicatorForm({
  opgaveId,
  programmes,
  text,
}: {
  opgaveId: number;
  programmes: { id: number; name: string; linked: boolean }[];
  text: IndicatorFormText;
}) {
  const t = useTranslations("opgaven.veranderplan.newIndicator");
  const [state, action] = useActionState<FormState, FormData>(
    addEffectIndicatorAction.bind(null, opgaveId),
    initialFormState,
  );
  const { labels, hints } = text;
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary state={state} labels={labels} fieldIds={IDS} />
      <SelectField
        id={IDS.programmeId}
        name="programmeId"
        label={labels.programmeId}
        hint={t("programmeHint")}
        options={programmes.map((p) => ({
          value: String(p.id),
          label: p.linked ? t("linked", { name: p.name }) : p.name,
        }))}
        placeholder={t("chooseProgramme")}
        state={state}
      />
      <TextField id={IDS.name} name="name" label={labels.name} hint={hints.name} autoComplete="off" state={state} />
      <TextField id={IDS.unit} name="unit" label={labels.unit} hint={hints.unit} autoComplete="off" state={state} />
      <SelectField id={IDS.kind} name="kind" label={labels.kind} hint={hints.kind} options={text.kinds} state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={IDS.minValue}
          name="minValue"
          label={labels.minValue}
          optional
          inputMode="decimal"
          autoComplete="off"
          state={state}
        />
        <TextField
          id={IDS.maxValue}
          name="maxValue"
          label={labels.maxValue}
          optional
          inputMode="decimal"
          autoComplete="off"
          state={state}
        />
      </div>
      <SelectField
        id={IDS.direction}
        name="direction"
        label={labels.direction}
        options={text.directions}
        state={state}
      />
      <SelectField
        id={IDS.frequency}
        name="frequency"
        label={labels.frequency}
        options={text.frequencies}
        state={state}
      />
      <SelectField
        id={IDS.contribution}
        name="contribution"
        label={labels.contribution}
        hint={hints.contribution}
        options={text.contributions}
        state={state}
      />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("adding")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
