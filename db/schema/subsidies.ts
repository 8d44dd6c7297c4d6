// Route 2, subsidiekaders: a gemeente's subsidy frameworks (a regeling or ronde) and the applications partner
// organisations make to them, each decided once (toegekend with an amount, afgewezen with a reason). Amounts are whole
// euros.
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { APPLICATION_STATUSES, FRAMEWORK_STATUSES } from "../../lib/domain/subsidies";
import { archiving, organisationId, timestamps, version } from "./columns";
import { partnerOrganisations, users } from "./core";
import { agreedEffects } from "./veranderplan";

export const subsidyFrameworks = sqliteTable(
  "subsidy_frameworks",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    name: text().notNull(),
    /** The whole budget of the round, in euros. */
    budget: integer().notNull(),
    /** Calendar days, inclusive: the period the grants cover. */
    startsOn: text().notNull(),
    endsOn: text().notNull(),
    /** What an application must meet, in plain text. */
    criteria: text().notNull().default(""),
    status: text({ enum: FRAMEWORK_STATUSES }).notNull().default("concept"),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("subsidy_frameworks_org").on(t.organisationId, t.archivedAt, t.startsOn)],
);

export const subsidyApplications = sqliteTable(
  "subsidy_applications",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    frameworkId: integer()
      .notNull()
      .references(() => subsidyFrameworks.id),
    partnerOrganisationId: integer()
      .notNull()
      .references(() => partnerOrganisations.id),
    requestedAmount: integer().notNull(),
    /** What the partner will do with the money, in its own words. */
    plan: text().notNull(),
    status: text({ enum: APPLICATION_STATUSES }).notNull().default("ingediend"),
    grantedAmount: integer(),
    /** Why it was rejected (or a note with a grant). */
    decisionReason: text().notNull().default(""),
    decidedAt: integer({ mode: "timestamp_ms" }),
    decidedById: integer().references(() => users.id),
    /** When the partner withdrew it before a decision, who did, and why (optional). */
    withdrawnAt: integer({ mode: "timestamp_ms" }),
    withdrawnById: integer().references(() => users.id),
    withdrawalReason: text().notNull().default(""),
    /** Who entered it: the partner itself, or someone of the gemeente on its behalf. */
    submittedById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    ...timestamps(),
  },
  (t) => [
    index("subsidy_applications_framework").on(t.frameworkId, t.status),
    index("subsidy_applications_partner").on(t.organisationId, t.partnerOrganisationId),
  ],
);

/** The gezamenlijk afgesproken effecten a framework funds. */
export const subsidyFrameworkEffects = sqliteTable(
  "subsidy_framework_effects",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    frameworkId: integer()
      .notNull()
      .references(() => subsidyFrameworks.id),
    agreedEffectId: integer()
      .notNull()
      .references(() => agreedEffects.id),
  },
  (t) => [uniqueIndex("subsidy_framework_effects_unique").on(t.frameworkId, t.agreedEffectId)],
);

/** How much an application contributes to one of the framework's agreed effects: its own target on the indicator. */
export const subsidyApplicationEffects = sqliteTable(
  "subsidy_application_effects",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    applicationId: integer()
      .notNull()
      .references(() => subsidyApplications.id),
    agreedEffectId: integer()
      .notNull()
      .references(() => agreedEffects.id),
    target: real().notNull(),
  },
  (t) => [uniqueIndex("subsidy_application_effects_unique").on(t.applicationId, t.agreedEffectId)],
);
