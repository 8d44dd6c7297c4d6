// The lists of "Mijn werk", one per kind of work: what is the viewer's own now, most pressing first. Each list is
// limited to the records the kernel lets the viewer see (visibleTo) in the viewer's own gemeente, and to programmes
// that are not archived; each answers one page and the total.
import "server-only";
import { and, asc, count, eq, gte, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Viewer } from "@/lib/auth/viewer";
import { daysBetween, dueState, KIND_PERMISSIONS } from "@/lib/domain/my-work";
import { dayIn } from "@/lib/domain/time";
import { type Reader, visibleTo } from "../access";
import {
  actionItems,
  courseCorrections,
  learningQuestions,
  programmes,
  reflectionSessions,
  roadmapSteps,
  sessionParticipants,
  users,
} from "../schema";

export type WorkContext = { viewer: Viewer; db: Reader; today: string };
export type Span = { limit: number; offset: number };
export type WorkPage<T> = { total: number; items: T[] };

/** Due day first, the earliest (so the overdue ones) on top; work without a due day last. */
const byDueDay = (column: AnySQLiteColumn) => [sql`${column} is null`, asc(column)];

/** The action points assigned to the viewer that are still open, with or without a due day. */
export function ownActionItems({ viewer, db, today }: WorkContext, span: Span) {
  const where = and(
    visibleTo(
      viewer,
      KIND_PERMISSIONS.actionItems,
      { organisationId: actionItems.organisationId, programmeId: actionItems.programmeId },
      db,
    ),
    eq(actionItems.ownerId, viewer.userId),
    eq(actionItems.status, "open"),
    isNull(programmes.archivedAt),
  );
  const total =
    db
      .select({ total: count() })
      .from(actionItems)
      .innerJoin(programmes, eq(programmes.id, actionItems.programmeId))
      .where(where)
      .get()?.total ?? 0;
  const rows = db
    .select({
      id: actionItems.id,
      description: actionItems.description,
      dueDate: actionItems.dueDate,
      programmeId: actionItems.programmeId,
      programmeName: programmes.name,
      sessionId: actionItems.sessionId,
      sessionTitle: reflectionSessions.title,
    })
    .from(actionItems)
    .innerJoin(programmes, eq(programmes.id, actionItems.programmeId))
    .innerJoin(reflectionSessions, eq(reflectionSessions.id, actionItems.sessionId))
    .where(where)
    .orderBy(...byDueDay(actionItems.dueDate), asc(actionItems.id))
    .limit(span.limit)
    .offset(span.offset)
    .all();
  return {
    total,
    items: rows.map((row) => ({
      ...row,
      state: dueState(row.dueDate, today),
      href: `/programmes/${row.programmeId}/reflections/${row.sessionId}#actie-${row.id}`,
    })),
  };
}

/** Proposed course corrections the viewer may decide on, the one waiting longest first. */
export function correctionsToDecide({ viewer, db, today }: WorkContext, span: Span) {
  const where = and(
    visibleTo(
      viewer,
      KIND_PERMISSIONS.corrections,
      { organisationId: courseCorrections.organisationId, programmeId: courseCorrections.programmeId },
      db,
    ),
    eq(courseCorrections.status, "voorgesteld"),
    isNull(programmes.archivedAt),
  );
  const total =
    db
      .select({ total: count() })
      .from(courseCorrections)
      .innerJoin(programmes, eq(programmes.id, courseCorrections.programmeId))
      .where(where)
      .get()?.total ?? 0;
  const rows = db
    .select({
      id: courseCorrections.id,
      title: courseCorrections.title,
      programmeId: courseCorrections.programmeId,
      programmeName: programmes.name,
      proposedByName: users.name,
      proposedAt: courseCorrections.createdAt,
    })
    .from(courseCorrections)
    .innerJoin(programmes, eq(programmes.id, courseCorrections.programmeId))
    .innerJoin(users, eq(users.id, courseCorrections.proposedById))
    .where(where)
    .orderBy(asc(courseCorrections.createdAt), asc(courseCorrections.id))
    .limit(span.limit)
    .offset(span.offset)
    .all();
  return {
    total,
    items: rows.map(({ proposedAt, ...row }) => {
      const proposedOn = dayIn(proposedAt);
      return {
        ...row,
        proposedOn,
        daysWaiting: daysBetween(proposedOn, today),
        href: `/programmes/${row.programmeId}/corrections/${row.id}`,
      };
    }),
  };
}

/** The learning questions the viewer takes on that still wait for an answer. */
export function ownLearningQuestions({ viewer, db, today }: WorkContext, span: Span) {
  const where = and(
    visibleTo(
      viewer,
      KIND_PERMISSIONS.learningQuestions,
      { organisationId: learningQuestions.organisationId, programmeId: learningQuestions.programmeId },
      db,
    ),
    eq(learningQuestions.ownerId, viewer.userId),
    inArray(learningQuestions.status, ["open", "in_behandeling"]),
    isNull(programmes.archivedAt),
  );
  const total =
    db
      .select({ total: count() })
      .from(learningQuestions)
      .leftJoin(programmes, eq(programmes.id, learningQuestions.programmeId))
      .where(where)
      .get()?.total ?? 0;
  const rows = db
    .select({
      id: learningQuestions.id,
      question: learningQuestions.question,
      status: learningQuestions.status,
      dueDate: learningQuestions.dueDate,
      programmeName: programmes.name,
    })
    .from(learningQuestions)
    .leftJoin(programmes, eq(programmes.id, learningQuestions.programmeId))
    .where(where)
    .orderBy(...byDueDay(learningQuestions.dueDate), asc(learningQuestions.priority), asc(learningQuestions.id))
    .limit(span.limit)
    .offset(span.offset)
    .all();
  return {
    total,
    items: rows.map((row) => ({
      ...row,
      state: dueState(row.dueDate, today),
      href: `/learning-questions/${row.id}`,
    })),
  };
}

/** The unfinished steps of the gemeente's roadmap the viewer carries, with a due day. */
export function ownRoadmapSteps({ viewer, db, today }: WorkContext, span: Span) {
  const where = and(
    // The roadmap belongs to the gemeente as a whole: no programme to be related to.
    visibleTo(
      viewer,
      KIND_PERMISSIONS.roadmapSteps,
      { organisationId: roadmapSteps.organisationId, programmeId: sql`null` },
      db,
    ),
    eq(roadmapSteps.ownerId, viewer.userId),
    ne(roadmapSteps.status, "klaar"),
    isNull(roadmapSteps.archivedAt),
    isNotNull(roadmapSteps.dueDate),
  );
  const total = db.select({ total: count() }).from(roadmapSteps).where(where).get()?.total ?? 0;
  const rows = db
    .select({
      id: roadmapSteps.id,
      stepKey: roadmapSteps.stepKey,
      status: roadmapSteps.status,
      dueDate: roadmapSteps.dueDate,
    })
    .from(roadmapSteps)
    .where(where)
    .orderBy(asc(roadmapSteps.dueDate), asc(roadmapSteps.position))
    .limit(span.limit)
    .offset(span.offset)
    .all();
  return {
    total,
    items: rows.map((row) => ({ ...row, state: dueState(row.dueDate, today), href: `/routes/roadmap/${row.id}` })),
  };
}

/** Reflection sessions still to come that the viewer takes part in, the first one first. */
export function upcomingSessions({ viewer, db, today }: WorkContext, span: Span) {
  const where = and(
    visibleTo(
      viewer,
      KIND_PERMISSIONS.sessions,
      { organisationId: reflectionSessions.organisationId, programmeId: reflectionSessions.programmeId },
      db,
    ),
    eq(sessionParticipants.userId, viewer.userId),
    gte(reflectionSessions.heldOn, today),
    isNull(programmes.archivedAt),
  );
  const total =
    db
      .select({ total: count() })
      .from(reflectionSessions)
      .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, reflectionSessions.id))
      .innerJoin(programmes, eq(programmes.id, reflectionSessions.programmeId))
      .where(where)
      .get()?.total ?? 0;
  const rows = db
    .select({
      id: reflectionSessions.id,
      title: reflectionSessions.title,
      heldOn: reflectionSessions.heldOn,
      programmeId: reflectionSessions.programmeId,
      programmeName: programmes.name,
    })
    .from(reflectionSessions)
    .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, reflectionSessions.id))
    .innerJoin(programmes, eq(programmes.id, reflectionSessions.programmeId))
    .where(where)
    .orderBy(asc(reflectionSessions.heldOn), asc(reflectionSessions.id))
    .limit(span.limit)
    .offset(span.offset)
    .all();
  return {
    total,
    items: rows.map((row) => ({ ...row, href: `/programmes/${row.programmeId}/reflections/${row.id}` })),
  };
}
