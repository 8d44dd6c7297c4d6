import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations, users } from "./core";

// Append-only: a migration adds triggers that refuse UPDATE and DELETE on this table.
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    // Empty only for events that belong to no gemeente, such as a sign-in attempt for an unknown e-mail address.
    organisationId: integer().references(() => organisations.id),
    actorId: integer().references(() => users.id),
    /** The programme the event belongs to, so a programme can show its own recent activity. */
    programmeId: integer(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    summary: text().notNull(),
    // JSON with { before, after } where a change has them.
    changes: text({ mode: "json" }).$type<{ before?: unknown; after?: unknown }>(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
  },
  (t) => [
    index("audit_events_org_time").on(t.organisationId, t.createdAt),
    index("audit_events_org_entity").on(t.organisationId, t.entityType, t.entityId),
    index("audit_events_programme").on(t.programmeId, t.createdAt),
  ],
);
