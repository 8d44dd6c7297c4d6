"use client";
// Handing in the whole report, after a confirmation: once handed in the partner cannot change it until the gemeente
// sends it back. The confirmation opens in the page and takes focus; it names what happens next.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { submitReportAction } from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function SubmitReport({
  ids,
  version,
  labels,
}: {
  ids: { programmeId: number; periodId: number };
  version: number;
  /** Names of the parts an error can point to ("value-12": the indicator's name). */
  labels: Record<string, string>;
}) {
  const t = useTranslations("partnerReport.submit");
  const [state, action] = useActionState<FormState, FormData>(submitReportAction.bind(null, ids), initialFormState);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <ErrorSummary state={state} labels={labels} />
      {confirming ? (
        <form
          action={action}
          aria-labelledby="confirm-submit-title"
          className="rounded-ik border-l-4 border-ink bg-warning-surface p-4"
        >
          <h4 id="confirm-submit-title" ref={heading} tabIndex={-1} className="text-lg">
            {t("confirmTitle")}
          </h4>
          <p className="mt-2">{t("confirmText")}</p>
          <input type="hidden" name="version" value={String(version)} />
          <div className="mt-4 flex flex-wrap gap-3">
            <SubmitButton pendingLabel={t("submitting")}>{t("confirm")}</SubmitButton>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div>
          <Button type="button" onClick={() => setConfirming(true)}>
            {t("submit")}
          </Button>
        </div>
      )}
    </div>
  );
}
