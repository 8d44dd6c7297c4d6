"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  addSessionAgreement,
  addSessionIdea,
  addSessionOpgave,
  createStrategicSession,
  saveSessionRanking,
  updateStrategicSession,
} from "@/db/queries/strategic-session-changes";
import { processSessionOutcomes } from "@/db/queries/strategic-session-outcomes";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import {
  processOutcomesSchema,
  rankingSchema,
  sessionAgreementSchema,
  sessionIdeaSchema,
  sessionOpgaveSchema,
  strategicSessionEditSchema,
  strategicSessionSchema,
} from "@/lib/validation/opgaven";
import { invalidForm, refusedForm } from "@/lib/validation/respond";
import { refusedVersionedForm } from "@/lib/validation/respond-versioned";
import type { VersionedFormState } from "@/lib/validation/versions";

const sessionPath = (sessionId: number) => `/strategic-sessions/${sessionId}`;

export async function createSessionAction(_prev: VersionedFormState, formData: FormData): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(strategicSessionSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await createStrategicSession(parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/strategic-sessions");
  redirect(`${sessionPath(result.value.sessionId)}?opgeslagen=1`);
}

export async function updateSessionAction(
  sessionId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseForm(strategicSessionEditSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await updateStrategicSession({ sessionId }, parsed.data);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(sessionPath(sessionId));
  redirect(`${sessionPath(sessionId)}?opgeslagen=1`);
}

export async function addSessionOpgaveAction(
  sessionId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(sessionOpgaveSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addSessionOpgave({ sessionId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(sessionPath(sessionId));
  redirect(`${sessionPath(sessionId)}#opgaven`);
}

export async function saveRankingAction(
  sessionId: number,
  participantId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(rankingSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await saveSessionRanking({ sessionId, participantId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(sessionPath(sessionId));
  redirect(`${sessionPath(sessionId)}?rangorde=${participantId}#rangordes`);
}

export async function addIdeaAction(sessionId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(sessionIdeaSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addSessionIdea({ sessionId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(sessionPath(sessionId));
  redirect(`${sessionPath(sessionId)}#ideeen`);
}

export async function addAgreementAction(sessionId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(sessionAgreementSchema, formData);
  if (!parsed.success) return invalidForm(parsed);
  const result = await addSessionAgreement({ sessionId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(sessionPath(sessionId));
  redirect(`${sessionPath(sessionId)}#afspraken`);
}

export async function processOutcomesAction(
  sessionId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const parsed = parseForm(processOutcomesSchema, formData);
  if (!parsed.success) return invalidForm(parsed, "invalid");
  const result = await processSessionOutcomes({ sessionId }, parsed.data);
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath("/opgaven");
  revalidatePath(sessionPath(sessionId));
  redirect(`${sessionPath(sessionId)}?verwerkt=1`);
}
