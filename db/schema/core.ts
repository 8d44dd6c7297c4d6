// Gemeenten, people and their roles: the tables every other area hangs from.
import { sql } from "drizzle-orm";
import { blob, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { LOCALES, ROLES } from "../../lib/domain/constants";

const createdAt = () =>
  integer({ mode: "timestamp_ms" }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const organisations = sqliteTable("organisations", {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  slug: text().notNull().unique(),
  // Signing in with a password is refused to members of this gemeente: they sign in through the installation's
  // OpenID Connect provider (lib/auth/sso-config.ts). Only the beheerder changes it, at /admin/security.
  requireSso: integer({ mode: "boolean" }).notNull().default(false),
  // The gemeente's own look and helpdesk, set by the beheerder at /admin/gemeente. The colour (#rrggbb) is checked
  // for WCAG AA contrast with white before it is saved (lib/domain/contrast.ts); null: Impactkoers's own colours.
  brandColour: text(),
  helpdeskName: text().notNull().default(""),
  helpdeskEmail: text().notNull().default(""),
  helpdeskPhone: text().notNull().default(""),
  helpdeskHours: text().notNull().default(""),
  /** Raised by every change of the gemeente's settings: a change made from an older form is refused. */
  version: integer().notNull().default(1),
  /** Everyone who signs in with a password uses an authenticator app too, not only the beheerders. */
  mfaRequired: integer({ mode: "boolean" }).notNull().default(false),
  /** The version of that setting: the Beveiliging page's other sections keep versions of their own. */
  mfaRequiredVersion: integer().notNull().default(1),
  createdAt: createdAt(),
});

/**
 * The gemeente's logo, as the PNG the server made of the beheerder's upload (lib/server/logo-image.ts): never the
 * uploaded file itself, so nothing in it (an SVG's script) reaches a browser. Apart from organisations, so that reading
 * a gemeente does not read its image.
 */
export const organisationLogos = sqliteTable("organisation_logos", {
  organisationId: integer()
    .primaryKey()
    .references(() => organisations.id),
  png: blob({ mode: "buffer" }).notNull(),
  width: integer().notNull(),
  height: integer().notNull(),
  updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
});

export const partnerOrganisations = sqliteTable(
  "partner_organisations",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    description: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("partner_organisations_org_name").on(t.organisationId, t.name)],
);

export const users = sqliteTable("users", {
  id: integer().primaryKey({ autoIncrement: true }),
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  locale: text({ enum: LOCALES }).notNull().default("nl"),
  // Bumped on deactivation, role change and password change: sessions carrying an older value end.
  sessionVersion: integer().notNull().default(1),
  lastSignInAt: integer({ mode: "timestamp_ms" }),
  // The gemeente the user worked in last: where the next sign-in lands.
  lastOrganisationId: integer().references(() => organisations.id),
  /** Set when the person's personal data was removed (AVG): the row stays so that their activity keeps its author. */
  anonymisedAt: integer({ mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

export const memberships = sqliteTable(
  "memberships",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    role: text({ enum: ROLES }).notNull(),
    partnerOrganisationId: integer().references(() => partnerOrganisations.id),
    active: integer({ mode: "boolean" }).notNull().default(true),
    // A beheerder invites; the membership counts only once the person accepted it on signing in.
    acceptedAt: integer({ mode: "timestamp_ms" }),
    // The name the beheerder typed with the invitation; shown for the membership until it is accepted.
    invitedName: text(),
    /** Raised by every change of role or status: a change made from an older form is refused. */
    version: integer().notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("memberships_user_org").on(t.userId, t.organisationId),
    index("memberships_org").on(t.organisationId),
  ],
);

// Failed sign-ins per e-mail address, to slow down guessing without locking anyone out for good.
export const signInThrottle = sqliteTable("sign_in_throttle", {
  email: text().primaryKey(),
  failures: integer().notNull(),
  windowStartedAt: integer().notNull(),
  blockedUntil: integer(),
});

export const SESSION_END_REASONS = ["afgemeld", "elders_afgemeld", "verlopen"] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * A signed-in browser. The session token carries only the random id whose hash is kept here, so that signing out,
 * "overal afmelden" and the inactivity timeout end the session on the server, whatever a copied token says.
 */
export const userSessions = sqliteTable(
  "user_sessions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    tokenHash: text().notNull().unique(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    /** The browser and system, as the user recognises them ("Firefox op Windows"); no address is kept. */
    device: text().notNull().default(""),
    /** The user's session version when it started: a new password or a reset by the beheerder ends it. */
    sessionVersion: integer().notNull(),
    createdAt: createdAt(),
    lastSeenAt: integer({ mode: "timestamp_ms" }).notNull(),
    endedAt: integer({ mode: "timestamp_ms" }),
    endReason: text({ enum: SESSION_END_REASONS }),
  },
  (t) => [index("user_sessions_user").on(t.userId, t.endedAt)],
);
