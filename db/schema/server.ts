// Bookkeeping the server processes share, so that a limit holds for the whole installation however many processes
// serve it: the places of expensive work such as a PDF being printed. Not a gemeente's records: not audited.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const WORK_SLOT_STATES = ["running", "waiting"] as const;

/**
 * One row per piece of work that holds a place ("running") or waits for one ("waiting"), in a pool such as "pdf".
 * The process that holds it renews its lease while it works; a row whose lease passed (its process died) is removed
 * by the next process that asks.
 */
export const workSlots = sqliteTable(
  "work_slots",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    pool: text().notNull(),
    holder: text().notNull().unique(),
    state: text({ enum: WORK_SLOT_STATES }).notNull(),
    leaseUntil: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("work_slots_pool_state").on(t.pool, t.state)],
);
