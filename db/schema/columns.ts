// Columns that many tables share.
import { sql } from "drizzle-orm";
import { integer, text } from "drizzle-orm/sqlite-core";
import { organisations, users } from "./core";

/** The current time in milliseconds, as a column default. */
export const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const timestamps = () => ({
  createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  updatedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
});

/** The gemeente a row belongs to: never empty, never taken from request input. */
export const organisationId = () =>
  integer()
    .notNull()
    .references(() => organisations.id);

/**
 * The number of the record's latest saved state. An edit form sends the version it was opened on; a save made from
 * an older one is refused and shows both versions, so nobody overwrites a colleague's change unseen.
 */
export const version = () => ({ version: integer().notNull().default(1) });

/**
 * Archived instead of deleted: the record leaves lists, dashboards and reports, stays findable under "Gearchiveerd"
 * and in the JSON export, and can be restored. Who archived it and why stay on the record (and in the audit trail).
 */
export const archiving = () => ({
  archivedAt: integer({ mode: "timestamp_ms" }),
  archivedById: integer().references(() => users.id),
  archiveReason: text(),
});
