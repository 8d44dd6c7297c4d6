// Learning tracks (routes 3 and 5): the paged list, one track with its goals, participants, sessions and the
// maturity before and after, and the writes on a track. Who reads and changes which track is the kernel's
// "learningTracks.*": a partner sees only the tracks it takes part in; only the trainer or coach and the beheerder
// change a track.
import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { attendanceRate } from "@/lib/domain/maturity";
import { allows, can, reaches } from "@/lib/domain/permissions";
import { type GoalJudgement, orderModules } from "@/lib/domain/training";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { ParticipantInput, TrackEditInput, TrackInput } from "@/lib/validation/training";
import { programmesWhere, type Reader, trackRelation, tracksVisibleTo } from "../access";
import { NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import {
  learningTrackGoals,
  learningTrackParticipants,
  learningTracks,
  memberships,
  partnerOrganisations,
  sessionAttendance,
  trainingSessions,
  users,
} from "../schema";
import { write } from "../write";
import { trackScanSummary } from "./maturity-scans";
import { type MutationResult, ok, refuse } from "./result";
import { ownReflectionMoments } from "./track-reflections";
import { formText, nextVersion, type Versioned, versionConflict } from "./versions";

export const TRACKS_PAGE_SIZE = 20;

/** The write target of a track: the kernel asks how the viewer stands to it. */
export const trackTarget = (trackId: number) => ({
  relation: (db: Reader, viewer: Viewer) => trackRelation(viewer, trackId, db),
});

/** The gemeente's people who may be trainer or coach: its own active staff (no partners). */
function trainers(db: Reader, organisationId: number) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.active, true),
        ne(memberships.role, "partner"),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

/** Everyone active in the gemeente who can take part, with the partner organisation of a partner user. */
function members(db: Reader, organisationId: number) {
  return db
    .select({ id: users.id, name: users.name, partnerOrganisationId: memberships.partnerOrganisationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.active, true)))
    .orderBy(asc(users.name))
    .all();
}

export async function listLearningTracks({ page = 1, archived = false }: { page?: number; archived?: boolean }) {
  const viewer = await requireViewer();
  const db = getDb();
  const where = and(
    tracksVisibleTo(viewer, "learningTracks.read"),
    archived ? isNotNull(learningTracks.archivedAt) : isNull(learningTracks.archivedAt),
  ) as SQL;
  const total = db.select({ n: sql<number>`count(*)` }).from(learningTracks).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / TRACKS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      id: learningTracks.id,
      title: learningTracks.title,
      kind: learningTracks.kind,
      startDate: learningTracks.startDate,
      endDate: learningTracks.endDate,
      trainerName: users.name,
      participants: sql<number>`(select count(*) from ${learningTrackParticipants} p where p.track_id = ${learningTracks.id})`,
      sessions: sql<number>`(select count(*) from ${trainingSessions} s where s.track_id = ${learningTracks.id})`,
    })
    .from(learningTracks)
    .innerJoin(users, eq(users.id, learningTracks.trainerId))
    .where(where)
    .orderBy(desc(sql`coalesce(${learningTracks.startDate}, '')`), desc(learningTracks.id))
    .limit(TRACKS_PAGE_SIZE)
    .offset((current - 1) * TRACKS_PAGE_SIZE)
    .all();
  return {
    rows,
    total,
    page: current,
    pageCount,
    mayCreate: can(viewer.role, "learningTracks.create"),
    mayReadOverview: reaches(viewer.role, "trainingOverview.read"),
  };
}

/** The choices of the track form. */
export async function trackFormOptions() {
  const viewer = await requireViewer();
  return { trainers: trainers(getDb(), viewer.organisationId), viewerId: viewer.userId };
}

function trackRow(db: Reader, viewer: Viewer, trackId: number) {
  const track = db
    .select()
    .from(learningTracks)
    .where(and(eq(learningTracks.id, trackId), eq(learningTracks.organisationId, viewer.organisationId)))
    .get();
  if (!track) throw new NotFoundError("learning_track");
  return track;
}

const goalsOf = (db: Reader, trackId: number) =>
  db
    .select({ id: learningTrackGoals.id, text: learningTrackGoals.text })
    .from(learningTrackGoals)
    .where(eq(learningTrackGoals.trackId, trackId))
    .orderBy(asc(learningTrackGoals.position))
    .all();

/**
 * The participants the viewer may see: all of them for the gemeente's own people; for a partner user only those of
 * its own organisation and the gemeente's staff and guests, never another partner's people.
 */
function participantsOf(db: Reader, viewer: Viewer, trackId: number) {
  const rows = db
    .select({
      id: learningTrackParticipants.id,
      userId: learningTrackParticipants.userId,
      name: sql<string>`coalesce(${users.name}, ${learningTrackParticipants.guestName})`,
      guest: sql<number>`${learningTrackParticipants.userId} is null`,
      partnerOrganisationId: learningTrackParticipants.partnerOrganisationId,
      partnerName: partnerOrganisations.name,
    })
    .from(learningTrackParticipants)
    .leftJoin(users, eq(users.id, learningTrackParticipants.userId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, learningTrackParticipants.partnerOrganisationId))
    .where(eq(learningTrackParticipants.trackId, trackId))
    .orderBy(asc(learningTrackParticipants.id))
    .all();
  // Whoever reads every track of the gemeente sees everyone in it; one who reads a track by taking part, not others.
  if (can(viewer.role, "learningTracks.read")) return rows;
  return rows.filter(
    (p) => p.partnerOrganisationId === null || p.partnerOrganisationId === viewer.partnerOrganisationId,
  );
}

/** One track with everything its page shows: goals, participants with their attendance, sessions, scans. */
export async function getLearningTrack({ trackId }: { trackId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const relation = trackRelation(viewer, trackId, db);
  const track = trackRow(db, viewer, trackId);
  const trainer = db.select({ name: users.name }).from(users).where(eq(users.id, track.trainerId)).get();
  const participants = participantsOf(db, viewer, trackId);
  const sessions = db
    .select({
      id: trainingSessions.id,
      title: trainingSessions.title,
      heldOn: trainingSessions.heldOn,
      place: trainingSessions.place,
      online: trainingSessions.online,
      moduleKey: trainingSessions.moduleKey,
    })
    .from(trainingSessions)
    .where(eq(trainingSessions.trackId, trackId))
    .orderBy(asc(trainingSessions.heldOn), asc(trainingSessions.id))
    .all();
  const attendance = sessions.length
    ? db
        .select({
          sessionId: sessionAttendance.sessionId,
          participantId: sessionAttendance.participantId,
          present: sessionAttendance.present,
        })
        .from(sessionAttendance)
        .where(
          inArray(
            sessionAttendance.sessionId,
            sessions.map((s) => s.id),
          ),
        )
        .all()
    : [];
  const presence = new Map(attendance.map((a) => [`${a.sessionId}:${a.participantId}`, a.present]));
  return {
    ...track,
    modules: orderModules(track.modules),
    trainerName: trainer?.name ?? "",
    goals: goalsOf(db, trackId),
    participants: participants.map((p) => ({
      ...p,
      guest: Boolean(p.guest),
      attendance: attendanceRate(sessions.map((s) => presence.get(`${s.id}:${p.id}`))),
    })),
    sessions,
    scans: trackScanSummary(db, viewer, trackId),
    mayManage: allows(viewer.role, "learningTracks.manage", relation) && track.archivedAt === null,
    mayReadCoaching: allows(viewer.role, "coaching.read", relation),
    mayReviewReflections: allows(viewer.role, "trackReflections.review", relation),
    mayReadOverview: allows(viewer.role, "trainingOverview.read", relation),
    /** For a participant: per moment whether they reflected; null for whoever does not take part or may not. */
    reflection:
      allows(viewer.role, "trackReflections.answer", relation) && track.archivedAt === null
        ? ownReflectionMoments(db, viewer, trackId)
        : null,
    mayRestore: allows(viewer.role, "learningTracks.manage", relation) && track.archivedAt !== null,
  };
}

/** What the participant form offers: members of the gemeente not yet taking part, and the partner organisations. */
export async function participantOptions({ trackId }: { trackId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  trackRelation(viewer, trackId, db);
  const taken = new Set(
    db
      .select({ userId: learningTrackParticipants.userId })
      .from(learningTrackParticipants)
      .where(eq(learningTrackParticipants.trackId, trackId))
      .all()
      .map((row) => row.userId),
  );
  return {
    members: members(db, viewer.organisationId).filter((m) => !taken.has(m.id)),
    partners: db
      .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
      .from(partnerOrganisations)
      .where(eq(partnerOrganisations.organisationId, viewer.organisationId))
      .orderBy(asc(partnerOrganisations.name))
      .all(),
  };
}

/** The track as its edit form sends it. */
function trackForm(values: TrackInput | (typeof learningTracks.$inferSelect & { goals: string[] })): FormShape {
  return {
    title: values.title,
    kind: values.kind,
    targetGroup: values.targetGroup,
    targetTeams: values.targetTeams,
    description: values.description,
    startDate: formText(values.startDate),
    endDate: formText(values.endDate),
    trainerId: String(values.trainerId),
    goals: values.goals.join("\n"),
    modules: orderModules(values.modules),
  };
}

/** The track as it is now, for the edit form; only for whoever may change it. */
export async function getLearningTrackForEdit({ trackId }: { trackId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const relation = trackRelation(viewer, trackId, db);
  if (!allows(viewer.role, "learningTracks.manage", relation)) throw new NotFoundError("learning_track");
  const track = trackRow(db, viewer, trackId);
  if (track.archivedAt) throw new NotFoundError("learning_track");
  return {
    id: trackId,
    title: track.title,
    kind: track.kind,
    targetGroup: track.targetGroup,
    targetTeams: track.targetTeams,
    description: track.description,
    startDate: track.startDate ?? "",
    endDate: track.endDate ?? "",
    trainerId: String(track.trainerId),
    goals: goalsOf(db, trackId)
      .map((g) => g.text)
      .join("\n"),
    modules: orderModules(track.modules) as string[],
    version: track.version,
  };
}

function isTrainer(db: Reader, organisationId: number, userId: number) {
  return trainers(db, organisationId).some((t) => t.id === userId);
}

/** Saves the goals in order; a goal whose text stays keeps the trainer's judgement of it. */
function saveGoals(
  tx: Transaction,
  organisationId: number,
  trackId: number,
  goals: string[],
  judged: ReadonlyMap<string, GoalJudgement | null> = new Map(),
) {
  goals.forEach((text, index) => {
    tx.insert(learningTrackGoals)
      .values({ organisationId, trackId, position: index + 1, text, judgement: judged.get(text) ?? null })
      .run();
  });
}

const fields = ({ goals: _goals, ...input }: TrackInput) => ({ ...input, modules: orderModules(input.modules) });

export function createLearningTrack(input: TrackInput) {
  return write(
    { permission: "learningTracks.create", target: null, record: { type: "learning_track" } },
    ({ tx, viewer, audit }): MutationResult<{ trackId: number }> => {
      if (!isTrainer(tx, viewer.organisationId, input.trainerId)) return refuse("trainerInvalid", "trainerId");
      const { id } = tx
        .insert(learningTracks)
        .values({ organisationId: viewer.organisationId, createdById: viewer.userId, ...fields(input) })
        .returning({ id: learningTracks.id })
        .get();
      saveGoals(tx, viewer.organisationId, id, input.goals);
      audit({
        action: "learning_track.created",
        entityType: "learning_track",
        entityId: id,
        summary: input.title,
        after: input,
      });
      return ok({ trackId: id });
    },
  );
}

const TRACK_SAVES = ["learning_track.created", "learning_track.updated"] as const;

export function updateLearningTrack({ trackId }: { trackId: number }, { version, ...input }: TrackEditInput) {
  return write(
    {
      permission: "learningTracks.manage",
      target: trackTarget(trackId),
      record: { type: "learning_track", id: trackId },
    },
    (scope): Versioned<{ trackId: number }> => {
      const { tx, viewer, audit } = scope;
      const before = trackRow(tx, viewer, trackId);
      if (before.archivedAt) return refuse("archivedTrack");
      const goalsBefore = goalsOf(tx, trackId).map((g) => g.text);
      const saved = trackForm({ ...before, goals: goalsBefore });
      const conflict = versionConflict(
        scope,
        { entityType: "learning_track", entityId: trackId, actions: TRACK_SAVES },
        { submitted: version, current: before.version, mine: trackForm(input), saved },
      );
      if (conflict) return conflict;
      if (before.trainerId !== input.trainerId && !isTrainer(tx, viewer.organisationId, input.trainerId)) {
        return refuse("trainerInvalid", "trainerId");
      }
      tx.update(learningTracks)
        .set({ ...fields(input), version: nextVersion(learningTracks.version), updatedAt: new Date() })
        .where(eq(learningTracks.id, trackId))
        .run();
      const judged = new Map(
        tx
          .select({ text: learningTrackGoals.text, judgement: learningTrackGoals.judgement })
          .from(learningTrackGoals)
          .where(eq(learningTrackGoals.trackId, trackId))
          .all()
          .map((g) => [g.text, g.judgement]),
      );
      tx.delete(learningTrackGoals).where(eq(learningTrackGoals.trackId, trackId)).run();
      saveGoals(tx, viewer.organisationId, trackId, input.goals, judged);
      audit({
        action: "learning_track.updated",
        entityType: "learning_track",
        entityId: trackId,
        summary: input.title,
        before: saved,
        after: trackForm(input),
      });
      return ok({ trackId });
    },
  );
}

/** Archives a track, or brings it back: it leaves (or returns to) the list, and nothing changes in it meanwhile. */
function setArchived(trackId: number, archive: boolean) {
  return write(
    {
      permission: "learningTracks.manage",
      target: trackTarget(trackId),
      record: { type: "learning_track", id: trackId },
    },
    ({ tx, viewer, audit }): MutationResult<{ trackId: number }> => {
      const track = trackRow(tx, viewer, trackId);
      if ((track.archivedAt !== null) === archive) return refuse(archive ? "archivedTrack" : "notArchived");
      tx.update(learningTracks)
        .set(
          archive
            ? { archivedAt: new Date(), archivedById: viewer.userId, version: nextVersion(learningTracks.version) }
            : { archivedAt: null, archivedById: null, version: nextVersion(learningTracks.version) },
        )
        .where(eq(learningTracks.id, trackId))
        .run();
      audit({
        action: archive ? "learning_track.archived" : "learning_track.restored",
        entityType: "learning_track",
        entityId: trackId,
        summary: track.title,
      });
      return ok({ trackId });
    },
  );
}

export const archiveLearningTrack = ({ trackId }: { trackId: number }) => setArchived(trackId, true);
export const restoreLearningTrack = ({ trackId }: { trackId: number }) => setArchived(trackId, false);

/** Adds a user of the gemeente (their partner organisation comes with them) or a guest by name. */
export function addTrackParticipant({ trackId }: { trackId: number }, input: ParticipantInput) {
  return write(
    {
      permission: "learningTracks.manage",
      target: trackTarget(trackId),
      record: { type: "learning_track", id: trackId },
    },
    ({ tx, viewer, audit }): MutationResult<{ participantId: number }> => {
      if (trackRow(tx, viewer, trackId).archivedAt) return refuse("archivedTrack");
      let partnerOrganisationId = input.partnerOrganisationId;
      let name = input.guestName;
      if (input.userId !== null) {
        const member = members(tx, viewer.organisationId).find((m) => m.id === input.userId);
        if (!member) return refuse("trackParticipantInvalid", "userId");
        const present = tx
          .select({ id: learningTrackParticipants.id })
          .from(learningTrackParticipants)
          .where(and(eq(learningTrackParticipants.trackId, trackId), eq(learningTrackParticipants.userId, member.id)))
          .get();
        if (present) return refuse("participantTaken", "userId");
        partnerOrganisationId = member.partnerOrganisationId;
        name = member.name;
      } else if (partnerOrganisationId !== null) {
        const partner = tx
          .select({ id: partnerOrganisations.id })
          .from(partnerOrganisations)
          .where(
            and(
              eq(partnerOrganisations.id, partnerOrganisationId),
              eq(partnerOrganisations.organisationId, viewer.organisationId),
            ),
          )
          .get();
        if (!partner) return refuse("invalid", "partnerOrganisationId");
      }
      const { id } = tx
        .insert(learningTrackParticipants)
        .values({
          organisationId: viewer.organisationId,
          trackId,
          userId: input.userId,
          guestName: input.userId === null ? input.guestName : null,
          partnerOrganisationId,
        })
        .returning({ id: learningTrackParticipants.id })
        .get();
      audit({
        action: "learning_track.participant_added",
        entityType: "learning_track",
        entityId: trackId,
        summary: name,
        after: { participant: name, guest: input.userId === null },
      });
      return ok({ participantId: id });
    },
  );
}

/**
 * The participant's own programmes, for a module's exercise: those the viewer works on (owner or team), or for
 * whoever contributes to none by rule (management, a partner) those they may read.
 */
export async function exerciseProgrammes() {
  const viewer = await requireViewer();
  const permission = reaches(viewer.role, "programme.contribute") ? "programme.contribute" : "programme.read";
  return programmesWhere(viewer, getDb(), permission).map(({ id, name }) => ({ id, name }));
}
