// Signing in with a second step: an authenticator app (TOTP) and recovery codes, and the short-lived challenge between
// a right password and the code.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./core";

const createdAt = () =>
  integer({ mode: "timestamp_ms" }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

/**
 * The authenticator app of an account. The secret must be readable to check a code, so it is kept as the app got it
 * (base32). Until the person confirmed it with a code from the app, `confirmedAt` is null and signing in ignores it.
 */
export const userTotp = sqliteTable("user_totp", {
  userId: integer()
    .primaryKey()
    .references(() => users.id),
  secret: text().notNull(),
  confirmedAt: integer({ mode: "timestamp_ms" }),
  /** The time step (30 seconds each since 1970) of the last code accepted: a code is never accepted twice. */
  lastUsedStep: integer(),
  createdAt: createdAt(),
});

/** Codes for when the app is not at hand: only their hash is kept, and each is used once. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id),
    codeHash: text().notNull(),
    usedAt: integer({ mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user").on(t.userId)],
);

/**
 * A right password of an account with a second step, waiting for its code. The browser holds a random token in a
 * cookie; only its hash is kept here. Used once, and only until `expiresAt`.
 */
export const signInChallenges = sqliteTable(
  "sign_in_challenges",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    tokenHash: text().notNull().unique(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sign_in_challenges_user").on(t.userId)],
);
