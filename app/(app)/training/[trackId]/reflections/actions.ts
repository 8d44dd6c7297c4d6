"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { answerTrackReflection, promoteReflectionAnswer } from "@/db/queries/track-reflections";
import { requireViewer } from "@/lib/auth/viewer";
import { reflectionAnswerSchema } from "@/lib/validation/coaching";
import { type FormState, parseForm } from "@/lib/validation/form";
import { sessionLessonSchema } from "@/lib/validation/lessons";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

/** A participant's answers after a session (its id) or at the end of the track (null). */
export async function answerReflectionAction(
  trackId: number,
  sessionId: number | null,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(reflectionAnswerSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await answerTrackReflection({ trackId, sessionId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/training/${trackId}`, "layout");
  redirect(`/training/${trackId}?gereflecteerd=1#reflectie`);
}

/** The trainer keeps an answer as a lesson in the library. */
export async function promoteReflectionAction(
  trackId: number,
  answerId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(sessionLessonSchema.omit({ findingId: true }), formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await promoteReflectionAnswer({ trackId, answerId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/lessons");
  revalidatePath(`/training/${trackId}`, "layout");
  redirect(`/training/${trackId}/reflections?les=${result.value.lessonId}#antwoord-${answerId}`);
}
