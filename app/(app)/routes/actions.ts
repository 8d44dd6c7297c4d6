"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordDecision, setRoadmapStepStatus, updateRoadmapStep } from "@/db/queries/routes";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import { decisionSchema, intakeAnswersFrom, roadmapStatusSchema, roadmapStepSchema } from "@/lib/validation/routes";
import type { VersionedFormState } from "@/lib/validation/versions";

export async function recordDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(decisionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await recordDecision(parsed.data, intakeAnswersFrom(submittedValues(formData)));
  if (!result.ok) return refusedForm(result, formData);
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
