// Planning and recording a strategic session: its details and participants (version-checked), the opgaven named in
// it, each participant's ranking, ideas and agreements. All of it is the facilitator's: opgaven.manage. Once its
// outcomes are in the register (strategic-session-outcomes.ts) the session is closed.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { ballotProblem } from "@/lib/domain/ranking";
import type { FormShape } from "@/lib/domain/version-conflict";
import type {
  RankingInput,
  SessionAgreementInput,
  SessionIdeaInput,
  SessionOpgaveInput,
  StrategicSessionEditInput,
  StrategicSessionInput,
} from "@/lib/validation/opgaven";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import type { Transaction } from "../index";
import {
  opgaven,
  strategicSessionAgreements,
  strategicSessionIdeas,
  strategicSessionOpgaven,
  strategicSessionParticipants,
  strategicSessionRankings,
  strategicSessions,
} from "../schema";
import { write } from "../write";
import { ok, refuse } from "./result";
import { rankingConflict, rankingRefusal, replaceRanking } from "./strategic-session-rankings";
import { participantOptions } from "./strategic-sessions";
import { nextVersion, type Versioned, versionConflict } from "./versions";

/** The session of the viewer's gemeente, open for recording; NotFoundError for another gemeente's. */
export function sessionIn(db: Reader, organisationId: number, sessionId: number) {
  const session = db
    .select()
    .from(strategicSessions)
    .where(and(eq(strategicSessions.id, sessionId), eq(strategicSessions.organisationId, organisationId)))
    .get();
  if (!session) throw new NotFoundError("strategic session");
  return session;
}

/** Every change of what a session holds raises its version: processing the outcomes takes only what was seen. */
const touch = (tx: Transaction, sessionId: number) =>
  tx
    .update(strategicSessions)
    .set({ version: nextVersion(strategicSessions.version), updatedAt: new Date() })
    .where(eq(strategicSessions.id, sessionId))
    .run();

function validParticipants(db: Reader, organisationId: number, input: StrategicSessionInput) {
  const { people, organisations } = participantOptions(db, organisationId);
  const known = (ids: number[], options: { id: number }[]) => ids.every((id) => options.some((o) => o.id === id));
  if (!known(input.userIds, people)) return "userIds";
  if (!known(input.partnerOrganisationIds, organisations)) return "partnerOrganisationIds";
  return null;
}

const sessionDetails = ({ title, heldOn, agenda, guests }: StrategicSessionInput) => ({
  title,
  heldOn,
  agenda,
  guests,
});

export function createStrategicSession(input: StrategicSessionInput) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const invalid = validParticipants(tx, viewer.organisationId, input);
    if (invalid) return refuse("invalid", invalid);
    const { id } = tx
      .insert(strategicSessions)
      .values({ ...sessionDetails(input), organisationId: viewer.organisationId, createdById: viewer.userId })
      .returning({ id: strategicSessions.id })
      .get();
    const base = { organisationId: viewer.organisationId, sessionId: id };
    for (const userId of input.userIds)
      tx.insert(strategicSessionParticipants)
        .values({ ...base, userId })
        .run();
    for (const partnerOrganisationId of input.partnerOrganisationIds) {
      tx.insert(strategicSessionParticipants)
        .values({ ...base, partnerOrganisationId })
        .run();
    }
    audit({
      action: "strategicSession.created",
      entityType: "strategic_session",
      entityId: id,
      summary: input.title,
      after: input,
    });
    return ok({ sessionId: id });
  });
}

const sessionForm = (s: StrategicSessionInput): FormShape => ({
  ...sessionDetails(s),
  userIds: s.userIds.map(String).sort(),
  partnerOrganisationIds: s.partnerOrganisationIds.map(String).sort(),
});

function currentParticipants(db: Reader, sessionId: number) {
  return db
    .select({
      id: strategicSessionParticipants.id,
      userId: strategicSessionParticipants.userId,
      partnerOrganisationId: strategicSessionParticipants.partnerOrganisationId,
    })
    .from(strategicSessionParticipants)
    .where(eq(strategicSessionParticipants.sessionId, sessionId))
    .all();
}

/**
 * Saves the session's details and who takes part. Refused with both versions when someone else saved meanwhile;
 * refused when it drops a participant whose ranking is recorded (their ranking would silently stop counting).
 */
export function updateStrategicSession(
  { sessionId }: { sessionId: number },
  { version, ...input }: StrategicSessionEditInput,
) {
  return write(
    { permission: "opgaven.manage", target: null, record: { type: "strategic_session", id: sessionId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const before = sessionIn(tx, viewer.organisationId, sessionId);
      if (before.processedAt) return refuse("sessionProcessed");
      const present = currentParticipants(tx, sessionId);
      const saved: StrategicSessionInput = {
        ...before,
        userIds: present.flatMap((p) => (p.userId ? [p.userId] : [])),
        partnerOrganisationIds: present.flatMap((p) => (p.partnerOrganisationId ? [p.partnerOrganisationId] : [])),
      };
      const conflict = versionConflict(
        scope,
        {
          entityType: "strategic_session",
          entityId: sessionId,
          actions: ["strategicSession.created", "strategicSession.updated"],
        },
        { submitted: version, current: before.version, mine: sessionForm(input), saved: sessionForm(saved) },
      );
      if (conflict) return conflict;
      const invalid = validParticipants(tx, viewer.organisationId, input);
      if (invalid) return refuse("invalid", invalid);
      const dropped = present.filter((p) =>
        p.userId
          ? !input.userIds.includes(p.userId)
          : !input.partnerOrganisationIds.includes(p.partnerOrganisationId ?? 0),
      );
      for (const participant of dropped) {
        const ranked = tx
          .select({ id: strategicSessionRankings.id })
          .from(strategicSessionRankings)
          .where(eq(strategicSessionRankings.participantId, participant.id))
          .get();
        if (ranked) return refuse("participantHasRanking", participant.userId ? "userIds" : "partnerOrganisationIds");
        tx.delete(strategicSessionParticipants).where(eq(strategicSessionParticipants.id, participant.id)).run();
      }
      const base = { organisationId: viewer.organisationId, sessionId };
      for (const userId of input.userIds.filter((id) => !saved.userIds.includes(id))) {
        tx.insert(strategicSessionParticipants)
          .values({ ...base, userId })
          .run();
      }
      for (const partnerOrganisationId of input.partnerOrganisationIds.filter(
        (id) => !saved.partnerOrganisationIds.includes(id),
      )) {
        tx.insert(strategicSessionParticipants)
          .values({ ...base, partnerOrganisationId })
          .run();
      }
      tx.update(strategicSessions)
        .set({ ...sessionDetails(input), version: nextVersion(strategicSessions.version), updatedAt: new Date() })
        .where(eq(strategicSessions.id, sessionId))
        .run();
      audit({
        action: "strategicSession.updated",
        entityType: "strategic_session",
        entityId: sessionId,
        summary: input.title,
        before: sessionForm(saved),
        after: sessionForm(input),
      });
      return ok(undefined);
    },
  );
}

/** Names an opgave in the session: one of the register (once), or a new one proposed in the session. */
export function addSessionOpgave({ sessionId }: { sessionId: number }, input: SessionOpgaveInput) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const session = sessionIn(tx, viewer.organisationId, sessionId);
    if (session.processedAt) return refuse("sessionProcessed");
    let title = input.title;
    let description = input.description;
    if (input.opgaveId !== null) {
      const opgave = tx
        .select({ title: opgaven.title, description: opgaven.description })
        .from(opgaven)
        .where(
          and(
            eq(opgaven.id, input.opgaveId),
            eq(opgaven.organisationId, viewer.organisationId),
            isNull(opgaven.archivedAt),
          ),
        )
        .get();
      if (!opgave) return refuse("invalid", "opgaveId");
      const named = tx
        .select({ id: strategicSessionOpgaven.id })
        .from(strategicSessionOpgaven)
        .where(
          and(eq(strategicSessionOpgaven.sessionId, sessionId), eq(strategicSessionOpgaven.opgaveId, input.opgaveId)),
        )
        .get();
      if (named) return refuse("opgaveAlreadyNamed", "opgaveId");
      ({ title, description } = opgave);
    }
    const { id } = tx
      .insert(strategicSessionOpgaven)
      .values({ organisationId: viewer.organisationId, sessionId, opgaveId: input.opgaveId, title, description })
      .returning({ id: strategicSessionOpgaven.id })
      .get();
    touch(tx, sessionId);
    audit({
      action: input.opgaveId === null ? "strategicSession.opgave_proposed" : "strategicSession.opgave_named",
      entityType: "strategic_session",
      entityId: sessionId,
      summary: `${session.title}: ${title}`,
      after: { title: session.title, opgave: title },
    });
    return ok({ itemId: id });
  });
}

function itemsOf(db: Reader, sessionId: number) {
  return db
    .select({ id: strategicSessionOpgaven.id })
    .from(strategicSessionOpgaven)
    .where(eq(strategicSessionOpgaven.sessionId, sessionId))
    .all()
    .map((item) => item.id);
}

/**
 * Records one participant's order, as the facilitator enters it (for whoever has no account, or on their behalf); it
 * replaces what was recorded for them. With the version the form was opened on, a save made after someone else saved
 * this participant's ranking (the participant themselves, in the app) is refused with both orders.
 */
export function saveSessionRanking(
  { sessionId, participantId }: { sessionId: number; participantId: number },
  positions: RankingInput,
  version?: number,
) {
  return write({ permission: "opgaven.manage", target: null }, (scope): Versioned => {
    const { tx, viewer, audit } = scope;
    const session = sessionIn(tx, viewer.organisationId, sessionId);
    const participant = tx
      .select({ id: strategicSessionParticipants.id, version: strategicSessionParticipants.version })
      .from(strategicSessionParticipants)
      .where(
        and(eq(strategicSessionParticipants.id, participantId), eq(strategicSessionParticipants.sessionId, sessionId)),
      )
      .get();
    if (!participant) throw new NotFoundError("participant");
    if (session.processedAt) return refuse("sessionProcessed");
    const problem = ballotProblem(positions, itemsOf(tx, sessionId));
    if (problem) return refuse(rankingRefusal(problem));
    if (version !== undefined) {
      const conflict = rankingConflict(scope, sessionId, participant, { version, positions });
      if (conflict) return conflict;
    }
    replaceRanking(tx, viewer, sessionId, participantId, positions);
    audit({
      action: "strategicSession.ranking_saved",
      entityType: "strategic_session",
      entityId: sessionId,
      summary: session.title,
      after: { title: session.title, participantId, positions: positions.map((p) => p.position) },
    });
    return ok(undefined);
  });
}

export function addSessionIdea({ sessionId }: { sessionId: number }, input: SessionIdeaInput) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const session = sessionIn(tx, viewer.organisationId, sessionId);
    if (!itemsOf(tx, sessionId).includes(input.itemId)) return refuse("chooseOpgave", "itemId");
    const { id } = tx
      .insert(strategicSessionIdeas)
      .values({ ...input, organisationId: viewer.organisationId, sessionId, createdById: viewer.userId })
      .returning({ id: strategicSessionIdeas.id })
      .get();
    audit({
      action: "strategicSession.idea_added",
      entityType: "strategic_session",
      entityId: sessionId,
      summary: session.title,
      after: { title: session.title, kind: input.kind, text: input.text },
    });
    return ok({ ideaId: id });
  });
}

export function addSessionAgreement({ sessionId }: { sessionId: number }, input: SessionAgreementInput) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const session = sessionIn(tx, viewer.organisationId, sessionId);
    // Whoever takes it up: someone of the gemeente or of a partner.
    if (!participantOptions(tx, viewer.organisationId).people.some((person) => person.id === input.ownerId)) {
      return refuse("chooseOwner", "ownerId");
    }
    const { id } = tx
      .insert(strategicSessionAgreements)
      .values({ ...input, organisationId: viewer.organisationId, sessionId, createdById: viewer.userId })
      .returning({ id: strategicSessionAgreements.id })
      .get();
    audit({
      action: "strategicSession.agreement_added",
      entityType: "strategic_session",
      entityId: sessionId,
      summary: session.title,
      after: { title: session.title, description: input.description, ownerId: input.ownerId, dueDate: input.dueDate },
    });
    return ok({ agreementId: id });
  });
}
