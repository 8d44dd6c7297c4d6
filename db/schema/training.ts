// Routes 3 and 5: learning tracks with their goals, participants, modules and sessions (with attendance), and the
// impact-maturity scans of a team or a partner organisation.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { GOAL_JUDGEMENTS, SCAN_MOMENTS, TARGET_GROUPS, TRACK_KINDS } from "../../lib/domain/training";
import { archiving, now, organisationId, version } from "./columns";
import { partnerOrganisations, users } from "./core";
import { programmes } from "./programmes";

export const learningTracks = sqliteTable(
  "learning_tracks",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    title: text().notNull(),
    kind: text({ enum: TRACK_KINDS }).notNull(),
    targetGroup: text({ enum: TARGET_GROUPS }).notNull(),
    /** The teams named when the track is for certain teams ("Team Wijkzaken, Team Jeugd"). */
    targetTeams: text().notNull().default(""),
    description: text().notNull().default(""),
    startDate: text(),
    endDate: text(),
    /** The trainer or coach: with the beheerder the only one who changes the track. */
    trainerId: integer()
      .notNull()
      .references(() => users.id),
    /** The modules of the library the track uses, in library order. */
    modules: text({ mode: "json" }).$type<string[]>().notNull().default([]),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    ...archiving(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("learning_tracks_org").on(t.organisationId, t.archivedAt, t.startDate)],
);

export const learningTrackGoals = sqliteTable(
  "learning_track_goals",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    trackId: integer()
      .notNull()
      .references(() => learningTracks.id),
    position: integer().notNull(),
    text: text().notNull(),
    /** The trainer's judgement at the end of the track; empty while not judged. */
    judgement: text({ enum: GOAL_JUDGEMENTS }),
  },
  (t) => [index("learning_track_goals_track").on(t.trackId, t.position)],
);

/** A user of the gemeente (staff or partner), or a guest known only by name. */
export const learningTrackParticipants = sqliteTable(
  "learning_track_participants",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    trackId: integer()
      .notNull()
      .references(() => learningTracks.id),
    userId: integer().references(() => users.id),
    guestName: text(),
    /** The partner organisation the participant works for; a partner user's own, kept as it was when added. */
    partnerOrganisationId: integer().references(() => partnerOrganisations.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [
    index("learning_track_participants_track").on(t.trackId),
    uniqueIndex("learning_track_participants_user").on(t.trackId, t.userId),
  ],
);

export const trainingSessions = sqliteTable(
  "training_sessions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    trackId: integer()
      .notNull()
      .references(() => learningTracks.id),
    title: text().notNull(),
    heldOn: text().notNull(),
    /** Where: an address or room; empty when only online. */
    place: text().notNull().default(""),
    online: integer({ mode: "boolean" }).notNull().default(false),
    /** The module treated, if any. */
    moduleKey: text(),
    notes: text().notNull().default(""),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("training_sessions_track").on(t.trackId, t.heldOn)],
);

export const sessionAttendance = sqliteTable(
  "session_attendance",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    sessionId: integer()
      .notNull()
      .references(() => trainingSessions.id),
    participantId: integer()
      .notNull()
      .references(() => learningTrackParticipants.id),
    present: integer({ mode: "boolean" }).notNull(),
  },
  (t) => [uniqueIndex("session_attendance_unique").on(t.sessionId, t.participantId)],
);

/** One self-assessment of a team (by name) or of a partner organisation, at the start or end of a track or any time. */
export const maturityScans = sqliteTable(
  "maturity_scans",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    trackId: integer().references(() => learningTracks.id),
    moment: text({ enum: SCAN_MOMENTS }).notNull(),
    /** The team the scan is about; empty for a partner organisation's scan. */
    teamName: text().notNull().default(""),
    partnerOrganisationId: integer().references(() => partnerOrganisations.id),
    takenOn: text().notNull(),
    /** A level of 1 to 5 per statement key (lib/domain/maturity.ts). */
    answers: text({ mode: "json" }).$type<Record<string, number>>().notNull(),
    note: text().notNull().default(""),
    takenById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("maturity_scans_org").on(t.organisationId, t.takenOn), index("maturity_scans_track").on(t.trackId)],
);

/** A coaching conversation with one participant or with a team, about the programme they are working on. */
export const coachingConversations = sqliteTable(
  "coaching_conversations",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    trackId: integer()
      .notNull()
      .references(() => learningTracks.id),
    /** The participant coached; empty when the conversation is with a team. */
    participantId: integer().references(() => learningTrackParticipants.id),
    teamName: text().notNull().default(""),
    programmeId: integer().references(() => programmes.id),
    heldOn: text().notNull(),
    summary: text().notNull().default(""),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("coaching_conversations_track").on(t.trackId, t.heldOn)],
);

/** An action agreed in a coaching conversation: it shows in the owner's "Mijn werk" and on the programme's agenda. */
export const coachingActions = sqliteTable(
  "coaching_actions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    conversationId: integer()
      .notNull()
      .references(() => coachingConversations.id),
    trackId: integer()
      .notNull()
      .references(() => learningTracks.id),
    /** The conversation's programme when the action was agreed. */
    programmeId: integer().references(() => programmes.id),
    description: text().notNull(),
    ownerId: integer()
      .notNull()
      .references(() => users.id),
    dueDate: text(),
    doneAt: integer({ mode: "timestamp_ms" }),
    doneById: integer().references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [
    index("coaching_actions_owner").on(t.ownerId, t.doneAt),
    index("coaching_actions_programme").on(t.programmeId, t.doneAt),
  ],
);

/**
 * A participant's answers to the reflection prompts after one session (sessionId) or at the end of the track (no
 * session). A trainer may promote an answer to a lesson in the library (lessonId).
 */
export const reflectionAnswers = sqliteTable(
  "reflection_answers",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    trackId: integer()
      .notNull()
      .references(() => learningTracks.id),
    sessionId: integer().references(() => trainingSessions.id),
    participantId: integer()
      .notNull()
      .references(() => learningTrackParticipants.id),
    applied: text().notNull().default(""),
    hard: text().notNull().default(""),
    needs: text().notNull().default(""),
    lessonId: integer(),
    ...version(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("reflection_answers_track").on(t.trackId, t.sessionId, t.participantId)],
);
