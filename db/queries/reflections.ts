// Reflection sessions of a programme: the list, one session with its agenda, creating one (which prepares the agenda
// from the programme as it is that day) and saving its four prompts. Everyone who reads the programme reads its
// sessions; those who contribute to it (the team) hold them.
import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { readAgenda } from "@/lib/domain/reflection";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { ReflectionPromptsInput, ReflectionSessionInput } from "@/lib/validation/reflections";
import { recordAudit } from "../audit";
import { NotFoundError } from "../errors";
import { getDb, type Transaction, transact } from "../index";
import { programmeMembers, programmes, reflectionSessions, sessionParticipants, users } from "../schema";
import { actionItemSummary, agendaActionStates, participantCandidates, sessionActionItems } from "./action-items";
import { mayWriteProgrammeLesson } from "./lesson-access";
import { lessonsOfSession, programmeFindings } from "./lessons";
import { assertProgramme, requireProgramme } from "./programme-access";
import { prepareAgenda } from "./reflection-agenda";
import { type MutationResult, ok, refuse } from "./result";

type Reader = Pick<Transaction, "select">;

export async function listReflectionSessions({ programmeId }: { programmeId: number }) {
  const { access } = await requireProgramme(programmeId, "read");
  const db = getDb();
  const sessions = db
    .select({ id: reflectionSessions.id, title: reflectionSessions.title, heldOn: reflectionSessions.heldOn })
    .from(reflectionSessions)
    .where(eq(reflectionSessions.programmeId, programmeId))
    .orderBy(desc(reflectionSessions.heldOn), desc(reflectionSessions.id))
    .all();
  const participants = new Map(
    db
      .select({ sessionId: sessionParticipants.sessionId, total: count() })
      .from(sessionParticipants)
      .innerJoin(reflectionSessions, eq(reflectionSessions.id, sessionParticipants.sessionId))
      .where(eq(reflectionSessions.programmeId, programmeId))
      .groupBy(sessionParticipants.sessionId)
      .all()
      .map((row) => [row.sessionId, row.total]),
  );
  const actions = actionItemSummary(db, programmeId);
  return {
    sessions: sessions.map((s) => ({
      ...s,
      participants: participants.get(s.id) ?? 0,
      actions: actions.get(s.id) ?? { open: 0, total: 0 },
    })),
    mayHold: access.contribute,
  };
}

/** One session with its agenda (action items with their status now), prompts, action items and lessons. */
export async function getReflectionSession({ programmeId, sessionId }: { programmeId: number; sessionId: number }) {
  const { viewer, access } = await requireProgramme(programmeId, "read");
  const db = getDb();
  const session = db
    .select({
      id: reflectionSessions.id,
      title: reflectionSessions.title,
      heldOn: reflectionSessions.heldOn,
      guests: reflectionSessions.guests,
      agenda: reflectionSessions.agenda,
      planned: reflectionSessions.planned,
      happened: reflectionSessions.happened,
      learned: reflectionSessions.learned,
      change: reflectionSessions.change,
      updatedAt: reflectionSessions.updatedAt,
      createdByName: users.name,
    })
    .from(reflectionSessions)
    .innerJoin(users, eq(users.id, reflectionSessions.createdById))
    .where(and(eq(reflectionSessions.id, sessionId), eq(reflectionSessions.programmeId, programmeId)))
    .get();
  if (!session) throw new NotFoundError("reflection session");
  const agenda = readAgenda(session.agenda);
  const participants = db
    .select({ id: users.id, name: users.name })
    .from(sessionParticipants)
    .innerJoin(users, eq(users.id, sessionParticipants.userId))
    .where(eq(sessionParticipants.sessionId, sessionId))
    .orderBy(asc(users.name))
    .all();
  const mayContribute = access.contribute;
  return {
    ...session,
    agenda,
    agendaStates: agendaActionStates(db, programmeId, agenda),
    participants,
    actionItems: sessionActionItems(db, programmeId, sessionId),
    lessons: lessonsOfSession(db, sessionId),
    mayContribute,
    owners: mayContribute ? participantCandidates(db, viewer, programmeId).map(({ id, name }) => ({ id, name })) : [],
    findings: programmeFindings(db, programmeId),
    mayAddLesson: mayWriteProgrammeLesson(viewer, access),
  };
}

/** For the page that plans a session: who can take part, and who is on the team (checked beforehand). */
export async function reflectionSessionOptions({ programmeId }: { programmeId: number }) {
  const { viewer } = await requireProgramme(programmeId, "contribute");
  const db = getDb();
  const programme = db
    .select({ ownerId: programmes.ownerId })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .get();
  const team = db
    .select({ userId: programmeMembers.userId })
    .from(programmeMembers)
    .where(eq(programmeMembers.programmeId, programmeId))
    .all()
    .map((m) => m.userId);
  return {
    candidates: participantCandidates(db, viewer, programmeId),
    team: [...new Set([programme?.ownerId, ...team, viewer.userId].filter((id): id is number => !!id))],
    today: todayInAmsterdam(),
  };
}

export async function createReflectionSession({ programmeId }: { programmeId: number }, input: ReflectionSessionInput) {
  const { viewer } = await requireProgramme(programmeId, "contribute");
  return transact((tx): MutationResult<{ sessionId: number }> => {
    assertProgramme(viewer, programmeId, "contribute", tx);
    const allowed = new Set(participantCandidates(tx, viewer, programmeId).map((c) => c.id));
    if (!input.participantIds.every((id) => allowed.has(id))) return refuse("participantInvalid", "participantIds");
    const agenda = prepareAgenda(tx, programmeId);
    const { id } = tx
      .insert(reflectionSessions)
      .values({
        organisationId: viewer.organisationId,
        programmeId,
        title: input.title,
        heldOn: input.heldOn,
        guests: input.guests,
        agenda,
        createdById: viewer.userId,
      })
      .returning({ id: reflectionSessions.id })
      .get();
    for (const userId of input.participantIds) {
      tx.insert(sessionParticipants).values({ organisationId: viewer.organisationId, sessionId: id, userId }).run();
    }
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "reflection.created",
      entityType: "reflection_session",
      entityId: id,
      summary: `${input.title} (${input.heldOn})`,
      after: { ...input, agenda },
    });
    return ok({ sessionId: id });
  });
}

/** Who can take part now, plus whoever took part already (a colleague since gone stays choosable for this one). */
function sessionCandidates(db: Reader, viewer: Viewer, programmeId: number, sessionId: number) {
  const now = participantCandidates(db, viewer, programmeId);
  const known = new Set(now.map((c) => c.id));
  const earlier = db
    .select({ id: users.id, name: users.name })
    .from(sessionParticipants)
    .innerJoin(users, eq(users.id, sessionParticipants.userId))
    .where(eq(sessionParticipants.sessionId, sessionId))
    .all()
    .filter((p) => !known.has(p.id));
  return { candidates: now, earlier };
}

function sessionDetails(db: Reader, programmeId: number, sessionId: number) {
  const session = db
    .select({
      id: reflectionSessions.id,
      title: reflectionSessions.title,
      heldOn: reflectionSessions.heldOn,
      guests: reflectionSessions.guests,
    })
    .from(reflectionSessions)
    .where(and(eq(reflectionSessions.id, sessionId), eq(reflectionSessions.programmeId, programmeId)))
    .get();
  if (!session) throw new NotFoundError("reflection session");
  const participantIds = db
    .select({ userId: sessionParticipants.userId })
    .from(sessionParticipants)
    .where(eq(sessionParticipants.sessionId, sessionId))
    .all()
    .map((p) => p.userId);
  return { ...session, participantIds };
}

/** The session's title, date, participants and guests for its edit form; only for those who contribute. */
export async function reflectionSessionForEdit({ programmeId, sessionId }: { programmeId: number; sessionId: number }) {
  const { viewer } = await requireProgramme(programmeId, "contribute");
  const db = getDb();
  const session = sessionDetails(db, programmeId, sessionId);
  return { session, ...sessionCandidates(db, viewer, programmeId, sessionId) };
}

/** Changes the session's title, date, participants and guests; the agenda stays as it was prepared. */
export async function updateReflectionSession(
  { programmeId, sessionId }: { programmeId: number; sessionId: number },
  input: ReflectionSessionInput,
) {
  const { viewer } = await requireProgramme(programmeId, "contribute");
  return transact((tx): MutationResult => {
    assertProgramme(viewer, programmeId, "contribute", tx);
    const before = sessionDetails(tx, programmeId, sessionId);
    const { candidates, earlier } = sessionCandidates(tx, viewer, programmeId, sessionId);
    const allowed = new Set([...candidates, ...earlier].map((c) => c.id));
    if (!input.participantIds.every((id) => allowed.has(id))) return refuse("participantInvalid", "participantIds");
    tx.update(reflectionSessions)
      .set({ title: input.title, heldOn: input.heldOn, guests: input.guests })
      .where(eq(reflectionSessions.id, sessionId))
      .run();
    tx.delete(sessionParticipants).where(eq(sessionParticipants.sessionId, sessionId)).run();
    for (const userId of input.participantIds) {
      tx.insert(sessionParticipants).values({ organisationId: viewer.organisationId, sessionId, userId }).run();
    }
    const { id: _id, ...details } = before;
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "reflection.updated",
      entityType: "reflection_session",
      entityId: sessionId,
      summary: `${input.title} (${input.heldOn})`,
      before: details,
      after: input,
    });
    return ok(undefined);
  });
}

export type PromptsConflict = { version: number; saved: Record<"planned" | "happened" | "learned" | "change", string> };

/**
 * Saves the four prompts together. When someone else saved them after this form was opened, nothing is overwritten:
 * the refusal carries what they saved, so the user can combine it with their own text and save again.
 */
export async function saveReflectionPrompts(
  { programmeId, sessionId }: { programmeId: number; sessionId: number },
  input: ReflectionPromptsInput,
) {
  const { viewer } = await requireProgramme(programmeId, "contribute");
  return transact((tx): MutationResult | (MutationResult & { conflict: PromptsConflict }) => {
    assertProgramme(viewer, programmeId, "contribute", tx);
    const before = tx
      .select({
        title: reflectionSessions.title,
        planned: reflectionSessions.planned,
        happened: reflectionSessions.happened,
        learned: reflectionSessions.learned,
        change: reflectionSessions.change,
        updatedAt: reflectionSessions.updatedAt,
      })
      .from(reflectionSessions)
      .where(and(eq(reflectionSessions.id, sessionId), eq(reflectionSessions.programmeId, programmeId)))
      .get();
    if (!before) throw new NotFoundError("reflection session");
    const { title, updatedAt, ...saved } = before;
    if (input.version !== null && input.version !== updatedAt.getTime()) {
      return { ...refuse("promptsChanged"), conflict: { version: updatedAt.getTime(), saved } };
    }
    const { version: _version, ...texts } = input;
    // A later time than the one the form knew, even within the same millisecond.
    const now = new Date(Math.max(Date.now(), updatedAt.getTime() + 1));
    tx.update(reflectionSessions)
      .set({ ...texts, updatedAt: now })
      .where(eq(reflectionSessions.id, sessionId))
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "reflection.prompts_saved",
      entityType: "reflection_session",
      entityId: sessionId,
      summary: title,
      before: saved,
      after: texts,
    });
    return ok(undefined);
  });
}
