"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createProgramme, updateProgramme } from "@/db/queries/programmes";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { programmeEditSchema, programmeSchema } from "@/lib/validation/programmes";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

export async function createProgrammeAction(_prev: FormState<unknown>, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(programmeSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createProgramme(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/programmes");
  redirect(`/programmes/${result.value.programmeId}?nieuw=1`);
}

export async function updateProgrammeAction(
  programmeId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(programmeEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateProgramme({ programmeId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/programmes/${programmeId}`, "layout");
  redirect(`/programmes/${programmeId}?opgeslagen=1`);
}
