// Programmes and everything that defines them in the impact-management cycle: team, partners, phase history,
// theory of change, hypotheses, assumptions, indicators and measurements.
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  ASSUMPTION_STATUSES,
  CONTRIBUTIONS,
  CRITICALITIES,
  CYCLE_PHASES,
  HYPOTHESIS_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  MEASUREMENT_FREQUENCIES,
  PROGRAMME_KINDS,
  PROGRAMME_STATUSES,
  TOC_LEVELS,
} from "../../lib/domain/constants";
import { archiving, now, organisationId, timestamps, version } from "./columns";
import { partnerOrganisations, users } from "./core";
import { opgaven } from "./opgaven";

export const programmes = sqliteTable(
  "programmes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    name: text().notNull(),
    kind: text({ enum: PROGRAMME_KINDS }).notNull(),
    societalChallenge: text().notNull(),
    /** The route (lib/domain/scenarios.ts) this programme serves, if any. */
    route: text(),
    description: text().notNull().default(""),
    ownerId: integer()
      .notNull()
      .references(() => users.id),
    /** Calendar days, "2026-11-27". */
    startDate: text(),
    endDate: text(),
    /** Whole euro cents; empty when no budget is recorded. */
    budgetCents: integer(),
    status: text({ enum: PROGRAMME_STATUSES }).notNull().default("concept"),
    round: integer().notNull().default(1),
    phase: text({ enum: CYCLE_PHASES }).notNull().default("definieren"),
    /** The maatschappelijke opgave (route 2) this programme serves, if any. */
    opgaveId: integer().references(() => opgaven.id),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("programmes_org").on(t.organisationId, t.status)],
);

export const programmeMembers = sqliteTable(
  "programme_members",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex("programme_members_unique").on(t.programmeId, t.userId),
    index("programme_members_user").on(t.userId),
  ],
);

export const programmePartners = sqliteTable(
  "programme_partners",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    partnerOrganisationId: integer()
      .notNull()
      .references(() => partnerOrganisations.id),
  },
  (t) => [
    uniqueIndex("programme_partners_unique").on(t.programmeId, t.partnerOrganisationId),
    index("programme_partners_partner").on(t.partnerOrganisationId),
  ],
);

/** Every move from one phase of the cycle to the next, with what was still open at that moment. */
export const phaseChanges = sqliteTable(
  "phase_changes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    fromRound: integer().notNull(),
    fromPhase: text({ enum: CYCLE_PHASES }).notNull(),
    toRound: integer().notNull(),
    toPhase: text({ enum: CYCLE_PHASES }).notNull(),
    /** Checklist items that were not met when the team moved on anyway. */
    openItems: text({ mode: "json" }).$type<string[]>().notNull(),
    /** Closing bijsturen without a correction: why none was needed. */
    noCorrectionReason: text(),
    note: text().notNull().default(""),
    changedById: integer()
      .notNull()
      .references(() => users.id),
    changedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("phase_changes_programme").on(t.programmeId, t.changedAt)],
);

export const tocElements = sqliteTable(
  "toc_elements",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    level: text({ enum: TOC_LEVELS }).notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    position: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [index("toc_elements_programme").on(t.programmeId, t.level, t.position)],
);

/** "This element leads to that one": from a lower level of the theory of change to a higher one. */
export const tocLinks = sqliteTable(
  "toc_links",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    fromElementId: integer()
      .notNull()
      .references(() => tocElements.id),
    toElementId: integer()
      .notNull()
      .references(() => tocElements.id),
  },
  (t) => [
    uniqueIndex("toc_links_unique").on(t.fromElementId, t.toElementId),
    index("toc_links_programme").on(t.programmeId),
  ],
);

/** "Voor [targetGroup]: als wij [activity], dan [change], omdat [mechanism]." */
export const hypotheses = sqliteTable(
  "hypotheses",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    activity: text().notNull(),
    change: text().notNull(),
    targetGroup: text().notNull(),
    mechanism: text().notNull(),
    notes: text().notNull().default(""),
    status: text({ enum: HYPOTHESIS_STATUSES }).notNull().default("open"),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("hypotheses_programme").on(t.programmeId)],
);

export const hypothesisElements = sqliteTable(
  "hypothesis_elements",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    hypothesisId: integer()
      .notNull()
      .references(() => hypotheses.id),
    tocElementId: integer()
      .notNull()
      .references(() => tocElements.id),
  },
  (t) => [uniqueIndex("hypothesis_elements_unique").on(t.hypothesisId, t.tocElementId)],
);

export const assumptions = sqliteTable(
  "assumptions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    statement: text().notNull(),
    /** What the assumption sits under: a hypothesis, or a link of the theory of change. */
    hypothesisId: integer().references(() => hypotheses.id),
    tocLinkId: integer().references(() => tocLinks.id),
    criticality: text({ enum: CRITICALITIES }).notNull(),
    status: text({ enum: ASSUMPTION_STATUSES }).notNull().default("ongetoetst"),
    testPlan: text().notNull().default(""),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("assumptions_programme").on(t.programmeId, t.criticality, t.status)],
);

export const assumptionStatusChanges = sqliteTable(
  "assumption_status_changes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    assumptionId: integer()
      .notNull()
      .references(() => assumptions.id),
    fromStatus: text({ enum: ASSUMPTION_STATUSES }),
    toStatus: text({ enum: ASSUMPTION_STATUSES }).notNull(),
    reason: text().notNull(),
    /** The finding that gave reason for the change, when there was one. */
    findingId: integer(),
    changedById: integer()
      .notNull()
      .references(() => users.id),
    changedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("assumption_status_changes_assumption").on(t.assumptionId, t.changedAt)],
);

export const indicators = sqliteTable(
  "indicators",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: integer()
      .notNull()
      .references(() => programmes.id),
    name: text().notNull(),
    /** The effect (theory-of-change element) or hypothesis this indicator shows. */
    tocElementId: integer().references(() => tocElements.id),
    hypothesisId: integer().references(() => hypotheses.id),
    unit: text().notNull(),
    kind: text({ enum: INDICATOR_KINDS }).notNull().default("aantal"),
    /** Optional own bounds, within those of the kind. */
    minValue: real(),
    maxValue: real(),
    direction: text({ enum: INDICATOR_DIRECTIONS }).notNull(),
    baselineValue: real(),
    baselineDate: text(),
    targetValue: real(),
    targetDate: text(),
    source: text().notNull().default(""),
    frequency: text({ enum: MEASUREMENT_FREQUENCIES }).notNull(),
    contribution: text({ enum: CONTRIBUTIONS }).notNull(),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("indicators_programme").on(t.programmeId)],
);

export const measurements = sqliteTable(
  "measurements",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    measuredOn: text().notNull(),
    value: real().notNull(),
    note: text().notNull().default(""),
    enteredById: integer()
      .notNull()
      .references(() => users.id),
    /** Reported by this partner organisation and approved by the gemeente (its report is in submission_values). */
    partnerOrganisationId: integer().references(() => partnerOrganisations.id),
    ...version(),
    /** Withdrawn with a reason: it no longer counts anywhere, and stays visible in the indicator's history. */
    withdrawnAt: integer({ mode: "timestamp_ms" }),
    withdrawnById: integer().references(() => users.id),
    withdrawReason: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [
    index("measurements_indicator").on(t.indicatorId, t.measuredOn),
    // One live measurement per indicator and day; a withdrawn one leaves its day free for the right value.
    uniqueIndex("measurements_live_day").on(t.indicatorId, t.measuredOn).where(sql`${t.withdrawnAt} is null`),
  ],
);
