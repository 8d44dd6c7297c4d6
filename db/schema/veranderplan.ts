// Route 2, step 3: the veranderplan of a chosen opgave (the change in plain words, strategies, milestones per year,
// the partners involved) and the effects agreed with those partners, each measured by an indicator of a programme.
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { archiving, organisationId, timestamps, version } from "./columns";
import { partnerOrganisations, users } from "./core";
import { opgaven } from "./opgaven";
import { indicators } from "./programmes";

/** One veranderplan per opgave. */
export const changePlans = sqliteTable(
  "change_plans",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    opgaveId: integer()
      .notNull()
      .references(() => opgaven.id),
    /** "Wat gaat er over drie jaar anders zijn, voor wie", in plain words. */
    change: text().notNull().default(""),
    /** The change strategies, as typed (one per line reads best). */
    strategies: text().notNull().default(""),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("change_plans_opgave").on(t.opgaveId), index("change_plans_org").on(t.organisationId)],
);

/** The partner organisations that take part in the plan. */
export const changePlanPartners = sqliteTable(
  "change_plan_partners",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    changePlanId: integer()
      .notNull()
      .references(() => changePlans.id),
    partnerOrganisationId: integer()
      .notNull()
      .references(() => partnerOrganisations.id),
  },
  (t) => [uniqueIndex("change_plan_partners_unique").on(t.changePlanId, t.partnerOrganisationId)],
);

/** What is done by the end of a year, and who of the gemeente sees to it. */
export const changePlanMilestones = sqliteTable(
  "change_plan_milestones",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    changePlanId: integer()
      .notNull()
      .references(() => changePlans.id),
    year: integer().notNull(),
    description: text().notNull(),
    ownerId: integer()
      .notNull()
      .references(() => users.id),
    /** When it was marked done; empty while still to do. */
    doneAt: integer({ mode: "timestamp_ms" }),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("change_plan_milestones_plan").on(t.changePlanId, t.year)],
);

/**
 * A gezamenlijk afgesproken effect: what the gemeente and its partners agreed to achieve for an opgave, measured by an
 * indicator of one of the gemeente's programmes, from a baseline to a target by a date. Corrected with a reason or
 * archived, never deleted: subsidy applications and partner reports point at it.
 */
export const agreedEffects = sqliteTable(
  "agreed_effects",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    opgaveId: integer()
      .notNull()
      .references(() => opgaven.id),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    /** The effect in plain words: "Minder ouderen in Noord voelen zich eenzaam". */
    description: text().notNull(),
    baselineValue: real().notNull(),
    /** Calendar day, "2026-01-01". */
    baselineDate: text().notNull(),
    targetValue: real().notNull(),
    /** Calendar day by which the target is to be reached. */
    targetDate: text().notNull(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [
    index("agreed_effects_opgave").on(t.opgaveId, t.archivedAt),
    index("agreed_effects_org").on(t.organisationId, t.archivedAt),
    index("agreed_effects_indicator").on(t.indicatorId),
  ],
);
