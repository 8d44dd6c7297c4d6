"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { advancePhaseAction } from "@/app/(app)/programmes/[programmeId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, firstValue, initialFormState } from "@/lib/validation/form";

/**
 * Moving on to the next phase. Open checklist items are a warning, not a lock: the user ticks that they move on
 * anyway, and the open items are recorded with the move.
 */
export function PhaseForm({
  programmeId,
  nextLabel,
  openItems,
  closingRound = false,
}: {
  programmeId: number;
  nextLabel: string;
  openItems: string[];
  /** In bijsturen: offer "no correction needed" with a reason, which satisfies the checklist. */
  closingRound?: boolean;
}) {
  const t = useTranslations("programmes.cycle");
  const forms = useTranslations("forms");
  const [state, action] = useActionState<FormState, FormData>(
    advancePhaseAction.bind(null, programmeId),
    initialFormState,
  );
  const error = state.status === "error" ? state.fieldErrors?.acknowledgeOpenItems?.[0] : undefined;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary
        state={state}
        labels={{
          acknowledgeOpenItems: t("acknowledge"),
          note: t("note"),
          noCorrectionReason: t("noCorrectionReason"),
        }}
      />
      {state.status === "success" ? (
        <Notice tone="success" role="status">
          {t("moved")}
        </Notice>
      ) : null}
      {openItems.length > 0 ? (
        <div className={`rounded-ik bg-warning-surface p-3 ${error ? "border-l-4 border-danger" : ""}`}>
          <p className="font-semibold">{t("openWarning")}</p>
          <ul className="list-disc pl-6">
            {openItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {error ? (
            <p id="acknowledgeOpenItems-error" className="mt-2 font-semibold text-danger">
              <span className="sr-only">{forms("errorPrefix")} </span>
              {error}
            </p>
          ) : null}
          <div className="mt-2 flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              id="acknowledgeOpenItems"
              name="acknowledgeOpenItems"
              aria-describedby={error ? "acknowledgeOpenItems-error" : undefined}
              className="h-5 w-5"
            />
            <label htmlFor="acknowledgeOpenItems">{t("acknowledge")}</label>
          </div>
        </div>
      ) : null}
      {closingRound ? (
        <fieldset className="flex flex-col gap-3 rounded-ik border border-line p-3">
          <legend className="px-1 font-semibold">{t("noCorrectionLegend")}</legend>
          <div className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              id="noCorrectionNeeded"
              name="noCorrectionNeeded"
              defaultChecked={firstValue(state.values, "noCorrectionNeeded") === "on"}
              className="h-5 w-5"
            />
            <label htmlFor="noCorrectionNeeded">{t("noCorrectionNeeded")}</label>
          </div>
          <TextAreaField
            name="noCorrectionReason"
            label={t("noCorrectionReason")}
            hint={t("noCorrectionReasonHint")}
            optional
            rows={2}
            state={state}
          />
        </fieldset>
      ) : null}
      <TextAreaField name="note" label={t("note")} hint={t("noteHint")} optional rows={2} state={state} />
      <div>
        <SubmitButton pendingLabel={t("moving")}>{t("moveTo", { phase: nextLabel })}</SubmitButton>
      </div>
    </form>
  );
}
