// Reading strategic sessions (route 2). The gemeente's own people read every session; a partner reads only a session
// it took part in, as a person or as an organisation: the kernel's "partner" condition, with the session's
// participants as the relation (lib/domain/permissions.ts, strategicSessions.read).
import "server-only";
import { and, asc, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { allows, can, condition } from "@/lib/domain/permissions";
import { type Ballot, combineRankings } from "@/lib/domain/ranking";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import {
  memberships,
  partnerOrganisations,
  strategicSessionAgreements,
  strategicSessionIdeas,
  strategicSessionOpgaven,
  strategicSessionParticipants,
  strategicSessionRankings,
  strategicSessions,
  users,
} from "../schema";
import { guard } from "../write";
import { ownParticipant } from "./strategic-session-rankings";

export const SESSIONS_PAGE_SIZE = 20;

/** The sessions the viewer's person or partner organisation took part in, as a sub-query. */
function sessionsTakenPartIn(viewer: Viewer, db: Reader) {
  return db
    .select({ id: strategicSessionParticipants.sessionId })
    .from(strategicSessionParticipants)
    .where(
      and(
        eq(strategicSessionParticipants.organisationId, viewer.organisationId),
        or(
          eq(strategicSessionParticipants.userId, viewer.userId),
          eq(strategicSessionParticipants.partnerOrganisationId, viewer.partnerOrganisationId ?? -1),
        ),
      ),
    );
}

/** The session of the viewer's gemeente, if the kernel lets them read it; NotFoundError otherwise. */
export function readableSession(viewer: Viewer, db: Reader, sessionId: number) {
  const session = db
    .select()
    .from(strategicSessions)
    .where(and(eq(strategicSessions.id, sessionId), eq(strategicSessions.organisationId, viewer.organisationId)))
    .get();
  if (!session) throw new NotFoundError("strategic session");
  const involved =
    viewer.partnerOrganisationId !== null &&
    Boolean(
      db
        .select({ id: strategicSessionParticipants.id })
        .from(strategicSessionParticipants)
        .where(
          and(
            eq(strategicSessionParticipants.sessionId, sessionId),
            or(
              eq(strategicSessionParticipants.userId, viewer.userId),
              eq(strategicSessionParticipants.partnerOrganisationId, viewer.partnerOrganisationId ?? -1),
            ),
          ),
        )
        .get(),
    );
  if (!allows(viewer.role, "strategicSessions.read", { onTeam: false, involved })) {
    throw new NotFoundError("strategic session");
  }
  return session;
}

/** One page of the sessions the viewer may read, the latest first. */
export async function listStrategicSessions({ page = 1 }: { page?: number } = {}) {
  const viewer = await requireViewer();
  const db = getDb();
  const rule = condition(viewer.role, "strategicSessions.read");
  const where = and(
    eq(strategicSessions.organisationId, viewer.organisationId),
    rule === "yes"
      ? undefined
      : rule === "partner" && viewer.partnerOrganisationId !== null
        ? inArray(strategicSessions.id, sessionsTakenPartIn(viewer, db))
        : sql`0`,
  );
  const total = db.select({ n: count() }).from(strategicSessions).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / SESSIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      id: strategicSessions.id,
      title: strategicSessions.title,
      heldOn: strategicSessions.heldOn,
      processedAt: strategicSessions.processedAt,
      participantCount: sql<number>`(select count(*) from ${strategicSessionParticipants} sp where sp.session_id = "strategic_sessions"."id")`,
    })
    .from(strategicSessions)
    .where(where)
    .orderBy(desc(strategicSessions.heldOn), desc(strategicSessions.id))
    .limit(SESSIONS_PAGE_SIZE)
    .offset((current - 1) * SESSIONS_PAGE_SIZE)
    .all();
  return { rows, total, page: current, pageCount, mayManage: can(viewer.role, "opgaven.manage") };
}

/** The session with everything recorded in it, and the combined ranking as it stands. */
export async function getStrategicSession({ sessionId }: { sessionId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  return sessionContents(db, viewer, readableSession(viewer, db, sessionId));
}

export function sessionContents(db: Reader, viewer: Viewer, session: typeof strategicSessions.$inferSelect) {
  const sessionId = session.id;
  const participants = db
    .select({
      id: strategicSessionParticipants.id,
      userId: strategicSessionParticipants.userId,
      partnerOrganisationId: strategicSessionParticipants.partnerOrganisationId,
      version: strategicSessionParticipants.version,
      userName: users.name,
      organisationName: partnerOrganisations.name,
    })
    .from(strategicSessionParticipants)
    .leftJoin(users, eq(users.id, strategicSessionParticipants.userId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, strategicSessionParticipants.partnerOrganisationId))
    .where(eq(strategicSessionParticipants.sessionId, sessionId))
    .orderBy(asc(strategicSessionParticipants.id))
    .all();
  // A partner's staff member is shown with the organisation they work for.
  const staff = db
    .select({ userId: memberships.userId, id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(memberships)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, memberships.partnerOrganisationId))
    .where(eq(memberships.organisationId, viewer.organisationId))
    .all();
  const partnerOf = new Map(staff.map((row) => [row.userId, row.name]));
  const partnerIdOf = new Map(staff.map((row) => [row.userId, row.id]));
  const items = db
    .select({
      id: strategicSessionOpgaven.id,
      opgaveId: strategicSessionOpgaven.opgaveId,
      title: strategicSessionOpgaven.title,
      description: strategicSessionOpgaven.description,
    })
    .from(strategicSessionOpgaven)
    .where(eq(strategicSessionOpgaven.sessionId, sessionId))
    .orderBy(asc(strategicSessionOpgaven.id))
    .all();
  const rankings = db
    .select({
      participantId: strategicSessionRankings.participantId,
      itemId: strategicSessionRankings.itemId,
      position: strategicSessionRankings.position,
      enteredById: strategicSessionRankings.enteredById,
      enteredByName: users.name,
      enteredAt: strategicSessionRankings.enteredAt,
    })
    .from(strategicSessionRankings)
    .innerJoin(users, eq(users.id, strategicSessionRankings.enteredById))
    .where(eq(strategicSessionRankings.sessionId, sessionId))
    .orderBy(asc(strategicSessionRankings.position))
    .all();
  const ballots: Ballot[] = participants
    .map((p) => ({
      participantId: p.id,
      positions: rankings.filter((r) => r.participantId === p.id).map(({ itemId, position }) => ({ itemId, position })),
    }))
    .filter((ballot) => ballot.positions.length > 0);
  /** Who entered a participant's ranking, and whether that was the participant (or their organisation) itself. */
  const entry = (p: (typeof participants)[number]) => {
    const first = rankings.find((r) => r.participantId === p.id);
    if (!first) return null;
    const own =
      first.enteredById === p.userId ||
      (p.partnerOrganisationId !== null && partnerIdOf.get(first.enteredById) === p.partnerOrganisationId);
    return { byName: first.enteredByName, at: first.enteredAt, own };
  };
  const mine = ownParticipant(db, viewer, sessionId);
  const rankingsOpen = session.processedAt === null && session.rankingsClosedAt === null;
  const ideas = db
    .select({
      id: strategicSessionIdeas.id,
      itemId: strategicSessionIdeas.itemId,
      kind: strategicSessionIdeas.kind,
      text: strategicSessionIdeas.text,
    })
    .from(strategicSessionIdeas)
    .where(eq(strategicSessionIdeas.sessionId, sessionId))
    .orderBy(asc(strategicSessionIdeas.id))
    .all();
  const agreements = db
    .select({
      id: strategicSessionAgreements.id,
      description: strategicSessionAgreements.description,
      ownerName: users.name,
      dueDate: strategicSessionAgreements.dueDate,
    })
    .from(strategicSessionAgreements)
    .innerJoin(users, eq(users.id, strategicSessionAgreements.ownerId))
    .where(eq(strategicSessionAgreements.sessionId, sessionId))
    .orderBy(asc(strategicSessionAgreements.id))
    .all();
  return {
    session,
    participants: participants.map((p) => ({
      ...p,
      name: p.userName ?? p.organisationName ?? "",
      worksFor: p.userId ? (partnerOf.get(p.userId) ?? null) : null,
      entry: entry(p),
    })),
    items,
    ballots,
    combined: combineRankings(
      items.map((item) => item.id),
      ballots,
    ),
    ideas,
    agreements,
    mayManage: can(viewer.role, "opgaven.manage"),
    mayReadRegister: can(viewer.role, "opgaven.read"),
    /** Whether the viewer (or their partner organisation) takes part. */
    takesPart: mine !== null,
    /** The viewer's own participation, when they may enter their own ranking now. */
    own:
      mine && rankingsOpen && allows(viewer.role, "strategicSessions.rankOwn", { onTeam: false, involved: true })
        ? {
            participantId: mine.id,
            version: mine.version,
            forOrganisation: mine.userId !== viewer.userId,
            positions: rankings.filter((r) => r.participantId === mine.id),
          }
        : null,
  };
}

/** Who can take part: the gemeente's active people (partners' staff too) and its partner organisations. */
export async function sessionParticipantOptions() {
  const { viewer } = await guard("opgaven.manage");
  return participantOptions(getDb(), viewer.organisationId);
}

export function participantOptions(db: Reader, organisationId: number) {
  const people = db
    .select({ id: users.id, name: users.name, role: memberships.role, worksFor: partnerOrganisations.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, memberships.partnerOrganisationId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.active, true)))
    .orderBy(asc(users.name))
    .all();
  const organisations = db
    .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(partnerOrganisations)
    .where(eq(partnerOrganisations.organisationId, organisationId))
    .orderBy(asc(partnerOrganisations.name))
    .all();
  return { people, organisations };
}
