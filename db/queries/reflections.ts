// Reflection sessions of a programme: the list, one session with its agenda, creating one (which prepares the agenda
// from the programme as it is that day) and saving its four prompts. Everyone who reads the programme reads its
// sessions; those who contribute to it (the team) hold them.
import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { pageWithin } from "@/lib/domain/my-work";
import { readAgenda } from "@/lib/domain/reflection";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { FormShape } from "@/lib/domain/version-conflict";
import type {
  ReflectionPromptsInput,
  ReflectionSessionEditInput,
  ReflectionSessionInput,
} from "@/lib/validation/reflections";
import type { ProgrammeChecked } from "../access";
import { NotFoundError } from "../errors";
import { programmeMembers, programmes, reflectionSessions, sessionParticipants, users } from "../schema";
import { guardProgramme, writeProgramme } from "../write";
import { actionItemSummary, agendaActionStates, participantCandidates, sessionActionItems } from "./action-items";
import { lessonsOfSession, mayAddLesson, programmeFindings } from "./lessons";
import { prepareAgenda } from "./reflection-agenda";
import { type MutationResult, ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

/** Sessions per screen of a programme's list: a team reflects every few weeks, for years. */
export const SESSIONS_PAGE_SIZE = 25;

/** One screen of the programme's reflection sessions, latest first, with the page number and the count. */
export async function listReflectionSessions({
  programmeId,
  page: wanted = 1,
}: {
  programmeId: number;
  page?: number;
}) {
  const scope = await guardProgramme("programme.read", programmeId);
  const { db } = scope;
  const where = eq(reflectionSessions.programmeId, programmeId);
  const total = db.select({ n: count() }).from(reflectionSessions).where(where).get()?.n ?? 0;
  const { page, pageCount } = pageWithin(wanted, total, SESSIONS_PAGE_SIZE);
  const sessions = db
    .select({ id: reflectionSessions.id, title: reflectionSessions.title, heldOn: reflectionSessions.heldOn })
    .from(reflectionSessions)
    .where(where)
    .orderBy(desc(reflectionSessions.heldOn), desc(reflectionSessions.id))
    .limit(SESSIONS_PAGE_SIZE)
    .offset((page - 1) * SESSIONS_PAGE_SIZE)
    .all();
  const ids = sessions.map((s) => s.id);
  const participants = new Map(
    ids.length
      ? db
          .select({ sessionId: sessionParticipants.sessionId, total: count() })
          .from(sessionParticipants)
          .where(inArray(sessionParticipants.sessionId, ids))
          .groupBy(sessionParticipants.sessionId)
          .all()
          .map((row) => [row.sessionId, row.total])
      : [],
  );
  const actions = actionItemSummary(scope);
  return {
    sessions: sessions.map((s) => ({
      ...s,
      participants: participants.get(s.id) ?? 0,
      actions: actions.get(s.id) ?? { open: 0, total: 0 },
    })),
    page,
    pageCount,
    total,
    matching: total,
    mayHold: scope.programme.access.contribute,
  };
}

/** One session with its agenda (action items with their status now), prompts, action items and lessons. */
export async function getReflectionSession({ programmeId, sessionId }: { programmeId: number; sessionId: number }) {
  const scope = await guardProgramme("programme.read", programmeId);
  const { db, programme } = scope;
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
  const mayContribute = programme.access.contribute;
  return {
    ...session,
    agenda,
    agendaStates: agendaActionStates(scope, agenda),
    participants,
    actionItems: sessionActionItems(scope, sessionId),
    lessons: lessonsOfSession(scope, sessionId),
    mayContribute,
    owners: mayContribute ? participantCandidates(scope).map(({ id, name }) => ({ id, name })) : [],
    findings: programmeFindings(scope),
    mayAddLesson: mayAddLesson(scope),
  };
}

/** For the page that plans a session: who can take part, and who is on the team (checked beforehand). */
export async function reflectionSessionOptions({ programmeId }: { programmeId: number }) {
  const scope = await guardProgramme("programme.contribute", programmeId);
  const { db, viewer } = scope;
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
    candidates: participantCandidates(scope),
    team: [...new Set([programme?.ownerId, ...team, viewer.userId].filter((id): id is number => !!id))],
    today: todayInAmsterdam(),
  };
}

export function createReflectionSession({ programmeId }: { programmeId: number }, input: ReflectionSessionInput) {
  return writeProgramme({ permission: "programme.contribute", target: programmeId }, (scope) => {
    const { tx, viewer, audit } = scope;
    const allowed = new Set(participantCandidates(scope).map((c) => c.id));
    if (!input.participantIds.every((id) => allowed.has(id))) return refuse("participantInvalid", "participantIds");
    const agenda = prepareAgenda(scope);
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
    audit({
      action: "reflection.created",
      entityType: "reflection_session",
      entityId: id,
      summary: `${input.title} (${input.heldOn})`,
      after: { ...input, agenda },
    });
    return ok({ sessionId: id });
  });
}

const sessionRecord = (id: number) => ({ type: "reflection_session", id });

/** Who can take part now, plus whoever took part already (a colleague since gone stays choosable for this one). */
function sessionCandidates(scope: ProgrammeChecked, sessionId: number) {
  const now = participantCandidates(scope);
  const known = new Set(now.map((c) => c.id));
  const earlier = scope.db
    .select({ id: users.id, name: users.name })
    .from(sessionParticipants)
    .innerJoin(users, eq(users.id, sessionParticipants.userId))
    .where(eq(sessionParticipants.sessionId, sessionId))
    .all()
    .filter((p) => !known.has(p.id));
  return { candidates: now, earlier };
}

function sessionDetails({ db, programme }: ProgrammeChecked, sessionId: number) {
  const session = db
    .select({
      id: reflectionSessions.id,
      title: reflectionSessions.title,
      heldOn: reflectionSessions.heldOn,
      guests: reflectionSessions.guests,
      version: reflectionSessions.version,
    })
    .from(reflectionSessions)
    .where(and(eq(reflectionSessions.id, sessionId), eq(reflectionSessions.programmeId, programme.id)))
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
  const scope = await guardProgramme("programme.contribute", programmeId);
  return { session: sessionDetails(scope, sessionId), ...sessionCandidates(scope, sessionId) };
}

/** The session's details as its edit form sends them. */
const sessionForm = (details: ReflectionSessionInput): FormShape => ({
  title: details.title,
  heldOn: details.heldOn,
  participantIds: details.participantIds.map(String),
  guests: details.guests,
});

const SESSION_SAVES = ["reflection.created", "reflection.updated"] as const;

/**
 * Changes the session's title, date, participants and guests; the agenda stays as it was prepared. Refused, with
 * nothing changed, when someone else changed these details after the form was opened and the save would change what
 * they saved: the answer then carries the saved details for the form to show.
 */
export function updateReflectionSession(
  { programmeId, sessionId }: { programmeId: number; sessionId: number },
  { version, ...input }: ReflectionSessionEditInput,
): Promise<Versioned> {
  return writeProgramme(
    { permission: "programme.contribute", target: programmeId, record: sessionRecord(sessionId) },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const { id: _id, version: current, ...before } = sessionDetails(scope, sessionId);
      const conflict = versionConflict(
        scope,
        { entityType: "reflection_session", entityId: sessionId, actions: SESSION_SAVES },
        { submitted: version, current, mine: sessionForm(input), saved: sessionForm(before) },
      );
      if (conflict) return conflict;
      const { candidates, earlier } = sessionCandidates(scope, sessionId);
      const allowed = new Set([...candidates, ...earlier].map((c) => c.id));
      if (!input.participantIds.every((id) => allowed.has(id))) return refuse("participantInvalid", "participantIds");
      tx.update(reflectionSessions)
        .set({
          title: input.title,
          heldOn: input.heldOn,
          guests: input.guests,
          version: nextVersion(reflectionSessions.version),
        })
        .where(eq(reflectionSessions.id, sessionId))
        .run();
      tx.delete(sessionParticipants).where(eq(sessionParticipants.sessionId, sessionId)).run();
      for (const userId of input.participantIds) {
        tx.insert(sessionParticipants).values({ organisationId: viewer.organisationId, sessionId, userId }).run();
      }
      audit({
        action: "reflection.updated",
        entityType: "reflection_session",
        entityId: sessionId,
        summary: `${input.title} (${input.heldOn})`,
        before,
        after: input,
      });
      return ok(undefined);
    },
  );
}

export type PromptsConflict = { version: number; saved: Record<"planned" | "happened" | "learned" | "change", string> };

/**
 * Saves the four prompts together. When someone else saved them after this form was opened, nothing is overwritten:
 * the refusal carries what they saved, so the user can combine it with their own text and save again.
 */
export function saveReflectionPrompts(
  { programmeId, sessionId }: { programmeId: number; sessionId: number },
  input: ReflectionPromptsInput,
): Promise<MutationResult | (MutationResult & { conflict: PromptsConflict })> {
  return writeProgramme(
    { permission: "programme.contribute", target: programmeId, record: sessionRecord(sessionId) },
    ({ tx, audit }) => {
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
        return Object.assign(refuse("promptsChanged"), { conflict: { version: updatedAt.getTime(), saved } });
      }
      const { version: _version, ...texts } = input;
      // A later time than the one the form knew, even within the same millisecond.
      const now = new Date(Math.max(Date.now(), updatedAt.getTime() + 1));
      tx.update(reflectionSessions)
        .set({ ...texts, updatedAt: now })
        .where(eq(reflectionSessions.id, sessionId))
        .run();
      audit({
        action: "reflection.prompts_saved",
        entityType: "reflection_session",
        entityId: sessionId,
        summary: title,
        before: saved,
        after: texts,
      });
      return ok(undefined);
    },
  );
}
