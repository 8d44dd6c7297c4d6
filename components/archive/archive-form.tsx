"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export type ArchiveFormLabels = {
  summary: string;
  explain: string;
  reason: string;
  reasonHint: string;
  submit: string;
  pending: string;
};

/**
 * Archiving asks why: the reason is required, and shown to whoever later finds the record under "Gearchiveerd". The
 * form folds open behind its summary; after an error it stays open with the typed reason and the error beside it.
 */
export function ArchiveForm({
  action,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: ArchiveFormLabels;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, initialFormState);
  return (
    <details open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer font-semibold text-link">{labels.summary}</summary>
      <form action={formAction} noValidate className="mt-3 flex max-w-2xl flex-col gap-4">
        <ErrorSummary state={state} labels={{ reason: labels.reason }} />
        <p>{labels.explain}</p>
        <TextAreaField name="reason" label={labels.reason} hint={labels.reasonHint} rows={3} state={state} />
        <div>
          <SubmitButton variant="secondary" pendingLabel={labels.pending}>
            {labels.submit}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
