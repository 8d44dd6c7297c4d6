"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  addActionItem,
  carryOverActionItem,
  completeActionItem,
  completeOwnActionItem,
} from "@/db/queries/action-items";
import { createLesson } from "@/db/queries/lessons";
import {
  createReflectionSession,
  type PromptsConflict,
  saveReflectionPrompts,
  updateReflectionSession,
} from "@/db/queries/reflections";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { sessionLessonSchema } from "@/lib/validation/lessons";
import {
  actionItemSchema,
  reflectionPromptsSchema,
  reflectionSessionEditSchema,
  reflectionSessionSchema,
} from "@/lib/validation/reflections";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

const sessionPath = (programmeId: number, sessionId: number) => `/programmes/${programmeId}/reflections/${sessionId}`;

// Sessions show on their own pages, in the programme's activity and (lessons) in the library.
const refresh = () => revalidatePath("/", "layout");

export async function createReflectionSessionAction(
  programmeId: number,
  _prev: FormState<unknown>,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(reflectionSessionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createReflectionSession({ programmeId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  redirect(`${sessionPath(programmeId, result.value.sessionId)}?nieuw=1`);
}

export async function updateReflectionSessionAction(
  programmeId: number,
  sessionId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(reflectionSessionEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateReflectionSession({ programmeId, sessionId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  refresh();
  redirect(`${sessionPath(programmeId, sessionId)}?gewijzigd=1`);
}

export async function saveReflectionPromptsAction(
  programmeId: number,
  sessionId: number,
  _prev: FormState<{ conflict: PromptsConflict }>,
  formData: FormData,
): Promise<FormState<{ conflict: PromptsConflict }>> {
  await requireViewer();
  const parsed = parseForm(reflectionPromptsSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await saveReflectionPrompts({ programmeId, sessionId }, parsed.data);
  if (!result.ok) {
    const refused = await refusedForm<{ conflict: PromptsConflict }>(result, formData);
    return "conflict" in result && result.conflict ? { ...refused, result: { conflict: result.conflict } } : refused;
  }
  refresh();
  redirect(`${sessionPath(programmeId, sessionId)}?opgeslagen=terugblik#terugblik`);
}

export async function addActionItemAction(
  programmeId: number,
  sessionId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(actionItemSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addActionItem({ programmeId, sessionId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  redirect(`${sessionPath(programmeId, sessionId)}?actiepunt=${result.value.actionItemId}#actiepunten`);
}

/** "Klaar", from the agenda of a later session or from the session the item belongs to. */
export async function completeActionItemAction(
  programmeId: number,
  sessionId: number,
  actionItemId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await completeActionItem({ programmeId, actionItemId });
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  redirect(`${sessionPath(programmeId, sessionId)}?klaar=${actionItemId}#actie-${actionItemId}`);
}

/** "Klaar" on one's own action point, by someone who does not otherwise write in the programme (a partner). */
export async function completeOwnActionItemAction(
  programmeId: number,
  sessionId: number,
  actionItemId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await completeOwnActionItem({ actionItemId });
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  redirect(`${sessionPath(programmeId, sessionId)}?klaar=${actionItemId}#actie-${actionItemId}`);
}

/** "Doorschuiven": the item goes on in this session, as a new open action item. */
export async function carryOverActionItemAction(
  programmeId: number,
  sessionId: number,
  actionItemId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await carryOverActionItem({ programmeId, sessionId, actionItemId });
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  redirect(`${sessionPath(programmeId, sessionId)}?doorgeschoven=${actionItemId}#actie-${actionItemId}`);
}

export async function createSessionLessonAction(
  programmeId: number,
  sessionId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(sessionLessonSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createLesson({ ...parsed.data, programmeId, sessionId });
  if (!result.ok) return refusedForm(result, formData);
  refresh();
  redirect(`${sessionPath(programmeId, sessionId)}?les=${result.value.lessonId}#lessen`);
}
