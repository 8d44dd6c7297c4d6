"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import {
  addOpgaveFigure,
  archiveOpgave,
  createOpgave,
  removeOpgaveFigure,
  restoreOpgave,
  setProgrammeOpgave,
  updateOpgave,
} from "@/db/queries/opgave-changes";
import { createOpgavePage } from "@/db/queries/opgave-pages";
import { requireViewer } from "@/lib/auth/viewer";
import { archiveSchema } from "@/lib/validation/archive";
import { type FormState, parseForm } from "@/lib/validation/form";
import { opgaveEditSchema, opgaveFigureSchema, opgaveSchema, programmeOpgaveSchema } from "@/lib/validation/opgaven";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

export async function createOpgaveAction(_prev: VersionedFormState, formData: FormData): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(opgaveSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createOpgave(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/opgaven");
  redirect(`/opgaven/${result.value.opgaveId}?opgeslagen=1`);
}

export async function updateOpgaveAction(
  opgaveId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(opgaveEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateOpgave({ opgaveId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/opgaven");
  redirect(`/opgaven/${opgaveId}?opgeslagen=1`);
}

export async function archiveOpgaveAction(opgaveId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(archiveSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await archiveOpgave({ opgaveId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/opgaven");
  redirect(`/opgaven/${opgaveId}?gearchiveerd=1`);
}

export async function restoreOpgaveAction(opgaveId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const result = await restoreOpgave({ opgaveId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/opgaven");
  redirect(`/opgaven/${opgaveId}?teruggezet=1`);
}

export async function addOpgaveFigureAction(
  opgaveId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(opgaveFigureSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addOpgaveFigure({ opgaveId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/opgaven/${opgaveId}`);
  redirect(`/opgaven/${opgaveId}#cijfers`);
}

export async function removeOpgaveFigureAction(
  opgaveId: number,
  figureId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await removeOpgaveFigure({ opgaveId, figureId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/opgaven/${opgaveId}`);
  redirect(`/opgaven/${opgaveId}#cijfers`);
}

/** From the opgave's page: this programme serves the opgave. */
export async function linkProgrammeAction(opgaveId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(programmeOpgaveSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  if (parsed.data.programmeId === null) {
    return invalidForm({ fieldErrors: { programmeId: ["chooseProgramme"] }, values: {} });
  }
  const result = await setProgrammeOpgave({ programmeId: parsed.data.programmeId }, { opgaveId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/opgaven/${opgaveId}`);
  redirect(`/opgaven/${opgaveId}#programmas`);
}

/** From the opgave's page: this programme no longer serves it. */
export async function unlinkProgrammeAction(
  opgaveId: number,
  programmeId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await setProgrammeOpgave({ programmeId }, { opgaveId: null });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/opgaven/${opgaveId}`);
  redirect(`/opgaven/${opgaveId}#programmas`);
}

/** From the opgave's page: start its shared page (or open the one it has), where the gemeente and partners reflect. */
export async function createOpgavePageAction(
  opgaveId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const t = await getTranslations("monitoring.sharedPage");
  const result = await createOpgavePage({ opgaveId }, { title: (title) => t("pageTitle", { title }), body: t("body") });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/opgaven/${opgaveId}`);
  revalidatePath("/pages");
  redirect(`/pages/${result.value.pageId}`);
}
