// Columns that many tables share.
import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";
import { organisations } from "./core";

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
