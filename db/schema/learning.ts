// Shared pages with their revisions and comments, reflection sessions with their action items, and lessons learned.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ACTION_ITEM_STATUSES } from "../../lib/domain/constants";
import { archiving, now, organisationId, version } from "./columns";
import { partnerOrganisations, users } from "./core";
import { findings } from "./evidence";
import { opgaven } from "./opgaven";
import { programmes } from "./programmes";

export const pages = sqliteTable(
  "pages",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    /** A page of one programme (shared with its partners) or of the whole gemeente. */
    programmeId: integer().references(() => programmes.id),
    /**
     * The maatschappelijke opgave a gemeente-wide page belongs to (route 2): where the gemeente and the partners of the
     * opgave reflect together. Empty for every other page.
     */
    opgaveId: integer().references(() => opgaven.id),
    title: text().notNull(),
    /** Markdown. The latest revision; every save also writes a page_revisions row. */
    body: text().notNull().default(""),
    /** The number of the latest revision: a save based on an older one is a conflict. */
    version: integer().notNull().default(1),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    updatedById: integer()
      .notNull()
      .references(() => users.id),
    ...archiving(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("pages_org").on(t.organisationId, t.programmeId), index("pages_opgave").on(t.opgaveId)],
);

export const pageRevisions = sqliteTable(
  "page_revisions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    pageId: integer()
      .notNull()
      .references(() => pages.id),
    version: integer().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** Set when this revision restored an older one. */
    restoredFromVersion: integer(),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [uniqueIndex("page_revisions_version").on(t.pageId, t.version)],
);

export const pageComments = sqliteTable(
  "page_comments",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    pageId: integer()
      .notNull()
      .references(() => pages.id),
    body: text().notNull(),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("page_comments_page").on(t.pageId, t.createdAt)],
);

export const reflectionSessions = sqliteTable(
  "reflection_sessions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    title: text().notNull(),
    heldOn: text().notNull(),
    /** Guests who are not users, as typed ("Wijkagent Bart, twee vrijwilligers"). */
    guests: text().notNull().default(""),
    /** What the programme put on the table when the session was prepared: kept as it was then. */
    agenda: text({ mode: "json" }).$type<Record<string, unknown>>().notNull(),
    planned: text().notNull().default(""),
    happened: text().notNull().default(""),
    learned: text().notNull().default(""),
    change: text().notNull().default(""),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    /** The version of the session's details (title, date, participants, guests); the prompts keep their own check. */
    ...version(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("reflection_sessions_programme").on(t.programmeId, t.heldOn)],
);

export const sessionParticipants = sqliteTable(
  "session_participants",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    sessionId: integer()
      .notNull()
      .references(() => reflectionSessions.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex("session_participants_unique").on(t.sessionId, t.userId)],
);

export const actionItems = sqliteTable(
  "action_items",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    sessionId: integer()
      .notNull()
      .references(() => reflectionSessions.id),
    description: text().notNull(),
    ownerId: integer().references(() => users.id),
    dueDate: text(),
    status: text({ enum: ACTION_ITEM_STATUSES }).notNull().default("open"),
    /** The action item of an earlier session this one carries over. */
    carriedOverFromId: integer(),
    completedAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("action_items_programme").on(t.programmeId, t.status)],
);

export const lessons = sqliteTable(
  "lessons",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer().references(() => programmes.id),
    sessionId: integer().references(() => reflectionSessions.id),
    findingId: integer().references(() => findings.id),
    title: text().notNull(),
    /** What we learned. */
    body: text().notNull(),
    context: text().notNull().default(""),
    /** Brought in by this partner organisation, through an approved report. */
    partnerOrganisationId: integer().references(() => partnerOrganisations.id),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...archiving(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("lessons_org").on(t.organisationId, t.programmeId)],
);

export const lessonTags = sqliteTable(
  "lesson_tags",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    lessonId: integer()
      .notNull()
      .references(() => lessons.id),
    tag: text().notNull(),
  },
  (t) => [
    uniqueIndex("lesson_tags_unique").on(t.lessonId, t.tag),
    index("lesson_tags_org_tag").on(t.organisationId, t.tag),
  ],
);
