// Keys for the read API (/api/v1) that BI tools such as Power BI use, and the request counts that limit them.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { now, organisationId } from "./columns";
import { users } from "./core";

export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    /** What the beheerder called it ("Power BI sociaal domein"). */
    name: text().notNull(),
    /** The first characters of the key, shown in lists so a key can be recognised; not enough to use it. */
    prefix: text().notNull(),
    /** SHA-256 of the whole key, hex. The key itself is shown once and never stored. */
    hash: text().notNull().unique(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    revokedAt: integer({ mode: "timestamp_ms" }),
    revokedById: integer().references(() => users.id),
    lastUsedAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("api_keys_org").on(t.organisationId)],
);

/** Requests per key per window (a minute), shared by every server process. Old windows are removed as they pass. */
export const apiRateWindows = sqliteTable(
  "api_rate_windows",
  {
    keyId: integer()
      .notNull()
      .references(() => apiKeys.id),
    windowStart: integer().notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.windowStart] })],
);
