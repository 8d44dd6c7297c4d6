"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { updateAssumptionFromFinding } from "@/db/queries/evidence-trail";
import { createFinding, updateFinding } from "@/db/queries/findings";
import { createStudy, updateStudy } from "@/db/queries/studies";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { assumptionStatusSchema } from "@/lib/validation/programmes";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import { findingEditSchema, findingSchema, studyEditSchema, studySchema } from "@/lib/validation/studies";
import type { VersionedFormState } from "@/lib/validation/versions";

const studyPath = (programmeId: number, studyId: number) => `/programmes/${programmeId}/studies/${studyId}`;
/** Back on the study page, at the finding that was just saved. */
const atFinding = (programmeId: number, studyId: number, findingId: number, query: string) =>
  `${studyPath(programmeId, studyId)}?${query}#bevinding-${findingId}`;

export async function createStudyAction(
  programmeId: number,
  _prev: FormState<unknown>,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(studySchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createStudy({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${studyPath(programmeId, result.value.studyId)}?nieuw=1`);
}

export async function updateStudyAction(
  programmeId: number,
  studyId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(studyEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateStudy({ programmeId, studyId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`${studyPath(programmeId, studyId)}?opgeslagen=1`);
}

export async function createFindingAction(
  programmeId: number,
  studyId: number,
  _prev: FormState<unknown>,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(findingSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createFinding({ programmeId, studyId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  const { findingId } = result.value;
  redirect(atFinding(programmeId, studyId, findingId, `bevinding=${findingId}`));
}

export async function updateFindingAction(
  programmeId: number,
  studyId: number,
  findingId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(findingEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateFinding({ programmeId, studyId, findingId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(atFinding(programmeId, studyId, findingId, `gewijzigd=${findingId}`));
}

/** The small form beside an assumption a finding is linked to: new status and reason, the finding as evidence. */
export async function updateAssumptionFromFindingAction(
  programmeId: number,
  studyId: number,
  findingId: number,
  assumptionId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(assumptionStatusSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateAssumptionFromFinding({ programmeId, studyId, findingId, assumptionId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(atFinding(programmeId, studyId, findingId, `bijgewerkt=${findingId}-${assumptionId}`));
}
