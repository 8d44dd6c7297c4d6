// Coaching on a learning track: conversations with a participant or a team about the programme they work on, and the
// actions agreed in them. The kernel's "coaching.*": the coach (with the beheerder) records them, a partner reads only
// those with its own people; "coachingActions.complete": the coach or whoever carries the action out marks it done.
import "server-only";
import { and, asc, count, desc, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { allows, condition } from "@/lib/domain/permissions";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { CoachingActionInput, ConversationEditInput, ConversationInput } from "@/lib/validation/coaching";
import { coachingActionRelation, programmesWhere, type Reader, trackRelation } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import {
  coachingActions,
  coachingConversations,
  learningTrackParticipants,
  learningTracks,
  programmes,
  users,
} from "../schema";
import { write } from "../write";
import { trackTarget } from "./learning-tracks";
import { type MutationResult, ok, refuse } from "./result";
import { formText, nextVersion, type Versioned, versionConflict } from "./versions";

export const CONVERSATIONS_PAGE_SIZE = 20;

/**
 * The conversations a viewer who reads coaching "as a partner" sees: those with a participant of their own
 * organisation (or themselves), and those in which an action was agreed for them.
 */
function ownConversations(viewer: Viewer): SQL {
  return sql`(exists (select 1 from ${learningTrackParticipants} ltp where ltp.id = ${coachingConversations.participantId} and (ltp.user_id = ${viewer.userId} or ltp.partner_organisation_id = ${viewer.partnerOrganisationId ?? -1})) or exists (select 1 from ${coachingActions} ca where ca.conversation_id = ${coachingConversations.id} and ca.owner_id = ${viewer.userId}))`;
}

/** The track's relation and what the viewer may do with its coaching; NotFoundError when coaching is not theirs. */
function coachingAccess(db: Reader, viewer: Viewer, trackId: number) {
  const relation = trackRelation(viewer, trackId, db);
  if (!allows(viewer.role, "coaching.read", relation)) throw new NotFoundError("learning_track");
  const track = db
    .select({ title: learningTracks.title, trainerId: learningTracks.trainerId, archivedAt: learningTracks.archivedAt })
    .from(learningTracks)
    .where(eq(learningTracks.id, trackId))
    .get();
  if (!track) throw new NotFoundError("learning_track");
  const onlyOwn = condition(viewer.role, "coaching.read") === "partner";
  const where = and(
    eq(coachingConversations.organisationId, viewer.organisationId),
    eq(coachingConversations.trackId, trackId),
    onlyOwn ? ownConversations(viewer) : undefined,
  ) as SQL;
  return {
    track,
    where,
    mayManage: allows(viewer.role, "coaching.manage", relation) && track.archivedAt === null,
  };
}

const coachedName = sql<string>`coalesce((select coalesce(u.name, ltp.guest_name) from ${learningTrackParticipants} ltp left join ${users} u on u.id = ltp.user_id where ltp.id = ${coachingConversations.participantId}), ${coachingConversations.teamName})`;

/** The conversations of a track, the latest first, a page at a time. */
export async function listCoachingConversations({ trackId, page = 1 }: { trackId: number; page?: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const { track, where, mayManage } = coachingAccess(db, viewer, trackId);
  const total = db.select({ n: count() }).from(coachingConversations).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / CONVERSATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      id: coachingConversations.id,
      heldOn: coachingConversations.heldOn,
      coached: coachedName,
      programmeName: programmes.name,
      openActions: sql<number>`(select count(*) from ${coachingActions} ca where ca.conversation_id = ${coachingConversations.id} and ca.done_at is null)`,
    })
    .from(coachingConversations)
    .leftJoin(programmes, eq(programmes.id, coachingConversations.programmeId))
    .where(where)
    .orderBy(desc(coachingConversations.heldOn), desc(coachingConversations.id))
    .limit(CONVERSATIONS_PAGE_SIZE)
    .offset((current - 1) * CONVERSATIONS_PAGE_SIZE)
    .all();
  return { trackTitle: track.title, rows, total, page: current, pageCount, mayManage };
}

function conversationRow(db: Reader, where: SQL, conversationId: number) {
  const row = db
    .select()
    .from(coachingConversations)
    .where(and(where, eq(coachingConversations.id, conversationId)))
    .get();
  if (!row) throw new NotFoundError("coaching_conversation");
  return row;
}

/** One conversation with its actions; per action whether the viewer may mark it done. */
export async function getCoachingConversation({
  trackId,
  conversationId,
}: {
  trackId: number;
  conversationId: number;
}) {
  const viewer = await requireViewer();
  const db = getDb();
  const { track, where, mayManage } = coachingAccess(db, viewer, trackId);
  const conversation = conversationRow(db, where, conversationId);
  const coached = db
    .select({ coached: coachedName })
    .from(coachingConversations)
    .where(eq(coachingConversations.id, conversationId))
    .get();
  const programme = conversation.programmeId
    ? db
        .select({ id: programmes.id, name: programmes.name })
        .from(programmes)
        .where(eq(programmes.id, conversation.programmeId))
        .get()
    : undefined;
  const actions = db
    .select({
      id: coachingActions.id,
      description: coachingActions.description,
      ownerId: coachingActions.ownerId,
      ownerName: users.name,
      dueDate: coachingActions.dueDate,
      doneAt: coachingActions.doneAt,
    })
    .from(coachingActions)
    .innerJoin(users, eq(users.id, coachingActions.ownerId))
    .where(eq(coachingActions.conversationId, conversationId))
    .orderBy(asc(coachingActions.id))
    .all();
  return {
    trackTitle: track.title,
    conversation,
    coached: coached?.coached ?? "",
    programme: programme ?? null,
    actions: actions.map((a) => ({
      ...a,
      mayComplete:
        a.doneAt === null &&
        track.archivedAt === null &&
        allows(viewer.role, "coachingActions.complete", {
          onTeam: a.ownerId === viewer.userId || track.trainerId === viewer.userId,
          involved: false,
        }),
    })),
    mayManage,
  };
}

/** What the coach chooses from: the track's participants, the programmes, and who may carry an action out. */
export async function coachingFormOptions({ trackId }: { trackId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const { track } = coachingAccess(db, viewer, trackId);
  const participants = db
    .select({
      id: learningTrackParticipants.id,
      userId: learningTrackParticipants.userId,
      name: sql<string>`coalesce(${users.name}, ${learningTrackParticipants.guestName})`,
    })
    .from(learningTrackParticipants)
    .leftJoin(users, eq(users.id, learningTrackParticipants.userId))
    .where(eq(learningTrackParticipants.trackId, trackId))
    .orderBy(asc(learningTrackParticipants.id))
    .all();
  const trainer = db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, track.trainerId)).get();
  const owners = [
    ...(trainer ? [trainer] : []),
    ...participants
      .filter((p) => p.userId !== null && p.userId !== track.trainerId)
      .map((p) => ({ id: p.userId as number, name: p.name })),
  ];
  return {
    participants: participants.map(({ id, name }) => ({ id, name })),
    programmes: programmesWhere(viewer, db, "programme.read").map(({ id, name }) => ({ id, name })),
    owners,
  };
}

/** The conversation as it is now, for its edit form; only for whoever may record coaching. */
export async function getConversationForEdit({ trackId, conversationId }: { trackId: number; conversationId: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const { where, mayManage } = coachingAccess(db, viewer, trackId);
  if (!mayManage) throw new NotFoundError("coaching_conversation");
  const row = conversationRow(db, where, conversationId);
  return { ...conversationForm(row), id: row.id, version: row.version };
}

function conversationForm(values: {
  participantId: number | null;
  teamName: string;
  programmeId: number | null;
  heldOn: string;
  summary: string;
}) {
  return {
    participantId: formText(values.participantId),
    teamName: values.teamName,
    programmeId: formText(values.programmeId),
    heldOn: values.heldOn,
    summary: values.summary,
  } satisfies FormShape;
}

/** Refusal key when the participant is not of this track or the programme not of this gemeente (or archived). */
function invalidLinks(tx: Reader, viewer: Viewer, trackId: number, input: ConversationInput) {
  if (input.participantId !== null) {
    const participant = tx
      .select({ id: learningTrackParticipants.id })
      .from(learningTrackParticipants)
      .where(and(eq(learningTrackParticipants.id, input.participantId), eq(learningTrackParticipants.trackId, trackId)))
      .get();
    if (!participant) return refuse("trackParticipantInvalid", "participantId");
  }
  if (input.programmeId !== null) {
    const programme = tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(
        and(
          eq(programmes.id, input.programmeId),
          eq(programmes.organisationId, viewer.organisationId),
          isNull(programmes.archivedAt),
        ),
      )
      .get();
    if (!programme) return refuse("invalid", "programmeId");
  }
  return null;
}

const archivedTrack = (tx: Reader, trackId: number) =>
  tx.select({ at: learningTracks.archivedAt }).from(learningTracks).where(eq(learningTracks.id, trackId)).get()?.at;

export function createCoachingConversation({ trackId }: { trackId: number }, input: ConversationInput) {
  return write(
    { permission: "coaching.manage", target: trackTarget(trackId), record: { type: "learning_track", id: trackId } },
    ({ tx, viewer, audit }): MutationResult<{ conversationId: number }> => {
      if (archivedTrack(tx, trackId)) return refuse("archivedTrack");
      const invalid = invalidLinks(tx, viewer, trackId, input);
      if (invalid) return invalid;
      const { id } = tx
        .insert(coachingConversations)
        .values({ organisationId: viewer.organisationId, trackId, createdById: viewer.userId, ...input })
        .returning({ id: coachingConversations.id })
        .get();
      audit({
        action: "coaching_conversation.created",
        entityType: "coaching_conversation",
        entityId: id,
        summary: input.heldOn,
        after: conversationForm(input),
      });
      return ok({ conversationId: id });
    },
  );
}

const CONVERSATION_SAVES = ["coaching_conversation.created", "coaching_conversation.updated"] as const;

export function updateCoachingConversation(
  { trackId, conversationId }: { trackId: number; conversationId: number },
  { version, ...input }: ConversationEditInput,
) {
  return write(
    {
      permission: "coaching.manage",
      target: trackTarget(trackId),
      record: { type: "coaching_conversation", id: conversationId },
    },
    (scope): Versioned<{ conversationId: number }> => {
      const { tx, viewer, audit } = scope;
      if (archivedTrack(tx, trackId)) return refuse("archivedTrack");
      const before = conversationRow(
        tx,
        and(
          eq(coachingConversations.organisationId, viewer.organisationId),
          eq(coachingConversations.trackId, trackId),
        ) as SQL,
        conversationId,
      );
      const saved = conversationForm(before);
      const mine = conversationForm(input);
      const conflict = versionConflict(
        scope,
        { entityType: "coaching_conversation", entityId: conversationId, actions: CONVERSATION_SAVES },
        { submitted: version, current: before.version, mine, saved },
      );
      if (conflict) return conflict;
      const invalid = invalidLinks(tx, viewer, trackId, input);
      if (invalid) return invalid;
      tx.update(coachingConversations)
        .set({ ...input, version: nextVersion(coachingConversations.version), updatedAt: new Date() })
        .where(eq(coachingConversations.id, conversationId))
        .run();
      audit({
        action: "coaching_conversation.updated",
        entityType: "coaching_conversation",
        entityId: conversationId,
        summary: input.heldOn,
        before: saved,
        after: mine,
      });
      return ok({ conversationId });
    },
  );
}

/** An action agreed in the conversation, for the coach or a participant of the track who is a user of the gemeente. */
export function addCoachingAction(
  { trackId, conversationId }: { trackId: number; conversationId: number },
  input: CoachingActionInput,
) {
  return write(
    {
      permission: "coaching.manage",
      target: trackTarget(trackId),
      record: { type: "coaching_conversation", id: conversationId },
    },
    ({ tx, viewer, audit }): MutationResult<{ actionId: number }> => {
      if (archivedTrack(tx, trackId)) return refuse("archivedTrack");
      const conversation = conversationRow(
        tx,
        and(
          eq(coachingConversations.organisationId, viewer.organisationId),
          eq(coachingConversations.trackId, trackId),
        ) as SQL,
        conversationId,
      );
      const owner = tx
        .select({ name: users.name })
        .from(users)
        .where(
          and(
            eq(users.id, input.ownerId),
            or(
              sql`${input.ownerId} = (select trainer_id from ${learningTracks} where id = ${trackId})`,
              sql`exists (select 1 from ${learningTrackParticipants} ltp where ltp.track_id = ${trackId} and ltp.user_id = ${input.ownerId})`,
            ),
          ),
        )
        .get();
      if (!owner) return refuse("coachingOwnerInvalid", "ownerId");
      const { id } = tx
        .insert(coachingActions)
        .values({
          organisationId: viewer.organisationId,
          conversationId,
          trackId,
          programmeId: conversation.programmeId,
          ...input,
        })
        .returning({ id: coachingActions.id })
        .get();
      audit({
        action: "coaching_action.created",
        entityType: "coaching_action",
        entityId: id,
        summary: input.description,
        after: { ...input, owner: owner.name },
      });
      return ok({ actionId: id });
    },
  );
}

/** Marks an agreed action done; it leaves "Mijn werk" and the programme's reflection agenda. */
export function completeCoachingAction({ actionId }: { actionId: number }) {
  return write(
    {
      permission: "coachingActions.complete",
      target: { relation: (db, viewer) => coachingActionRelation(viewer, actionId, db) },
      record: { type: "coaching_action", id: actionId },
    },
    ({ tx, viewer, audit }): MutationResult<{ actionId: number; trackId: number; conversationId: number }> => {
      const action = tx
        .select({
          description: coachingActions.description,
          doneAt: coachingActions.doneAt,
          trackId: coachingActions.trackId,
          conversationId: coachingActions.conversationId,
        })
        .from(coachingActions)
        .where(eq(coachingActions.id, actionId))
        .get();
      if (!action) return refuse("notFound");
      if (action.doneAt) return refuse("coachingActionDone");
      if (archivedTrack(tx, action.trackId)) return refuse("archivedTrack");
      tx.update(coachingActions)
        .set({ doneAt: new Date(), doneById: viewer.userId })
        .where(eq(coachingActions.id, actionId))
        .run();
      audit({
        action: "coaching_action.completed",
        entityType: "coaching_action",
        entityId: actionId,
        summary: action.description,
      });
      return ok({ actionId, trackId: action.trackId, conversationId: action.conversationId });
    },
  );
}
