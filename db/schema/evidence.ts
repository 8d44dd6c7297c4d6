// Evidence and learning: impact studies and their findings, learning questions, course corrections and the
// versions of the theory of change that corrections produce.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import {
  CORRECTION_STATUSES,
  DECISION_LEVELS,
  EVIDENCE_STRENGTHS,
  LEARNING_APPROACHES,
  LEARNING_QUESTION_STATUSES,
  STUDY_METHODS,
  STUDY_STATUSES,
  VERDICTS,
} from "../../lib/domain/constants";
import { archiving, now, organisationId, timestamps, version } from "./columns";
import { partnerOrganisations, users } from "./core";
import { assumptions, hypotheses, indicators, programmes } from "./programmes";

const programmeId = () =>
  integer()
    .notNull()
    .references(() => programmes.id);

export const studies = sqliteTable(
  "studies",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: programmeId(),
    /** The round of the cycle in which the study was started. */
    round: integer().notNull(),
    title: text().notNull(),
    researchQuestion: text().notNull(),
    method: text({ enum: STUDY_METHODS }).notNull(),
    startDate: text(),
    endDate: text(),
    status: text({ enum: STUDY_STATUSES }).notNull().default("gepland"),
    ownerId: integer().references(() => users.id),
    summary: text().notNull().default(""),
    evidenceStrength: text({ enum: EVIDENCE_STRENGTHS }),
    /** Set on the study that holds what one partner organisation brought in through its reports. */
    partnerOrganisationId: integer().references(() => partnerOrganisations.id),
    ...version(),
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("studies_programme").on(t.programmeId, t.status)],
);

export const studyReports = sqliteTable("study_reports", {
  id: integer().primaryKey({ autoIncrement: true }),
  organisationId: organisationId(),
  studyId: integer()
    .notNull()
    .references(() => studies.id),
  title: text().notNull(),
  url: text().notNull(),
});

export const findings = sqliteTable(
  "findings",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: programmeId(),
    studyId: integer()
      .notNull()
      .references(() => studies.id),
    round: integer().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    /** Duiding: what the finding means for the programme, written after discussing it. Empty until then. */
    interpretation: text().notNull().default(""),
    /** Brought in by this partner organisation, through an approved report. */
    partnerOrganisationId: integer().references(() => partnerOrganisations.id),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    /** A partner's finding whose report was reopened: out of the evidence trail, kept with the reason. */
    ...archiving(),
    ...timestamps(),
  },
  (t) => [index("findings_study").on(t.studyId), index("findings_programme").on(t.programmeId)],
);

/** What a finding says about a hypothesis or an assumption. */
export const findingLinks = sqliteTable(
  "finding_links",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    findingId: integer()
      .notNull()
      .references(() => findings.id),
    hypothesisId: integer().references(() => hypotheses.id),
    assumptionId: integer().references(() => assumptions.id),
    verdict: text({ enum: VERDICTS }).notNull(),
  },
  (t) => [
    index("finding_links_finding").on(t.findingId),
    index("finding_links_assumption").on(t.assumptionId),
    index("finding_links_hypothesis").on(t.hypothesisId),
  ],
);

export const learningQuestions = sqliteTable(
  "learning_questions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    /** Optional: a learning question may belong to the gemeente as a whole. */
    programmeId: integer().references(() => programmes.id),
    question: text().notNull(),
    whyItMatters: text().notNull().default(""),
    /** Order in the backlog: 1 is the most urgent. */
    priority: integer().notNull(),
    approach: text({ enum: LEARNING_APPROACHES }).notNull(),
    ownerId: integer().references(() => users.id),
    dueDate: text(),
    status: text({ enum: LEARNING_QUESTION_STATUSES }).notNull().default("open"),
    answer: text().notNull().default(""),
    interpretation: text().notNull().default(""),
    answeredByStudyId: integer().references(() => studies.id),
    /** The round of the programme's cycle in which the question was answered. */
    answeredInRound: integer(),
    followUpOfId: integer(),
    ...version(),
    ...timestamps(),
  },
  (t) => [index("learning_questions_org").on(t.organisationId, t.status, t.priority)],
);

export const courseCorrections = sqliteTable(
  "course_corrections",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: programmeId(),
    round: integer().notNull(),
    title: text().notNull(),
    whatChanges: text().notNull(),
    why: text().notNull(),
    decisionLevel: text({ enum: DECISION_LEVELS }).notNull(),
    status: text({ enum: CORRECTION_STATUSES }).notNull().default("voorgesteld"),
    rejectionReason: text().notNull().default(""),
    /** The change to the theory of change proposed with the correction, applied when it is decided. */
    tocChange: text({ mode: "json" }).$type<TocChange>(),
    tocVersionBeforeId: integer(),
    tocVersionAfterId: integer(),
    proposedById: integer()
      .notNull()
      .references(() => users.id),
    ...version(),
    ...timestamps(),
  },
  (t) => [index("course_corrections_programme").on(t.programmeId, t.status)],
);

export type TocChange = {
  add?: { level: string; title: string } | null;
  removeElementId?: number | null;
  rename?: { elementId: number; title: string } | null;
};

/** Why a correction is proposed: the evidence it rests on. */
export const correctionReasons = sqliteTable(
  "correction_reasons",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    correctionId: integer()
      .notNull()
      .references(() => courseCorrections.id),
    findingId: integer().references(() => findings.id),
    learningQuestionId: integer().references(() => learningQuestions.id),
    indicatorId: integer().references(() => indicators.id),
    /** A lesson learned (lessons table); no foreign key, to keep the schema files free of a cycle. */
    lessonId: integer(),
  },
  (t) => [index("correction_reasons_correction").on(t.correctionId)],
);

export const correctionTransitions = sqliteTable(
  "correction_transitions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    correctionId: integer()
      .notNull()
      .references(() => courseCorrections.id),
    fromStatus: text({ enum: CORRECTION_STATUSES }),
    toStatus: text({ enum: CORRECTION_STATUSES }).notNull(),
    note: text().notNull().default(""),
    changedById: integer()
      .notNull()
      .references(() => users.id),
    changedAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("correction_transitions_correction").on(t.correctionId, t.changedAt)],
);

/** A snapshot of a programme's theory of change, made when a decided correction changes it. */
export const tocVersions = sqliteTable(
  "toc_versions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: organisationId(),
    programmeId: programmeId(),
    version: integer().notNull(),
    snapshot: text({ mode: "json" })
      .$type<{
        elements: { id: number; level: string; title: string }[];
        links: { fromElementId: number; toElementId: number }[];
      }>()
      .notNull(),
    correctionId: integer(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("toc_versions_programme").on(t.programmeId, t.version)],
);
