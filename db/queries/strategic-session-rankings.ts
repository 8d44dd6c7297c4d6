// Participants put a session's opgaven in order themselves, in the app, before or during the session: a person for
// themselves, a partner's staff member also for their organisation when it takes part as a whole. Until the
// facilitator closes the rankings or processes the outcomes. Each participant's ranking carries a version: a save
// from a form opened before someone else (the facilitator, a colleague) saved it is refused with both orders.
import "server-only";
import { and, asc, eq, or } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { ballotProblem } from "@/lib/domain/ranking";
import type { FormShape } from "@/lib/domain/version-conflict";
import { RANK_FIELD_PREFIX, type RankingInput } from "@/lib/validation/opgaven";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import type { Transaction } from "../index";
import {
  strategicSessionOpgaven,
  strategicSessionParticipants,
  strategicSessionRankings,
  strategicSessions,
  users,
} from "../schema";
import { type WriteScope, write } from "../write";
import { type MutationResult, ok, refuse } from "./result";
import { readableSession } from "./strategic-sessions";
import { type Conflicted, nextVersion, type Versioned, versionConflict } from "./versions";

/** The session of this gemeente; no access check of its own (the write asked the kernel). */
function sessionIn(db: Reader, organisationId: number, sessionId: number) {
  const session = db
    .select()
    .from(strategicSessions)
    .where(and(eq(strategicSessions.id, sessionId), eq(strategicSessions.organisationId, organisationId)))
    .get();
  if (!session) throw new NotFoundError("strategic session");
  return session;
}

/** The viewer's own place in the session: their own participation, else their partner organisation's; or null. */
export function ownParticipant(db: Reader, viewer: Viewer, sessionId: number) {
  const rows = db
    .select({
      id: strategicSessionParticipants.id,
      userId: strategicSessionParticipants.userId,
      partnerOrganisationId: strategicSessionParticipants.partnerOrganisationId,
      version: strategicSessionParticipants.version,
    })
    .from(strategicSessionParticipants)
    .where(
      and(
        eq(strategicSessionParticipants.sessionId, sessionId),
        eq(strategicSessionParticipants.organisationId, viewer.organisationId),
        or(
          eq(strategicSessionParticipants.userId, viewer.userId),
          eq(strategicSessionParticipants.partnerOrganisationId, viewer.partnerOrganisationId ?? -1),
        ),
      ),
    )
    .orderBy(asc(strategicSessionParticipants.id))
    .all();
  return rows.find((row) => row.userId === viewer.userId) ?? rows[0] ?? null;
}

/**
 * How the viewer stands to a session for entering their own ranking: `involved` when they (or their partner
 * organisation) take part. NotFoundError when the session is not theirs to read.
 */
export function sessionRankingRelation(viewer: Viewer, sessionId: number, db: Reader) {
  readableSession(viewer, db, sessionId);
  return { onTeam: false, involved: ownParticipant(db, viewer, sessionId) !== null };
}

/** The session's opgaven, in the order they were named. */
export function sessionItemIds(db: Reader, sessionId: number) {
  return db
    .select({ id: strategicSessionOpgaven.id })
    .from(strategicSessionOpgaven)
    .where(eq(strategicSessionOpgaven.sessionId, sessionId))
    .orderBy(asc(strategicSessionOpgaven.id))
    .all()
    .map((item) => item.id);
}

/** A ranking as its form sends it: a place per opgave, empty where it is left out. */
export function rankingForm(itemIds: readonly number[], positions: RankingInput): FormShape {
  return Object.fromEntries(
    itemIds.map((id) => [`${RANK_FIELD_PREFIX}${id}`, String(positions.find((p) => p.itemId === id)?.position ?? "")]),
  );
}

function savedRanking(db: Reader, participantId: number) {
  return db
    .select({
      itemId: strategicSessionRankings.itemId,
      position: strategicSessionRankings.position,
      enteredAt: strategicSessionRankings.enteredAt,
      enteredByName: users.name,
    })
    .from(strategicSessionRankings)
    .innerJoin(users, eq(users.id, strategicSessionRankings.enteredById))
    .where(eq(strategicSessionRankings.participantId, participantId))
    .orderBy(asc(strategicSessionRankings.position))
    .all();
}

/**
 * The refusal of a ranking saved from an older version of the participant's ranking, with the saved order and who
 * entered it; null when the save may go on.
 */
export function rankingConflict(
  scope: Pick<WriteScope, "tx" | "viewer">,
  sessionId: number,
  participant: { id: number; version: number },
  submitted: { version: number; positions: RankingInput },
): Conflicted | null {
  const items = sessionItemIds(scope.tx, sessionId);
  const saved = savedRanking(scope.tx, participant.id);
  const conflict = versionConflict(
    scope,
    { entityType: "strategic_session_participant", entityId: participant.id, actions: [] },
    {
      submitted: submitted.version,
      current: participant.version,
      mine: rankingForm(items, submitted.positions),
      saved: rankingForm(items, saved),
    },
  );
  if (!conflict) return null;
  const last = saved[0];
  return {
    ...conflict,
    conflict: {
      ...conflict.conflict,
      savedByName: last?.enteredByName ?? null,
      savedAt: last?.enteredAt.toISOString() ?? null,
    },
  };
}

/** Replaces what is recorded for the participant with `positions`, and raises the ranking's and the session's version. */
export function replaceRanking(
  tx: Transaction,
  viewer: Viewer,
  sessionId: number,
  participantId: number,
  positions: RankingInput,
) {
  tx.delete(strategicSessionRankings).where(eq(strategicSessionRankings.participantId, participantId)).run();
  for (const { itemId, position } of positions) {
    tx.insert(strategicSessionRankings)
      .values({
        organisationId: viewer.organisationId,
        sessionId,
        participantId,
        itemId,
        position,
        enteredById: viewer.userId,
      })
      .run();
  }
  tx.update(strategicSessionParticipants)
    .set({ version: nextVersion(strategicSessionParticipants.version) })
    .where(eq(strategicSessionParticipants.id, participantId))
    .run();
  tx.update(strategicSessions)
    .set({ version: nextVersion(strategicSessions.version), updatedAt: new Date() })
    .where(eq(strategicSessions.id, sessionId))
    .run();
}

/** The ranking problem as a message key: "rankingDuplicatePosition" and the like. */
export const rankingRefusal = (problem: string) => `ranking${problem.charAt(0).toUpperCase()}${problem.slice(1)}`;

/**
 * The viewer's own ranking of the session's opgaven. The participant is the viewer's own, never one named in the
 * request. Refused once the facilitator closed the rankings or processed the outcomes.
 */
export function saveOwnSessionRanking(
  { sessionId }: { sessionId: number },
  { version, positions }: { version: number; positions: RankingInput },
) {
  return write(
    {
      permission: "strategicSessions.rankOwn",
      target: { relation: (db: Reader, viewer: Viewer) => sessionRankingRelation(viewer, sessionId, db) },
      record: { type: "strategic_session", id: sessionId },
    },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const session = sessionIn(tx, viewer.organisationId, sessionId);
      if (session.processedAt) return refuse("sessionProcessed");
      if (session.rankingsClosedAt) return refuse("rankingsClosed");
      const participant = ownParticipant(tx, viewer, sessionId);
      if (!participant) return refuse("forbidden");
      const problem = ballotProblem(positions, sessionItemIds(tx, sessionId));
      if (problem) return refuse(rankingRefusal(problem));
      const conflict = rankingConflict(scope, sessionId, participant, { version, positions });
      if (conflict) return conflict;
      replaceRanking(tx, viewer, sessionId, participant.id, positions);
      audit({
        action: "strategicSession.own_ranking_saved",
        entityType: "strategic_session",
        entityId: sessionId,
        summary: session.title,
        after: {
          title: session.title,
          participantId: participant.id,
          forOrganisation: participant.userId === null,
          positions: positions.map((p) => p.position),
        },
      });
      return ok(undefined);
    },
  );
}

/** Ends (or opens again) the participants' own entry of rankings; the facilitator can still enter them. */
function setRankingsClosed(sessionId: number, closed: boolean): Promise<MutationResult> {
  return write(
    { permission: "opgaven.manage", target: null, record: { type: "strategic_session", id: sessionId } },
    ({ tx, viewer, audit }) => {
      const session = sessionIn(tx, viewer.organisationId, sessionId);
      if (session.processedAt) return refuse("sessionProcessed");
      if ((session.rankingsClosedAt !== null) === closed) return ok(undefined);
      tx.update(strategicSessions)
        .set({
          rankingsClosedAt: closed ? new Date() : null,
          rankingsClosedById: closed ? viewer.userId : null,
          updatedAt: new Date(),
        })
        .where(eq(strategicSessions.id, sessionId))
        .run();
      audit({
        action: closed ? "strategicSession.rankings_closed" : "strategicSession.rankings_reopened",
        entityType: "strategic_session",
        entityId: sessionId,
        summary: session.title,
        after: { title: session.title },
      });
      return ok(undefined);
    },
  );
}

export const endSessionRankings = ({ sessionId }: { sessionId: number }) => setRankingsClosed(sessionId, true);
export const reopenSessionRankings = ({ sessionId }: { sessionId: number }) => setRankingsClosed(sessionId, false);
