"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changeAssumptionStatus, createAssumption, updateAssumption } from "@/db/queries/assumptions";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { assumptionEditSchema, assumptionSchema, assumptionStatusSchema } from "@/lib/validation/programmes";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

const detail = (programmeId: number, assumptionId: number) => `/programmes/${programmeId}/assumptions/${assumptionId}`;

export async function createAssumptionAction(
  programmeId: number,
  _prev: FormState<unknown>,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(assumptionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createAssumption({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${detail(programmeId, result.value.assumptionId)}?opgeslagen=1`);
}

export async function updateAssumptionAction(
  programmeId: number,
  assumptionId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(assumptionEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateAssumption({ programmeId, assumptionId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${detail(programmeId, assumptionId)}?opgeslagen=1`);
}

export async function changeAssumptionStatusAction(
  programmeId: number,
  assumptionId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(assumptionStatusSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await changeAssumptionStatus({ programmeId, assumptionId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${detail(programmeId, assumptionId)}?status=1`);
}
