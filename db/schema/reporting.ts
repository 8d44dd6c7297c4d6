// Partners as contributors: which partner reports which indicator, the periods they report on, and their reports
// (values, a narrative, findings and lessons) with the review that decides whether they count.
import { sql } from "drizzle-orm";
import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { VERDICTS } from "../../lib/domain/constants";
import { INSIGHT_KINDS, SUBMISSION_STATUSES } from "../../lib/domain/submissions";
import { now, organisationId, timestamps, version } from "./columns";
import { partnerOrganisations, users } from "./core";
import { findings } from "./evidence";
import { lessons } from "./learning";
import { assumptions, indicators, measurements, programmes } from "./programmes";

const programmeId = () =>
  integer()
    .notNull()
    .references(() => programmes.id);
const partnerId = () =>
  integer()
    .notNull()
    .references(() => partnerOrganisations.id);

/** An indicator a partner organisation reports on. Ended, not deleted: its reports stay traceable. */
export const reportingAssignments = sqliteTable(
  "reporting_assignments",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: programmeId(),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    partnerOrganisationId: partnerId(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    endedAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [
    uniqueIndex("reporting_assignments_live")
      .on(t.indicatorId, t.partnerOrganisationId)
      .where(sql`${t.endedAt} is null`),
    index("reporting_assignments_partner").on(t.partnerOrganisationId, t.programmeId),
  ],
);

export const reportingPeriods = sqliteTable(
  "reporting_periods",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: programmeId(),
    partnerOrganisationId: partnerId(),
    startsOn: text().notNull(),
    endsOn: text().notNull(),
    dueOn: text().notNull(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [
    uniqueIndex("reporting_periods_span").on(t.programmeId, t.partnerOrganisationId, t.startsOn, t.endsOn),
    index("reporting_periods_due").on(t.organisationId, t.dueOn),
  ],
);

/** A partner's report for one period: one per period, written as a concept until it is handed in. */
export const submissions = sqliteTable(
  "submissions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: programmeId(),
    partnerOrganisationId: partnerId(),
    periodId: integer()
      .notNull()
      .unique()
      .references(() => reportingPeriods.id),
    status: text({ enum: SUBMISSION_STATUSES }).notNull().default("concept"),
    wentWell: text().notNull().default(""),
    wentLess: text().notNull().default(""),
    learned: text().notNull().default(""),
    /** The reviewer's comment on the report as a whole, when sent back. */
    reviewComment: text().notNull().default(""),
    submittedAt: integer({ mode: "timestamp_ms" }),
    submittedById: integer().references(() => users.id),
    reviewedAt: integer({ mode: "timestamp_ms" }),
    reviewedById: integer().references(() => users.id),
    ...version(),
    ...timestamps(),
  },
  (t) => [index("submissions_programme").on(t.programmeId, t.status)],
);

/** Every change of a report's status, with who, when and why. */
export const submissionTransitions = sqliteTable(
  "submission_transitions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    submissionId: integer()
      .notNull()
      .references(() => submissions.id),
    fromStatus: text({ enum: SUBMISSION_STATUSES }).notNull(),
    toStatus: text({ enum: SUBMISSION_STATUSES }).notNull(),
    reason: text().notNull().default(""),
    changedById: integer()
      .notNull()
      .references(() => users.id),
    changedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("submission_transitions_submission").on(t.submissionId, t.changedAt)],
);

/**
 * A value a partner reports for an indicator. On approval it becomes a measurement (measurementId) and counts from
 * then on; reopening the report withdraws that measurement with the reason.
 */
export const submissionValues = sqliteTable(
  "submission_values",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    submissionId: integer()
      .notNull()
      .references(() => submissions.id),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    measuredOn: text().notNull(),
    value: real().notNull(),
    note: text().notNull().default(""),
    reviewComment: text().notNull().default(""),
    measurementId: integer().references(() => measurements.id),
  },
  (t) => [uniqueIndex("submission_values_indicator").on(t.submissionId, t.indicatorId)],
);

/**
 * A finding about the programme's assumptions or a lesson, brought in by a partner. On approval it becomes a finding
 * (of the study that holds the partner's reports) or a lesson of the gemeente, with its source.
 */
export const submissionInsights = sqliteTable(
  "submission_insights",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    submissionId: integer()
      .notNull()
      .references(() => submissions.id),
    kind: text({ enum: INSIGHT_KINDS }).notNull(),
    title: text().notNull(),
    body: text().notNull().default(""),
    /** For a finding: the assumption it is about and what it says about it. */
    assumptionId: integer().references(() => assumptions.id),
    verdict: text({ enum: VERDICTS }),
    evidence: text().notNull().default(""),
    reviewComment: text().notNull().default(""),
    findingId: integer().references(() => findings.id),
    lessonId: integer().references(() => lessons.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("submission_insights_submission").on(t.submissionId)],
);

/** A document attached to a report (a PDF, a spreadsheet): kept in the database, at most a few megabytes. */
export const submissionDocuments = sqliteTable("submission_documents", {
  id: integer().primaryKey({ autoIncrement: true }),
  organisationId: organisationId(),
  submissionId: integer()
    .notNull()
    .references(() => submissions.id),
  fileName: text().notNull(),
  contentType: text().notNull(),
  size: integer().notNull(),
  content: blob({ mode: "buffer" }).notNull(),
  uploadedById: integer()
    .notNull()
    .references(() => users.id),
  createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
});
