"use client";
// The gemeente's review of a handed-in report. Sending back: a comment on the whole and/or on single values and
// insights; the comment fields stand beside the parts they are about and belong to one form through their `form`
// attribute. Approving: its own form, whose refusal names the parts that no longer fit.
import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useActionState, useContext } from "react";
import {
  approveAction,
  sendBackAction,
} from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/review-actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { commentField } from "@/lib/validation/field-names/reporting";
import { type FormState, initialFormState } from "@/lib/validation/form";

type Ids = { programmeId: number; periodId: number; submissionId: number };

const FORM_ID = "terugsturen";

type SendBack = { state: FormState; action: (formData: FormData) => void };
const SendBackContext = createContext<SendBack | null>(null);

/** Holds the send-back form's state for its comment fields, wherever they stand in the report. */
export function ReviewProvider({ ids, children }: { ids: Ids; children: ReactNode }) {
  const [state, action] = useActionState<FormState, FormData>(sendBackAction.bind(null, ids), initialFormState);
  return <SendBackContext.Provider value={{ state, action }}>{children}</SendBackContext.Provider>;
}

function useSendBack() {
  const context = useContext(SendBackContext);
  if (!context) throw new Error("ReviewComment and SendBackForm belong inside ReviewProvider");
  return context;
}

/** The optional comment on one value ("v") or insight ("i"), sent with the send-back form. */
export function ReviewComment({ kind, id, name }: { kind: "v" | "i"; id: number; name: string }) {
  const t = useTranslations("partnerReport.review");
  const { state } = useSendBack();
  const field = commentField(kind, id);
  return (
    <TextAreaField
      id={field}
      name={field}
      form={FORM_ID}
      label={t(kind === "v" ? "valueComment" : "insightComment", { name })}
      hint={t("itemCommentHint")}
      optional
      rows={2}
      state={state}
    />
  );
}

export function SendBackForm({ version, labels }: { version: number; labels: Record<string, string> }) {
  const t = useTranslations("partnerReport.review");
  const { state, action } = useSendBack();
  return (
    <form id={FORM_ID} action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary state={state} labels={{ ...labels, comment: t("comment") }} />
      <input type="hidden" name="version" value={String(version)} />
      <TextAreaField name="comment" label={t("comment")} hint={t("commentHint")} optional rows={4} state={state} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("sendingBack")}>
          {t("sendBack")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function ApproveForm({ ids, version, labels }: { ids: Ids; version: number; labels: Record<string, string> }) {
  const t = useTranslations("partnerReport.review");
  const [state, action] = useActionState<FormState, FormData>(approveAction.bind(null, ids), initialFormState);
  return (
    <form action={action} noValidate className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary state={state} labels={labels} />
      <p>{t("approveText")}</p>
      <input type="hidden" name="version" value={String(version)} />
      <div>
        <SubmitButton pendingLabel={t("approving")}>{t("approve")}</SubmitButton>
      </div>
    </form>
  );
}
