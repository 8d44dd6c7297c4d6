"use client";
import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import {
  correctMeasurementAction,
  type MeasurementState,
  withdrawMeasurementAction,
} from "@/app/(app)/programmes/[programmeId]/indicators/[indicatorId]/measurements/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { firstValue } from "@/lib/validation/form";

type Ids = { programmeId: number; indicatorId: number; measurementId: number };

/** A measurement as the forms show it: the value typed the Dutch way. */
export type MeasurementValues = { measuredOn: string; value: string; note: string; version: number };

const initial: MeasurementState = { status: "idle" };

/** A day ("2026-03-15") written out in the user's language. */
function useDay() {
  const format = useFormatter();
  // Noon UTC is the same calendar day in Amsterdam whatever the season.
  return (value: string) =>
    format.dateTime(new Date(`${value}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric" });
}

/** What the other person saved, below a field whose value differs from what the user sent. */
function Theirs({ state, name }: { state: MeasurementState; name: "measuredOn" | "value" | "note" }) {
  const t = useTranslations("programmes.indicators.correction");
  const day = useDay();
  const shown = name === "measuredOn" ? day : undefined;
  const conflict = state.status === "error" ? state.result?.conflict : undefined;
  if (!conflict) return null;
  const theirs = conflict.saved[name];
  if ((firstValue(state.values, name) ?? "").trim() === theirs) return null;
  return (
    <div className="max-w-xl rounded-ik border-l-4 border-ink bg-warning-surface p-3 text-sm">
      <p className="font-semibold">{t("otherSaved")}</p>
      <p className="mt-1 whitespace-pre-line">{theirs ? (shown?.(theirs) ?? theirs) : t("otherSavedEmpty")}</p>
    </div>
  );
}

function WithdrawnMeanwhile({ state }: { state: MeasurementState }) {
  const t = useTranslations("programmes.indicators.correction");
  const conflict = state.status === "error" ? state.result?.conflict : undefined;
  return conflict?.saved.withdrawn ? <Notice tone="warning">{t("withdrawnMeanwhile")}</Notice> : null;
}

/**
 * Correcting a measurement: day, value and note as they should be, and why. The form starts from the saved values;
 * after a refusal it keeps what the user typed and, when someone else changed the measurement meanwhile, shows
 * their values below each field.
 */
export function MeasurementCorrectionForm({
  ids,
  measurement,
  unit,
  valueHint,
  dayHint,
}: {
  ids: Ids;
  measurement: MeasurementValues;
  unit: string;
  valueHint: string;
  dayHint: string;
}) {
  const t = useTranslations("programmes.indicators.correction");
  const m = useTranslations("programmes.indicators.measurement");
  const [state, action] = useActionState(correctMeasurementAction.bind(null, ids), initial);
  const conflict = state.status === "error" ? state.result?.conflict : undefined;
  const valueLabel = m("value", { unit });
  return (
    <form action={action} noValidate className="flex max-w-xl flex-col gap-4">
      <ErrorSummary
        state={state}
        fieldIds={{
          measuredOn: "correct-measuredOn",
          value: "correct-value",
          note: "correct-note",
          reason: "correct-reason",
        }}
        labels={{ measuredOn: m("measuredOn"), value: valueLabel, note: m("note"), reason: t("reason") }}
      />
      <WithdrawnMeanwhile state={state} />
      <input type="hidden" name="version" value={String(conflict?.version ?? measurement.version)} />
      <Field>
        <TextField
          id="correct-measuredOn"
          name="measuredOn"
          type="date"
          label={m("measuredOn")}
          hint={dayHint}
          defaultValue={measurement.measuredOn}
          state={state}
        />
        <Theirs state={state} name="measuredOn" />
      </Field>
      <Field>
        <TextField
          id="correct-value"
          name="value"
          label={valueLabel}
          hint={valueHint}
          inputMode="decimal"
          className="max-w-xs"
          defaultValue={measurement.value}
          state={state}
        />
        <Theirs state={state} name="value" />
      </Field>
      <Field>
        <TextAreaField
          id="correct-note"
          name="note"
          label={m("note")}
          hint={m("noteHint")}
          optional
          rows={2}
          defaultValue={measurement.note}
          state={state}
        />
        <Theirs state={state} name="note" />
      </Field>
      <TextAreaField
        id="correct-reason"
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        rows={2}
        state={state}
      />
      <div>
        <SubmitButton pendingLabel={t("correcting")}>{t("correct")}</SubmitButton>
      </div>
    </form>
  );
}

/** Withdrawing a measurement, for a reason: it then counts nowhere, and its day may be measured again. */
export function MeasurementWithdrawForm({ ids, version }: { ids: Ids; version: number }) {
  const t = useTranslations("programmes.indicators.correction");
  const [state, action] = useActionState(withdrawMeasurementAction.bind(null, ids), initial);
  const conflict = state.status === "error" ? state.result?.conflict : undefined;
  const day = useDay();
  return (
    <form action={action} noValidate className="flex max-w-xl flex-col gap-4">
      <ErrorSummary state={state} fieldIds={{ reason: "withdraw-reason" }} labels={{ reason: t("withdrawReason") }} />
      <WithdrawnMeanwhile state={state} />
      {conflict && !conflict.saved.withdrawn ? (
        <Notice tone="warning" title={t("changedMeanwhile")}>
          {t("nowSaved", { value: conflict.saved.value, date: day(conflict.saved.measuredOn) })}
        </Notice>
      ) : null}
      <input type="hidden" name="version" value={String(conflict?.version ?? version)} />
      <TextAreaField
        id="withdraw-reason"
        name="reason"
        label={t("withdrawReason")}
        hint={t("withdrawReasonHint")}
        rows={2}
        state={state}
      />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("withdrawing")}>
          {t("withdraw")}
        </SubmitButton>
      </div>
    </form>
  );
}

function Field({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-2">{children}</div>;
}
