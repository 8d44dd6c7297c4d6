// "Mijn werk" for route 2: the strategic sessions whose opgaven the viewer still has to put in order. A session is
// listed while its rankings are open (not closed by the facilitator, outcomes not processed, not archived), it names
// at least one opgave, and the viewer takes part in it (in person, or through their partner organisation) without a
// ranking of theirs or their organisation's in it yet. Taking part is what the kernel's "strategicSessions.rankOwn"
// asks (db/queries/strategic-session-rankings.ts), so the list needs no further rule.
import "server-only";
import { and, asc, count, eq, isNull, or, sql } from "drizzle-orm";
import { dueState } from "@/lib/domain/my-work";
import {
  strategicSessionOpgaven,
  strategicSessionParticipants,
  strategicSessionRankings,
  strategicSessions,
} from "../schema";
import type { Span, WorkContext } from "./my-work-sections";

/** The viewer's open sessions still waiting for their ranking; the earliest session first. */
export function rankingsToEnter({ viewer, db, today }: WorkContext, span: Span) {
  const mine = or(
    eq(strategicSessionParticipants.userId, viewer.userId),
    eq(strategicSessionParticipants.partnerOrganisationId, viewer.partnerOrganisationId ?? -1),
  );
  const takesPart = db
    .select({ one: sql`1` })
    .from(strategicSessionParticipants)
    .where(and(eq(strategicSessionParticipants.sessionId, strategicSessions.id), mine));
  const ranked = db
    .select({ one: sql`1` })
    .from(strategicSessionRankings)
    .innerJoin(
      strategicSessionParticipants,
      eq(strategicSessionParticipants.id, strategicSessionRankings.participantId),
    )
    .where(and(eq(strategicSessionRankings.sessionId, strategicSessions.id), mine));
  const named = db
    .select({ one: sql`1` })
    .from(strategicSessionOpgaven)
    .where(eq(strategicSessionOpgaven.sessionId, strategicSessions.id));
  const where = and(
    eq(strategicSessions.organisationId, viewer.organisationId),
    isNull(strategicSessions.archivedAt),
    isNull(strategicSessions.processedAt),
    isNull(strategicSessions.rankingsClosedAt),
    sql`exists ${takesPart}`,
    sql`exists ${named}`,
    sql`not exists ${ranked}`,
  );
  const total = db.select({ total: count() }).from(strategicSessions).where(where).get()?.total ?? 0;
  const rows = db
    .select({ id: strategicSessions.id, title: strategicSessions.title, heldOn: strategicSessions.heldOn })
    .from(strategicSessions)
    .where(where)
    .orderBy(asc(strategicSessions.heldOn), asc(strategicSessions.id))
    .limit(span.limit)
    .offset(span.offset)
    .all();
  return {
    total,
    items: rows.map((row) => ({
      ...row,
      // Ranking is asked before the session; once its day has passed and the rankings are still open, it is late.
      state: dueState(row.heldOn, today),
      href: `/strategic-sessions/${row.id}#mijn-rangorde`,
    })),
  };
}
