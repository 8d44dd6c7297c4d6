// The one row GET /api/health writes to prove the database takes writes: a read-only file or a full disk still
// answers reads.
import { integer, sqliteTable } from "drizzle-orm/sqlite-core";

export const healthChecks = sqliteTable("health_checks", {
  id: integer().primaryKey(),
  checkedAt: integer({ mode: "timestamp_ms" }).notNull(),
});
