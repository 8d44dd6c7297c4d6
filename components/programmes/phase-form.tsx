"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { advancePhaseAction } from "@/app/(app)/programmes/[programmeId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

/**
 * Moving on to the next phase. Open checklist items are a warning, not a lock: the user ticks that they move on
 * anyway, and the open items are recorded with the move.
 */
export function PhaseForm({
  programmeId,
  nextLabel,
  openItems,
}: {
  programmeId: number;
  nextLabel: string;
  openItems: string[];
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
      <ErrorSummary state={state} labels={{ acknowledgeOpenItems: t("acknowledge"), note: t("note") }} />
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
      <TextAreaField name="note" label={t("note")} hint={t("noteHint")} optional rows={2} state={state} />
      <div>
        <SubmitButton pendingLabel={t("moving")}>{t("moveTo", { phase: nextLabel })}</SubmitButton>
      </div>
    </form>
  );
}
