// Reflection on a learning track: after each session and at the end, participants answer three short prompts (what did
// you apply, what was hard, what do you need); the trainer reads them per moment and keeps the best as a lesson in the
// library. The kernel's "trackReflections.answer" (whoever takes part) and "trackReflections.review" (the trainer).
import "server-only";
import { and, asc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { allows } from "@/lib/domain/permissions";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { ReflectionAnswerInput } from "@/lib/validation/coaching";
import type { LessonInput } from "@/lib/validation/lessons";
import { permits, type Reader, trackRelation } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { learningTrackParticipants, learningTracks, reflectionAnswers, trainingSessions, users } from "../schema";
import { write } from "../write";
import { trackTarget } from "./learning-tracks";
import { insertLesson } from "./lessons";
import { type MutationResult, ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

/** The viewer's own participation in the track, if they take part themselves. */
function ownParticipant(db: Reader, viewer: Viewer, trackId: number) {
  return db
    .select({ id: learningTrackParticipants.id })
    .from(learningTrackParticipants)
    .where(and(eq(learningTrackParticipants.trackId, trackId), eq(learningTrackParticipants.userId, viewer.userId)))
    .get();
}

function sessionOf(db: Reader, trackId: number, sessionId: number) {
  return db
    .select({ id: trainingSessions.id, title: trainingSessions.title, heldOn: trainingSessions.heldOn })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.trackId, trackId)))
    .get();
}

const atMoment = (sessionId: number | null): SQL =>
  sessionId === null ? isNull(reflectionAnswers.sessionId) : eq(reflectionAnswers.sessionId, sessionId);

function answerOf(db: Reader, participantId: number, sessionId: number | null) {
  return db
    .select()
    .from(reflectionAnswers)
    .where(and(eq(reflectionAnswers.participantId, participantId), atMoment(sessionId)))
    .get();
}

const answerForm = (values: { applied: string; hard: string; needs: string }) =>
  ({ applied: values.applied, hard: values.hard, needs: values.needs }) satisfies FormShape;

/**
 * The reflection form of one moment (a session, or the end of the track: null) for the viewer, with their answer so
 * far. NotFoundError when the viewer does not take part or the session is not of this track.
 */
export async function getReflectionForm({ trackId, sessionId }: { trackId: number; sessionId: number | null }) {
  const viewer = await requireViewer();
  const db = getDb();
  const relation = trackRelation(viewer, trackId, db);
  const participant = ownParticipant(db, viewer, trackId);
  if (!allows(viewer.role, "trackReflections.answer", relation) || !participant) {
    throw new NotFoundError("reflection");
  }
  const track = db
    .select({ title: learningTracks.title, archivedAt: learningTracks.archivedAt })
    .from(learningTracks)
    .where(eq(learningTracks.id, trackId))
    .get();
  const session = sessionId === null ? null : sessionOf(db, trackId, sessionId);
  if (!track || track.archivedAt || session === undefined) throw new NotFoundError("reflection");
  const answer = answerOf(db, participant.id, sessionId);
  return {
    trackTitle: track.title,
    session,
    answer: answer ? { ...answerForm(answer), version: answer.version } : null,
  };
}

/** The moments the viewer can reflect on (every session, and the end), with whether they answered already. */
export function ownReflectionMoments(db: Reader, viewer: Viewer, trackId: number) {
  const participant = ownParticipant(db, viewer, trackId);
  if (!participant) return null;
  const answered = new Set(
    db
      .select({ sessionId: reflectionAnswers.sessionId })
      .from(reflectionAnswers)
      .where(eq(reflectionAnswers.participantId, participant.id))
      .all()
      .map((row) => row.sessionId ?? "eind"),
  );
  return { answered: (sessionId: number | null) => answered.has(sessionId ?? "eind") };
}

const SAVES = ["track_reflection.answered", "track_reflection.updated"] as const;

/** Saves the viewer's own answers for one moment; a second save changes them, from the version it was opened on. */
export function answerTrackReflection(
  { trackId, sessionId }: { trackId: number; sessionId: number | null },
  { version, ...input }: ReflectionAnswerInput,
) {
  return write(
    {
      permission: "trackReflections.answer",
      target: trackTarget(trackId),
      record: { type: "learning_track", id: trackId },
    },
    (scope): Versioned<{ answerId: number }> => {
      const { tx, viewer, audit } = scope;
      const participant = ownParticipant(tx, viewer, trackId);
      if (!participant) return refuse("notParticipant");
      const track = tx
        .select({ archivedAt: learningTracks.archivedAt })
        .from(learningTracks)
        .where(eq(learningTracks.id, trackId))
        .get();
      if (track?.archivedAt) return refuse("archivedTrack");
      if (sessionId !== null && !sessionOf(tx, trackId, sessionId)) return refuse("reflectionMomentInvalid");
      const before = answerOf(tx, participant.id, sessionId);
      const mine = answerForm(input);
      if (before) {
        const conflict = versionConflict(
          scope,
          { entityType: "track_reflection", entityId: before.id, actions: SAVES },
          { submitted: version, current: before.version, mine, saved: answerForm(before) },
        );
        if (conflict) return conflict;
        tx.update(reflectionAnswers)
          .set({ ...input, version: nextVersion(reflectionAnswers.version), updatedAt: new Date() })
          .where(eq(reflectionAnswers.id, before.id))
          .run();
        audit({
          action: "track_reflection.updated",
          entityType: "track_reflection",
          entityId: before.id,
          summary: input.applied || input.hard || input.needs,
          before: answerForm(before),
          after: mine,
        });
        return ok({ answerId: before.id });
      }
      const { id } = tx
        .insert(reflectionAnswers)
        .values({ organisationId: viewer.organisationId, trackId, sessionId, participantId: participant.id, ...input })
        .returning({ id: reflectionAnswers.id })
        .get();
      audit({
        action: "track_reflection.answered",
        entityType: "track_reflection",
        entityId: id,
        summary: input.applied || input.hard || input.needs,
        after: mine,
      });
      return ok({ answerId: id });
    },
  );
}

/** All answers of the track per moment, for the trainer; sessions in date order, the end of the track last. */
export async function trackReflectionRollUp({ trackId }: { trackId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const relation = trackRelation(viewer, trackId, db);
  if (!allows(viewer.role, "trackReflections.review", relation)) throw new NotFoundError("reflection");
  const track = db
    .select({ title: learningTracks.title, archivedAt: learningTracks.archivedAt })
    .from(learningTracks)
    .where(eq(learningTracks.id, trackId))
    .get();
  const sessions = db
    .select({ id: trainingSessions.id, title: trainingSessions.title, heldOn: trainingSessions.heldOn })
    .from(trainingSessions)
    .where(eq(trainingSessions.trackId, trackId))
    .orderBy(asc(trainingSessions.heldOn), asc(trainingSessions.id))
    .all();
  const answers = db
    .select({
      id: reflectionAnswers.id,
      sessionId: reflectionAnswers.sessionId,
      name: sql<string>`coalesce(${users.name}, ${learningTrackParticipants.guestName})`,
      applied: reflectionAnswers.applied,
      hard: reflectionAnswers.hard,
      needs: reflectionAnswers.needs,
      lessonId: reflectionAnswers.lessonId,
    })
    .from(reflectionAnswers)
    .innerJoin(learningTrackParticipants, eq(learningTrackParticipants.id, reflectionAnswers.participantId))
    .leftJoin(users, eq(users.id, learningTrackParticipants.userId))
    .where(and(eq(reflectionAnswers.trackId, trackId), eq(reflectionAnswers.organisationId, viewer.organisationId)))
    .orderBy(asc(reflectionAnswers.id))
    .all();
  const moments = [
    ...sessions.map((s) => ({ key: `s${s.id}`, session: s, answers: answers.filter((a) => a.sessionId === s.id) })),
    { key: "eind", session: null, answers: answers.filter((a) => a.sessionId === null) },
  ];
  return {
    trackTitle: track?.title ?? "",
    total: answers.length,
    moments,
    mayPromote:
      track?.archivedAt === null &&
      allows(viewer.role, "trackReflections.review", relation) &&
      permits(viewer, "lessons.write", null, db),
  };
}

/**
 * Keeps a reflection answer as a lesson in the gemeente's library, through the library's own write (insertLesson),
 * and remembers which lesson it became.
 */
export function promoteReflectionAnswer(
  { trackId, answerId }: { trackId: number; answerId: number },
  input: Omit<LessonInput, "programmeId" | "sessionId" | "findingId">,
) {
  return write(
    {
      permission: "trackReflections.review",
      target: trackTarget(trackId),
      record: { type: "track_reflection", id: answerId },
    },
    (scope): MutationResult<{ lessonId: number }> => {
      const { tx, viewer, audit } = scope;
      if (!permits(viewer, "lessons.write", null, tx)) return refuse("forbidden");
      const answer = tx
        .select({ id: reflectionAnswers.id, lessonId: reflectionAnswers.lessonId })
        .from(reflectionAnswers)
        .where(
          and(
            eq(reflectionAnswers.id, answerId),
            eq(reflectionAnswers.trackId, trackId),
            eq(reflectionAnswers.organisationId, viewer.organisationId),
          ),
        )
        .get();
      if (!answer) return refuse("notFound");
      if (answer.lessonId !== null) return refuse("reflectionPromoted");
      const lesson = insertLesson(scope, { ...input, programmeId: null, sessionId: null, findingId: null });
      if (!lesson.ok) return lesson;
      tx.update(reflectionAnswers)
        .set({ lessonId: lesson.value.lessonId })
        .where(eq(reflectionAnswers.id, answerId))
        .run();
      audit({
        action: "track_reflection.promoted",
        entityType: "track_reflection",
        entityId: answerId,
        summary: input.title,
        after: { lessonId: lesson.value.lessonId },
      });
      return ok({ lessonId: lesson.value.lessonId });
    },
  );
}
