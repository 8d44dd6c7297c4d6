"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
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
import { type FormState, parseForm, submittedValues } from "@/lib/validation/form";
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

/**
 * What an action done on the session's own page returns. It does not redirect: a redirect to the page with a notice
 * in its address mounts the page anew, and that would throw away what was typed in the page's other forms. The page
 * is refreshed in place and shows the message (components/ui/page-flash.tsx).
 */
async function doneHere<R = undefined>(notice: string, formData?: FormData): Promise<FormState<R>> {
  refresh();
  const t = await getTranslations("reflections.notices");
  // The form is reset to what it shows after a save: for the Terugblik that is what was just saved.
  return { status: "success", message: t(notice), values: formData ? submittedValues(formData) : undefined };
}

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
  return doneHere("promptsSaved", formData);
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
  return doneHere("actionAdded");
}

/** "Klaar", from the agenda of a later session or from the session the item belongs to. */
export async function completeActionItemAction(
  programmeId: number,
  // The session whose page the button is on: bound by the page, not needed to mark the item done.
  _sessionId: number,
  actionItemId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await completeActionItem({ programmeId, actionItemId });
  if (!result.ok) return refusedForm(result, formData);
  return doneHere("actionDone");
}

/** "Klaar" on one's own action point, by someone who does not otherwise write in the programme (a partner). */
export async function completeOwnActionItemAction(
  _programmeId: number,
  _sessionId: number,
  actionItemId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await completeOwnActionItem({ actionItemId });
  if (!result.ok) return refusedForm(result, formData);
  return doneHere("actionDone");
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
  return doneHere("actionCarried");
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
  return doneHere("lessonAdded");
}
