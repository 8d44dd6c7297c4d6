"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  addTrackParticipant,
  archiveLearningTrack,
  createLearningTrack,
  restoreLearningTrack,
  updateLearningTrack,
} from "@/db/queries/learning-tracks";
import { recordMaturityScan } from "@/db/queries/maturity-scans";
import { createTrainingSession, updateTrainingSession } from "@/db/queries/training-sessions";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import {
  participantSchema,
  scanSchema,
  sessionEditSchema,
  sessionSchema,
  trackEditSchema,
  trackSchema,
} from "@/lib/validation/training";
import type { VersionedFormState } from "@/lib/validation/versions";

export async function createTrackAction(_prev: FormState<unknown>, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(trackSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createLearningTrack(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/training", "layout");
  redirect(`/training/${result.value.trackId}?nieuw=1`);
}

export async function updateTrackAction(
  trackId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(trackEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateLearningTrack({ trackId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath("/training", "layout");
  redirect(`/training/${trackId}?opgeslagen=1`);
}

export async function archiveTrackAction(trackId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const result = await archiveLearningTrack({ trackId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/training", "layout");
  redirect(`/training/${trackId}?gearchiveerd=1`);
}

export async function restoreTrackAction(trackId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const result = await restoreLearningTrack({ trackId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/training", "layout");
  redirect(`/training/${trackId}?teruggezet=1`);
}

export async function addParticipantAction(trackId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(participantSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addTrackParticipant({ trackId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/training/${trackId}`, "layout");
  redirect(`/training/${trackId}?deelnemer=1#deelnemers`);
}

export async function createSessionAction(
  trackId: number,
  _prev: FormState<unknown>,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(sessionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createTrainingSession({ trackId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(`/training/${trackId}`, "layout");
  redirect(`/training/${trackId}/sessions/${result.value.sessionId}?nieuw=1`);
}

export async function updateSessionAction(
  trackId: number,
  sessionId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(sessionEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateTrainingSession({ trackId, sessionId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(`/training/${trackId}`, "layout");
  redirect(`/training/${trackId}/sessions/${sessionId}?opgeslagen=1`);
}

export async function takeScanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(scanSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await recordMaturityScan(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/training", "layout");
  redirect(`/training/scans/${result.value.scanId}?nieuw=1`);
}
