// The sessions of a learning track: when and where, the module treated, notes, and who was there. Holding and
// changing a session is the kernel's "learningTracks.manage" (the trainer or coach, the beheerder); reading one is
// reading the track.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { allows } from "@/lib/domain/permissions";
import type { FormShape } from "@/lib/domain/version-conflict";
import { attendanceField, type SessionEditInput, type SessionInput } from "@/lib/validation/training";
import { type Reader, trackRelation } from "../access";
import { NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { learningTrackParticipants, learningTracks, sessionAttendance, trainingSessions } from "../schema";
import { write } from "../write";
import { getLearningTrack, trackTarget } from "./learning-tracks";
import { type MutationResult, ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

function sessionRow(db: Reader, viewer: Viewer, trackId: number, sessionId: number) {
  const session = db
    .select()
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.id, sessionId),
        eq(trainingSessions.trackId, trackId),
        eq(trainingSessions.organisationId, viewer.organisationId),
      ),
    )
    .get();
  if (!session) throw new NotFoundError("training_session");
  return session;
}

function attendanceOf(db: Reader, sessionId: number): Record<number, boolean> {
  const rows = db
    .select({ participantId: sessionAttendance.participantId, present: sessionAttendance.present })
    .from(sessionAttendance)
    .where(eq(sessionAttendance.sessionId, sessionId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.participantId, r.present]));
}

/** One session of a track, with the track's participants the viewer may see and their attendance. */
export async function getTrainingSession({ trackId, sessionId }: { trackId: number; sessionId: number }) {
  const track = await getLearningTrack({ trackId });
  const viewer = await requireViewer();
  const db = getDb();
  const session = sessionRow(db, viewer, trackId, sessionId);
  const attendance = attendanceOf(db, sessionId);
  return {
    track: { id: track.id, title: track.title, modules: track.modules, mayManage: track.mayManage },
    session,
    participants: track.participants.map((p) => ({
      id: p.id,
      name: p.name,
      partnerName: p.partnerName,
      present: attendance[p.id] ?? null,
    })),
  };
}

/** Whether the viewer may hold sessions of this track; NotFoundError when they may not read it. */
export async function mayManageTrack({ trackId }: { trackId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const relation = trackRelation(viewer, trackId, db);
  const track = db
    .select({ archivedAt: learningTracks.archivedAt })
    .from(learningTracks)
    .where(eq(learningTracks.id, trackId))
    .get();
  return allows(viewer.role, "learningTracks.manage", relation) && !track?.archivedAt;
}

/** The session as its form sends it, attendance included. */
function sessionForm(
  values: Pick<SessionInput, "title" | "heldOn" | "place" | "online" | "notes" | "attendance"> & {
    moduleKey: string | null;
  },
  participantIds: number[],
): FormShape {
  const shape: FormShape = {
    title: values.title,
    heldOn: values.heldOn,
    place: values.place,
    online: values.online ? "1" : "",
    moduleKey: values.moduleKey ?? "",
    notes: values.notes,
  };
  for (const id of participantIds) {
    const present = values.attendance[id];
    shape[attendanceField(id)] = present === undefined ? "" : present ? "aanwezig" : "afwezig";
  }
  return shape;
}

/** The track's participant ids; null when the attendance names someone outside the track. */
function checkedParticipants(tx: Reader, trackId: number, attendance: Record<number, boolean>) {
  const ids = tx
    .select({ id: learningTrackParticipants.id })
    .from(learningTrackParticipants)
    .where(eq(learningTrackParticipants.trackId, trackId))
    .orderBy(asc(learningTrackParticipants.id))
    .all()
    .map((row) => row.id);
  return Object.keys(attendance).every((id) => ids.includes(Number(id))) ? ids : null;
}

function saveAttendance(
  tx: Transaction,
  organisationId: number,
  sessionId: number,
  attendance: Record<number, boolean>,
) {
  tx.delete(sessionAttendance).where(eq(sessionAttendance.sessionId, sessionId)).run();
  for (const [participantId, present] of Object.entries(attendance)) {
    tx.insert(sessionAttendance)
      .values({ organisationId, sessionId, participantId: Number(participantId), present })
      .run();
  }
}

const archived = (tx: Reader, trackId: number) =>
  tx.select({ at: learningTracks.archivedAt }).from(learningTracks).where(eq(learningTracks.id, trackId)).get()?.at;

export function createTrainingSession({ trackId }: { trackId: number }, input: SessionInput) {
  return write(
    {
      permission: "learningTracks.manage",
      target: trackTarget(trackId),
      record: { type: "learning_track", id: trackId },
    },
    ({ tx, viewer, audit }): MutationResult<{ sessionId: number }> => {
      if (archived(tx, trackId)) return refuse("archivedTrack");
      const participants = checkedParticipants(tx, trackId, input.attendance);
      if (!participants) return refuse("trackParticipantInvalid");
      const { attendance, ...fields } = input;
      const { id } = tx
        .insert(trainingSessions)
        .values({ organisationId: viewer.organisationId, trackId, createdById: viewer.userId, ...fields })
        .returning({ id: trainingSessions.id })
        .get();
      saveAttendance(tx, viewer.organisationId, id, attendance);
      audit({
        action: "training_session.created",
        entityType: "training_session",
        entityId: id,
        summary: input.title,
        after: sessionForm(input, participants),
      });
      return ok({ sessionId: id });
    },
  );
}

const SESSION_SAVES = ["training_session.created", "training_session.updated"] as const;

export function updateTrainingSession(
  { trackId, sessionId }: { trackId: number; sessionId: number },
  { version, ...input }: SessionEditInput,
) {
  return write(
    {
      permission: "learningTracks.manage",
      target: trackTarget(trackId),
      record: { type: "training_session", id: sessionId },
    },
    (scope): Versioned<{ sessionId: number }> => {
      const { tx, viewer, audit } = scope;
      if (archived(tx, trackId)) return refuse("archivedTrack");
      const before = sessionRow(tx, viewer, trackId, sessionId);
      const participants = checkedParticipants(tx, trackId, input.attendance);
      if (!participants) return refuse("trackParticipantInvalid");
      const saved = sessionForm({ ...before, attendance: attendanceOf(tx, sessionId) }, participants);
      const mine = sessionForm(input, participants);
      const conflict = versionConflict(
        scope,
        { entityType: "training_session", entityId: sessionId, actions: SESSION_SAVES },
        { submitted: version, current: before.version, mine, saved },
      );
      if (conflict) return conflict;
      const { attendance, ...fields } = input;
      tx.update(trainingSessions)
        .set({ ...fields, version: nextVersion(trainingSessions.version), updatedAt: new Date() })
        .where(eq(trainingSessions.id, sessionId))
        .run();
      saveAttendance(tx, viewer.organisationId, sessionId, attendance);
      audit({
        action: "training_session.updated",
        entityType: "training_session",
        entityId: sessionId,
        summary: input.title,
        before: saved,
        after: mine,
      });
      return ok({ sessionId });
    },
  );
}
