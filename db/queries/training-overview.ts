// The figures of learning tracks: per track the participants' attendance, the goals the trainer judged reached, and
// the maturity before and after; for management all tracks with these figures. The kernel's "trainingOverview.read";
// judging the goals is changing the track ("learningTracks.manage"), checked against the track's version.
import "server-only";
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import { attendanceRate } from "@/lib/domain/maturity";
import { allows } from "@/lib/domain/permissions";
import type { GoalJudgement } from "@/lib/domain/training";
import { goalsReached, maturityGrowth, trackAttendance } from "@/lib/domain/training-overview";
import type { FormShape } from "@/lib/domain/version-conflict";
import { type GoalJudgementInput, judgementField } from "@/lib/validation/coaching";
import { type Reader, trackRelation, tracksVisibleTo } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import {
  learningTrackGoals,
  learningTrackParticipants,
  learningTracks,
  sessionAttendance,
  trainingSessions,
  users,
} from "../schema";
import { write } from "../write";
import { trackTarget } from "./learning-tracks";
import { trackScanSummary } from "./maturity-scans";
import { ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

export const OVERVIEW_PAGE_SIZE = 20;

/** Per session, per participant: present, absent, or not recorded (undefined). */
function attendanceMatrix(db: Reader, trackIds: number[]) {
  if (trackIds.length === 0)
    return new Map<number, { participants: number[]; sessions: Map<number, Map<number, boolean>> }>();
  const participants = db
    .select({ id: learningTrackParticipants.id, trackId: learningTrackParticipants.trackId })
    .from(learningTrackParticipants)
    .where(inArray(learningTrackParticipants.trackId, trackIds))
    .orderBy(asc(learningTrackParticipants.id))
    .all();
  const sessions = db
    .select({ id: trainingSessions.id, trackId: trainingSessions.trackId })
    .from(trainingSessions)
    .where(inArray(trainingSessions.trackId, trackIds))
    .all();
  const records = db
    .select({
      sessionId: sessionAttendance.sessionId,
      participantId: sessionAttendance.participantId,
      present: sessionAttendance.present,
    })
    .from(sessionAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, sessionAttendance.sessionId))
    .where(inArray(trainingSessions.trackId, trackIds))
    .all();
  const byTrack = new Map<number, { participants: number[]; sessions: Map<number, Map<number, boolean>> }>();
  for (const id of trackIds) byTrack.set(id, { participants: [], sessions: new Map() });
  for (const p of participants) byTrack.get(p.trackId)?.participants.push(p.id);
  for (const s of sessions) byTrack.get(s.trackId)?.sessions.set(s.id, new Map());
  for (const r of records) {
    for (const track of byTrack.values()) track.sessions.get(r.sessionId)?.set(r.participantId, r.present);
  }
  return byTrack;
}

const judgementsOf = (db: Reader, trackIds: number[]) =>
  trackIds.length
    ? db
        .select({
          id: learningTrackGoals.id,
          trackId: learningTrackGoals.trackId,
          text: learningTrackGoals.text,
          judgement: learningTrackGoals.judgement,
        })
        .from(learningTrackGoals)
        .where(inArray(learningTrackGoals.trackId, trackIds))
        .orderBy(asc(learningTrackGoals.position))
        .all()
    : [];

/** One track's figures; NotFoundError when the viewer may not read them. */
export async function getTrackOverview({ trackId }: { trackId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const relation = trackRelation(viewer, trackId, db);
  if (!allows(viewer.role, "trainingOverview.read", relation)) throw new NotFoundError("learning_track");
  const track = db
    .select({ title: learningTracks.title, version: learningTracks.version, archivedAt: learningTracks.archivedAt })
    .from(learningTracks)
    .where(and(eq(learningTracks.id, trackId), eq(learningTracks.organisationId, viewer.organisationId)))
    .get();
  if (!track) throw new NotFoundError("learning_track");
  const matrix = attendanceMatrix(db, [trackId]).get(trackId);
  const sessions = [...(matrix?.sessions.values() ?? [])];
  const participants = db
    .select({
      id: learningTrackParticipants.id,
      name: sql<string>`coalesce(${users.name}, ${learningTrackParticipants.guestName})`,
    })
    .from(learningTrackParticipants)
    .leftJoin(users, eq(users.id, learningTrackParticipants.userId))
    .where(eq(learningTrackParticipants.trackId, trackId))
    .orderBy(asc(learningTrackParticipants.id))
    .all();
  const goals = judgementsOf(db, [trackId]);
  const scans = trackScanSummary(db, viewer, trackId);
  return {
    title: track.title,
    version: track.version,
    participants: participants.map((p) => ({ ...p, attendance: attendanceRate(sessions.map((s) => s.get(p.id))) })),
    attendance: trackAttendance(sessions.map((s) => participants.map((p) => s.get(p.id)))),
    goals,
    reached: goalsReached(goals.map((g) => g.judgement)),
    maturity: scans.subjects.map((s) => ({
      subject: s.subject,
      before: s.overallBefore,
      after: s.overallAfter,
      growth: maturityGrowth(s.overallBefore, s.overallAfter),
    })),
    mayJudge: allows(viewer.role, "learningTracks.manage", relation) && track.archivedAt === null,
  };
}

/** Every track the viewer may see the figures of, the latest first, a page at a time. */
export async function listTrackOverviews({ page = 1 }: { page?: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const where = and(tracksVisibleTo(viewer, "trainingOverview.read"), isNull(learningTracks.archivedAt)) as SQL;
  const total = db.select({ n: sql<number>`count(*)` }).from(learningTracks).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / OVERVIEW_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      id: learningTracks.id,
      title: learningTracks.title,
      kind: learningTracks.kind,
      startDate: learningTracks.startDate,
      endDate: learningTracks.endDate,
    })
    .from(learningTracks)
    .where(where)
    .orderBy(desc(sql`coalesce(${learningTracks.startDate}, '')`), desc(learningTracks.id))
    .limit(OVERVIEW_PAGE_SIZE)
    .offset((current - 1) * OVERVIEW_PAGE_SIZE)
    .all();
  const ids = rows.map((r) => r.id);
  const matrices = attendanceMatrix(db, ids);
  const goals = judgementsOf(db, ids);
  return {
    rows: rows.map((row) => {
      const matrix = matrices.get(row.id);
      const sessions = [...(matrix?.sessions.values() ?? [])];
      const scans = trackScanSummary(db, viewer, row.id).subjects;
      return {
        ...row,
        participants: matrix?.participants.length ?? 0,
        attendance: trackAttendance(sessions.map((s) => (matrix?.participants ?? []).map((p) => s.get(p)))),
        reached: goalsReached(goals.filter((g) => g.trackId === row.id).map((g) => g.judgement)),
        maturity: scans.map((s) => ({
          subject: s.subject,
          before: s.overallBefore,
          after: s.overallAfter,
          growth: maturityGrowth(s.overallBefore, s.overallAfter),
        })),
      };
    }),
    total,
    page: current,
    pageCount,
  };
}

const judgementForm = (goals: { id: number; judgement: GoalJudgement | null }[]): FormShape =>
  Object.fromEntries(goals.map((g) => [judgementField(g.id), g.judgement ?? ""]));

const JUDGED = ["learning_track.created", "learning_track.updated", "learning_track.goals_judged"] as const;

/** The trainer's judgement of each goal; saved only from the track's current version. */
export function judgeTrackGoals(
  { trackId }: { trackId: number },
  { version, judgements }: GoalJudgementInput,
): Promise<Versioned<{ trackId: number }>> {
  return write(
    {
      permission: "learningTracks.manage",
      target: trackTarget(trackId),
      record: { type: "learning_track", id: trackId },
    },
    (scope): Versioned<{ trackId: number }> => {
      const { tx, viewer, audit } = scope;
      const track = tx
        .select({ title: learningTracks.title, version: learningTracks.version, archivedAt: learningTracks.archivedAt })
        .from(learningTracks)
        .where(and(eq(learningTracks.id, trackId), eq(learningTracks.organisationId, viewer.organisationId)))
        .get();
      if (!track) return refuse("notFound");
      if (track.archivedAt) return refuse("archivedTrack");
      const goals = judgementsOf(tx, [trackId]);
      if (Object.keys(judgements).some((id) => !goals.some((g) => g.id === Number(id)))) return refuse("goalInvalid");
      const saved = judgementForm(goals);
      const mine = judgementForm(goals.map((g) => ({ id: g.id, judgement: judgements[g.id] ?? null })));
      const conflict = versionConflict(
        scope,
        { entityType: "learning_track", entityId: trackId, actions: JUDGED },
        { submitted: version, current: track.version, mine, saved },
      );
      if (conflict) return conflict;
      for (const goal of goals) {
        tx.update(learningTrackGoals)
          .set({ judgement: judgements[goal.id] ?? null })
          .where(eq(learningTrackGoals.id, goal.id))
          .run();
      }
      tx.update(learningTracks)
        .set({ version: nextVersion(learningTracks.version), updatedAt: new Date() })
        .where(eq(learningTracks.id, trackId))
        .run();
      audit({
        action: "learning_track.goals_judged",
        entityType: "learning_track",
        entityId: trackId,
        summary: track.title,
        before: saved,
        after: mine,
      });
      return ok({ trackId });
    },
  );
}
