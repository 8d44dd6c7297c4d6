"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  addCoachingAction,
  completeCoachingAction,
  createCoachingConversation,
  updateCoachingConversation,
} from "@/db/queries/coaching";
import { requireViewer } from "@/lib/auth/viewer";
import { coachingActionSchema, conversationEditSchema, conversationSchema } from "@/lib/validation/coaching";
import { type FormState, parseForm } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

export async function createConversationAction(
  trackId: number,
  _prev: FormState<unknown>,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(conversationSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createCoachingConversation({ trackId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/training/${trackId}`, "layout");
  redirect(`/training/${trackId}/coaching/${result.value.conversationId}?nieuw=1`);
}

export async function updateConversationAction(
  trackId: number,
  conversationId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(conversationEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateCoachingConversation({ trackId, conversationId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/training/${trackId}`, "layout");
  redirect(`/training/${trackId}/coaching/${conversationId}?opgeslagen=1`);
}

export async function addCoachingActionAction(
  trackId: number,
  conversationId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(coachingActionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addCoachingAction({ trackId, conversationId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  // The action shows in its owner's "Mijn werk" and on the programme's reflection agenda.
  revalidatePath("/", "layout");
  redirect(`/training/${trackId}/coaching/${conversationId}?actie=1#acties`);
}

export async function completeCoachingActionAction(
  actionId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await completeCoachingAction({ actionId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/", "layout");
  redirect(`/training/${result.value.trackId}/coaching/${result.value.conversationId}?afgevinkt=1#acties`);
}
