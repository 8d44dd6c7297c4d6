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
import {
  endSessionRankings,
  reopenSessionRankings,
  saveOwnSessionRanking,
} from "@/db/queries/strategic-session-rankings";
import { requireViewer } from "@/lib/auth/viewer";
import { type FormState, parseForm } from "@/lib/validation/form";
import {
  processOutcomesSchema,
  rankingSchema,
  rankingVersionSchema,
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

/** The ranking's fields and the version its form was opened on; field errors when either is garbled. */
function parseRanking(formData: FormData) {
  const version = parseForm(rankingVersionSchema, formData);
  const ranking = parseForm(rankingSchema, formData);
  if (!version.success) return { ok: false as const, failure: version };
  if (!ranking.success) return { ok: false as const, failure: ranking };
  return { ok: true as const, version: version.data.version, positions: ranking.data };
}

export async function saveRankingAction(
  sessionId: number,
  participantId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseRanking(formData);
  if (!parsed.ok) return invalidForm(parsed.failure, "invalid");
  const result = await saveSessionRanking({ sessionId, participantId }, parsed.positions, parsed.version);
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(sessionPath(sessionId));
  redirect(`${sessionPath(sessionId)}?rangorde=${participantId}#rangordes`);
}

/** The signed-in participant's own ranking: which participant is theirs, the data layer decides. */
export async function saveOwnRankingAction(
  sessionId: number,
  _prev: VersionedFormState,
  formData: FormData,
): Promise<VersionedFormState> {
  await requireViewer();
  const parsed = parseRanking(formData);
  if (!parsed.ok) return invalidForm(parsed.failure, "invalid");
  const result = await saveOwnSessionRanking({ sessionId }, { version: parsed.version, positions: parsed.positions });
  if (!result.ok) return refusedVersionedForm(result, formData);
  revalidatePath(sessionPath(sessionId));
  revalidatePath("/");
  redirect(`${sessionPath(sessionId)}?eigen=1#mijn-rangorde`);
}

export async function endRankingsAction(sessionId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer();
  const result = await endSessionRankings({ sessionId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(sessionPath(sessionId));
  redirect(`${sessionPath(sessionId)}?gesloten=1#rangordes`);
}

export async function reopenRankingsAction(
  sessionId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireViewer();
  const result = await reopenSessionRankings({ sessionId });
  if (!result.ok) return refusedForm(result, formData);
  revalidatePath(sessionPath(sessionId));
  redirect(`${sessionPath(sessionId)}?heropend=1#rangordes`);
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
