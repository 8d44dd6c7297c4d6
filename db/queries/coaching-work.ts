// Where actions agreed in coaching show up outside the track: the owner's "Mijn werk" and the reflection agenda of
// the programme the conversation was about. An action's owner may always mark it done (the kernel's
// "coachingActions.complete", `team`), so the owner's list needs no further rule.
import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { dueState } from "@/lib/domain/my-work";
import type { Reader } from "../access";
import { coachingActions, coachingConversations, learningTracks, programmes, users } from "../schema";
import type { Span, WorkContext } from "./my-work-sections";

/** The viewer's own open coaching actions, on tracks that are not archived; due day first. */
export function ownCoachingActions({ viewer, db, today }: WorkContext, span: Span) {
  const where = and(
    eq(coachingActions.organisationId, viewer.organisationId),
    eq(coachingActions.ownerId, viewer.userId),
    isNull(coachingActions.doneAt),
    isNull(learningTracks.archivedAt),
  );
  const total =
    db
      .select({ total: count() })
      .from(coachingActions)
      .innerJoin(learningTracks, eq(learningTracks.id, coachingActions.trackId))
      .where(where)
      .get()?.total ?? 0;
  const rows = db
    .select({
      id: coachingActions.id,
      description: coachingActions.description,
      dueDate: coachingActions.dueDate,
      trackId: coachingActions.trackId,
      trackTitle: learningTracks.title,
      conversationId: coachingActions.conversationId,
      programmeName: programmes.name,
    })
    .from(coachingActions)
    .innerJoin(learningTracks, eq(learningTracks.id, coachingActions.trackId))
    .leftJoin(programmes, eq(programmes.id, coachingActions.programmeId))
    .where(where)
    .orderBy(sql`${coachingActions.dueDate} is null`, asc(coachingActions.dueDate), asc(coachingActions.id))
    .limit(span.limit)
    .offset(span.offset)
    .all();
  return {
    total,
    items: rows.map((row) => ({
      ...row,
      state: dueState(row.dueDate, today),
      href: `/training/${row.trackId}/coaching/${row.conversationId}#actie-${row.id}`,
    })),
  };
}

/** The open actions agreed in coaching about this programme, for the agenda of its next reflection session. */
export function openCoachingActionsOf(db: Reader, programmeId: number) {
  return db
    .select({
      id: coachingActions.id,
      description: coachingActions.description,
      ownerName: users.name,
      dueDate: coachingActions.dueDate,
      heldOn: coachingConversations.heldOn,
    })
    .from(coachingActions)
    .innerJoin(coachingConversations, eq(coachingConversations.id, coachingActions.conversationId))
    .innerJoin(learningTracks, eq(learningTracks.id, coachingActions.trackId))
    .innerJoin(users, eq(users.id, coachingActions.ownerId))
    .where(
      and(
        eq(coachingActions.programmeId, programmeId),
        isNull(coachingActions.doneAt),
        isNull(learningTracks.archivedAt),
      ),
    )
    .orderBy(sql`${coachingActions.dueDate} is null`, asc(coachingActions.dueDate), asc(coachingActions.id))
    .all();
}
