"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { decideCorrection, markCorrectionImplemented, proposeCorrection } from "@/db/queries/correction-changes";
import { requireViewer } from "@/lib/auth/viewer";
import { correctionDecisionSchema, correctionImplementedSchema, correctionSchema } from "@/lib/validation/corrections";
import { type FormState, parseForm } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";

const detail = (programmeId: number, correctionId: number) => `/programmes/${programmeId}/corrections/${correctionId}`;

export async function proposeCorrectionAction(
  programmeId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(correctionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await proposeCorrection({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${detail(programmeId, result.value.correctionId)}?voorgesteld=1`);
}

export async function decideCorrectionAction(
  programmeId: number,
  correctionId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(correctionDecisionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await decideCorrection({ programmeId, correctionId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${detail(programmeId, correctionId)}?besluit=${parsed.data.decision}`);
}

export async function markImplementedAction(
  programmeId: number,
  correctionId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(correctionImplementedSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await markCorrectionImplemented({ programmeId, correctionId }, parsed.data.note);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${detail(programmeId, correctionId)}?doorgevoerd=1`);
}
