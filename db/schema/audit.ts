import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations, users } from "./core";

// Append-only: a migration adds triggers that refuse UPDATE and DELETE on this table. Each gemeente's events form a hash
// chain (db/audit-chain.ts), so a change made around the triggers shows when the chain is checked.
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
    /** Position in the chain of its gemeente (events without a gemeente form one chain of their own), from 1. */
    sequence: integer(),
    /** The hash of the previous event of the same chain; empty for the first. */
    prevHash: text(),
    /** SHA-256 (hex) over prevHash and the event's content, see db/audit-chain.ts. */
    hash: text(),
  },
  (t) => [
    index("audit_events_org_time").on(t.organisationId, t.createdAt),
    index("audit_events_org_entity").on(t.organisationId, t.entityType, t.entityId),
    index("audit_events_programme").on(t.programmeId, t.createdAt),
    index("audit_events_chain").on(t.organisationId, t.id),
  ],
);

/**
 * The last check of a gemeente's chain: shown on the activity page for a few minutes, and the head it saw, so that a
 * later check notices when events at the end were removed.
 */
export const auditChainChecks = sqliteTable("audit_chain_checks", {
  organisationId: integer()
    .primaryKey()
    .references(() => organisations.id),
  checkedAt: integer({ mode: "timestamp_ms" }).notNull(),
  events: integer().notNull(),
  headId: integer(),
  headHash: text(),
  /** Empty when the chain was intact; else the first event where it breaks and how. */
  brokenId: integer(),
  brokenKind: text(),
  brokenAt: integer({ mode: "timestamp_ms" }),
});
