// What concerns a person (notifications in the app and by e-mail), the e-mail queue, the pages a person follows, and
// the runs of scheduled jobs. Queue and schedule live here, not in a process's memory, so any number of server
// processes share them and a restart loses nothing.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { EMAIL_MODES, NOTIFICATION_KINDS, OUTBOX_STATUSES } from "../../lib/domain/constants";
import { now, organisationId } from "./columns";
import { users } from "./core";
import { pages } from "./learning";

export const notifications = sqliteTable(
  "notifications",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    /** The values the text is made of (names, dates), so it is written in the reader's language when shown. */
    params: text({ mode: "json" }).$type<Record<string, string | number | null>>().notNull(),
    /** Where the notification leads: the place where the work is done. A path inside the app. */
    href: text().notNull(),
    entityType: text(),
    entityId: integer(),
    /** Makes an event once per person: a due-date reminder computed twice on one day is one notification. */
    dedupeKey: text(),
    /** Who caused it (null for the scheduled job). */
    actorId: integer().references(() => users.id),
    readAt: integer({ mode: "timestamp_ms" }),
    /** Set when the daily summary included it, or when "immediately" queued its e-mail. */
    emailedAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [
    index("notifications_user").on(t.userId, t.organisationId, t.readAt, t.createdAt),
    uniqueIndex("notifications_dedupe").on(t.userId, t.dedupeKey),
  ],
);

/** A person's choice, across gemeenten: in the app only (default), or also by e-mail, immediately or once a day. */
export const notificationSettings = sqliteTable("notification_settings", {
  userId: integer()
    .primaryKey()
    .references(() => users.id),
  emailMode: text({ enum: EMAIL_MODES }).notNull().default("off"),
  version: integer().notNull().default(1),
  updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
});

/**
 * E-mails waiting to be sent. A worker in the server process claims a row (lockedUntil), sends it, marks it sent; a
 * failure is retried later with a growing pause. dedupeKey makes each message queued once.
 */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer(),
    userId: integer().references(() => users.id),
    toAddress: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    dedupeKey: text().notNull().unique(),
    status: text({ enum: OUTBOX_STATUSES }).notNull().default("wachtend"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    lockedUntil: integer({ mode: "timestamp_ms" }),
    lastError: text(),
    sentAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("email_outbox_due").on(t.status, t.nextAttemptAt)],
);

export const pageFollows = sqliteTable(
  "page_follows",
  {
    organisationId: organisationId(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    pageId: integer()
      .notNull()
      .references(() => pages.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.pageId] }), index("page_follows_page").on(t.pageId)],
);

/**
 * One row per run of a scheduled job ("due-dates" for 2026-12-02): the process that inserts it runs the job, any
 * other process (or a second run on the same day) finds the row and does nothing. A run that died is taken over
 * once its lease has passed.
 */
export const jobRuns = sqliteTable(
  "job_runs",
  {
    job: text().notNull(),
    runKey: text().notNull(),
    startedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
    leaseUntil: integer({ mode: "timestamp_ms" }).notNull(),
    finishedAt: integer({ mode: "timestamp_ms" }),
    result: text(),
  },
  (t) => [primaryKey({ columns: [t.job, t.runKey] })],
);
