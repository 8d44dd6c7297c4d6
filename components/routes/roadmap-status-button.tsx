"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setRoadmapStepStatusAction } from "@/app/(app)/routes/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useVersionCheck, VersionCheck } from "@/components/ui/version-conflict";
import { ROADMAP_STATUSES, type RoadmapStatus } from "@/lib/domain/constants";
import { initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

/**
 * The quick "klaar" (or back to "te doen") of one roadmap step. When someone else changed the step after the
 * roadmap was opened, nothing is saved: the refusal shows beside the button with the status saved now, and pressing
 * the button again sets the status deliberately.
 */
export function RoadmapStatusButton({
  step,
  title,
}: {
  step: { id: number; status: RoadmapStatus; version: number };
  /** The step's title, for screen readers: the button names the step it acts on. */
  title: string;
}) {
  const t = useTranslations("routes");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    setRoadmapStepStatusAction.bind(null, step.id),
    initialFormState,
  );
  const check = useVersionCheck(state, step.version);
  const target: RoadmapStatus = step.status === "klaar" ? "te_doen" : "klaar";
  const statuses = ROADMAP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));
  return (
    <form action={action} className="flex max-w-md flex-col gap-3">
      <ErrorSummary state={state} title={check.summaryTitle} labels={{}} />
      <VersionCheck
        check={check}
        values={state.values}
        fields={[{ name: "status", label: t("statusLabel"), options: statuses }]}
      />
      <input type="hidden" name="status" value={target} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {step.status === "klaar" ? t("markOpen") : t("markDone")}
          <span className="sr-only">: {title}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
