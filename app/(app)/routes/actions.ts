"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { recordDecision, setRoadmapStepStatus, stepsArchivedByDecision, updateRoadmapStep } from "@/db/queries/routes";
import { isRefusal } from "@/db/write";
import { requireViewer } from "@/lib/auth/viewer";
import type { RoadmapStatus } from "@/lib/domain/constants";
import { stepByKey } from "@/lib/domain/roadmap";
import { getRoute, isRouteKey, localise } from "@/lib/domain/scenarios";
import { shortLocale } from "@/lib/i18n/settings";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import {
  type DecisionInput,
  decisionConfirmationSchema,
  decisionSchema,
  intakeAnswersFrom,
  roadmapStatusSchema,
  roadmapStepSchema,
} from "@/lib/validation/routes";
import type { VersionedFormState } from "@/lib/validation/versions";

/** A step of the roadmap that a decision would archive, as the confirmation step of the form shows it. */
export type ReviewStep = {
  id: number;
  title: string;
  routeName: string;
  status: RoadmapStatus;
  ownerName: string | null;
};
export type DecisionReview = { review: { steps: ReviewStep[]; changed: boolean } };

/**
 * The steps the decision would archive. Someone who may not decide sees none: the decision itself then refuses them,
 * and records the refused attempt.
 */
async function plannedArchive(input: DecisionInput) {
  try {
    return await stepsArchivedByDecision(input);
  } catch (error) {
    if (isRefusal(error)) return [];
    throw error;
  }
}

/** The form again, now with the unfinished steps the decision would archive: the person confirms or keeps some. */
async function reviewState(
  input: DecisionInput,
  formData: FormData,
  changed: boolean,
): Promise<FormState<DecisionReview>> {
  const [steps, locale] = await Promise.all([plannedArchive(input), getLocale().then(shortLocale)]);
  // What the person saw decides; choices to keep steps that are no longer on the list are dropped.
  const values = { ...submittedValues(formData) };
  delete values.reviewed;
  delete values.archiveStepIds;
  return {
    status: "idle",
    values,
    result: {
      review: {
        changed,
        steps: steps.map((step) => {
          const content = stepByKey(step.stepKey);
          return {
            id: step.id,
            title: content ? localise(content.title, locale) : step.stepKey,
            routeName: isRouteKey(step.route) ? localise(getRoute(step.route).name, locale) : step.route,
            status: step.status,
            ownerName: step.ownerName,
          };
        }),
      },
    },
  };
}

/**
 * Records a decision in two steps when it archives unfinished roadmap steps: first the person sees which (and may
 * keep some), then the decision is saved. When the roadmap changed in between, the person sees the new list.
 */
export async function recordDecisionAction(
  _prev: FormState<DecisionReview>,
  formData: FormData,
): Promise<FormState<DecisionReview>> {
  await requireViewer();
  const parsed = parseForm(decisionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const confirmation = parseForm(decisionConfirmationSchema, formData);
  if (!confirmation.success) return invalidForm(confirmation);
  const { reviewed, archiveStepIds, keepStepIds } = confirmation.data;
  if (!reviewed) {
    const review = await reviewState(parsed.data, formData, false);
    if ((review.result?.review.steps.length ?? 0) > 0) return review;
  }
  const result = await recordDecision(parsed.data, intakeAnswersFrom(submittedValues(formData)), {
    archive: archiveStepIds,
    keep: keepStepIds,
  });
  if (!result.ok) {
    if (result.error === "roadmapChanged") return reviewState(parsed.data, formData, true);
    return refusedForm(result, formData);
  }
  revalidatePath("/", "layout");
  redirect("/routes?besloten=1");
}

export async function updateRoadmapStepAction(
  stepId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(roadmapStepSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateRoadmapStep({ stepId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/", "layout");
  redirect(`/routes?opgeslagen=${stepId}#stap-${stepId}`);
}

/**
 * The quick "mark as done" (or back to to-do) button on the roadmap. Stays on the roadmap: a refusal (a change
 * someone else made meanwhile) is shown beside the button, a success by the step itself.
 */
export async function setRoadmapStepStatusAction(
  stepId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(roadmapStatusSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "invalid");
  const result = await setRoadmapStepStatus({ stepId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/", "layout");
  return { status: "success" };
}
