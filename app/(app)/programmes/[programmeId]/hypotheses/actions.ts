"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createHypothesis, updateHypothesis } from "@/db/queries/hypotheses";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { hypothesisEditSchema, hypothesisSchema } from "@/lib/validation/programmes";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

export async function createHypothesisAction(
  programmeId: number,
  _prev: FormState<unknown>,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(hypothesisSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createHypothesis({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(
    `/programmes/${programmeId}/hypotheses?opgeslagen=${result.value.hypothesisId}#hypothese-${result.value.hypothesisId}`,
  );
}

export async function updateHypothesisAction(
  programmeId: number,
  hypothesisId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(hypothesisEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateHypothesis({ programmeId, hypothesisId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`/programmes/${programmeId}/hypotheses?opgeslagen=${hypothesisId}#hypothese-${hypothesisId}`);
}
