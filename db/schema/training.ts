// Routes 3 and 5: learning tracks with their goals, participants, modules and sessions (with attendance), and the
// impact-maturity scans of a team or a partner organisation.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { SCAN_MOMENTS, TARGET_GROUPS, TRACK_KINDS } from "../../lib/domain/training";
import { archiving, now, organisationId, version } from "./columns";
import { partnerOrganisations, users } from "./core";

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
