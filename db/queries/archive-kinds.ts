// The records that are archived instead of deleted, as the data layer knows them: their table, where they live (a
// programme, the gemeente, either), the permission that changes them, what refers to them and what is part of them.
// The write path (db/write.ts) asks `archivedRecord` before every change, so nothing is added to an archived record.
import { and, count, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import type { AnySQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { ArchivableKind } from "@/lib/domain/archive";
import type { Permission } from "@/lib/domain/permissions";
import type { Reader } from "../access";
import {
  actionItems,
  assumptionStatusChanges,
  assumptions,
  correctionReasons,
  courseCorrections,
  findingLinks,
  findings,
  hypotheses,
  hypothesisElements,
  indicators,
  learningQuestions,
  lessons,
  lessonTags,
  measurements,
  pageComments,
  pageRevisions,
  pages,
  phaseChanges,
  programmeMembers,
  programmePartners,
  programmes,
  reflectionSessions,
  roadmapSteps,
  studies,
  studyReports,
  tocElements,
  tocLinks,
  tocVersions,
} from "../schema";

type ArchivableTable =
  | typeof programmes
  | typeof indicators
  | typeof hypotheses
  | typeof assumptions
  | typeof studies
  | typeof pages
  | typeof lessons
  | typeof roadmapSteps;

/** A column that points at the record: a row there means the record is in use. */
type Reference = [table: SQLiteTable & { organisationId: AnySQLiteColumn }, column: AnySQLiteColumn];
type Part = [table: SQLiteTable, column: AnySQLiteColumn];

export type KindInfo = {
  table: ArchivableTable;
  /** The entity type of its audit events and of the `record` of a write about it. */
  entityType: string;
  /** Its audit actions: `${action}.archived`, `.restored`, `.deleted` (roadmap steps: roadmap.step_archived, …). */
  action: (verb: "archived" | "restored" | "deleted") => string;
  /**
   * Where it lives: `self` is the programme itself, `programme` a record of one programme, `either` a page or lesson
   * of a programme or of the whole gemeente, `gemeente` a record of the gemeente (a roadmap step).
   */
  place: "self" | "programme" | "either" | "gemeente";
  /** What changing it takes today, and so what archiving, restoring and deleting it take. */
  permission: Permission;
  /** For `either`: what reading it takes (someone who may not read it finds nothing). */
  readPermission?: Permission;
  programmeColumn: AnySQLiteColumn | null;
  /** How lists and the audit trail name it. */
  label: SQL<string>;
  /** Who made it, where the table says; otherwise the audit trail's "created" event does. */
  creatorColumn: AnySQLiteColumn | null;
  createdAt: AnySQLiteColumn;
  references: Reference[];
  /** Rows that belong to it and go with it when it is deleted (its team, tags, first revision). */
  parts: Part[];
};

const verbs =
  (prefix: string) =>
  (verb: "archived" | "restored" | "deleted"): string =>
    `${prefix}.${verb}`;

export const KINDS: Record<ArchivableKind, KindInfo> = {
  programme: {
    table: programmes,
    entityType: "programme",
    action: verbs("programme"),
    place: "self",
    // The strongest right on a programme: setting it up (beheerder, and its own programme manager).
    permission: "programme.edit",
    programmeColumn: programmes.id,
    label: sql<string>`${programmes.name}`,
    creatorColumn: null,
    createdAt: programmes.createdAt,
    references: [
      [tocElements, tocElements.programmeId],
      [tocLinks, tocLinks.programmeId],
      [hypotheses, hypotheses.programmeId],
      [assumptions, assumptions.programmeId],
      [indicators, indicators.programmeId],
      [studies, studies.programmeId],
      [findings, findings.programmeId],
      [learningQuestions, learningQuestions.programmeId],
      [courseCorrections, courseCorrections.programmeId],
      [tocVersions, tocVersions.programmeId],
      [pages, pages.programmeId],
      [lessons, lessons.programmeId],
      [reflectionSessions, reflectionSessions.programmeId],
      [actionItems, actionItems.programmeId],
      [phaseChanges, phaseChanges.programmeId],
    ],
    parts: [
      [programmeMembers, programmeMembers.programmeId],
      [programmePartners, programmePartners.programmeId],
    ],
  },
  indicator: {
    table: indicators,
    entityType: "indicator",
    action: verbs("indicator"),
    place: "programme",
    permission: "programme.edit",
    programmeColumn: indicators.programmeId,
    label: sql<string>`${indicators.name}`,
    creatorColumn: null,
    createdAt: indicators.createdAt,
    references: [
      [measurements, measurements.indicatorId],
      [correctionReasons, correctionReasons.indicatorId],
    ],
    parts: [],
  },
  hypothesis: {
    table: hypotheses,
    entityType: "hypothesis",
    action: verbs("hypothesis"),
    place: "programme",
    permission: "programme.edit",
    programmeColumn: hypotheses.programmeId,
    label: sql<string>`${hypotheses.activity} || ' → ' || ${hypotheses.change}`,
    creatorColumn: null,
    createdAt: hypotheses.createdAt,
    references: [
      [assumptions, assumptions.hypothesisId],
      [indicators, indicators.hypothesisId],
      [findingLinks, findingLinks.hypothesisId],
    ],
    parts: [[hypothesisElements, hypothesisElements.hypothesisId]],
  },
  assumption: {
    table: assumptions,
    entityType: "assumption",
    action: verbs("assumption"),
    place: "programme",
    permission: "programme.edit",
    programmeColumn: assumptions.programmeId,
    label: sql<string>`${assumptions.statement}`,
    creatorColumn: null,
    createdAt: assumptions.createdAt,
    references: [
      [findingLinks, findingLinks.assumptionId],
      [assumptionStatusChanges, assumptionStatusChanges.assumptionId],
    ],
    parts: [],
  },
  study: {
    table: studies,
    entityType: "study",
    action: verbs("study"),
    place: "programme",
    permission: "programme.edit",
    programmeColumn: studies.programmeId,
    label: sql<string>`${studies.title}`,
    creatorColumn: null,
    createdAt: studies.createdAt,
    references: [
      [findings, findings.studyId],
      [learningQuestions, learningQuestions.answeredByStudyId],
    ],
    parts: [[studyReports, studyReports.studyId]],
  },
  page: {
    table: pages,
    entityType: "page",
    // "page.restored" is bringing back an older version of a page (page-changes.ts).
    action: (verb) => (verb === "restored" ? "page.unarchived" : `page.${verb}`),
    place: "either",
    permission: "pages.write",
    readPermission: "pages.read",
    programmeColumn: pages.programmeId,
    label: sql<string>`${pages.title}`,
    creatorColumn: pages.createdById,
    createdAt: pages.createdAt,
    references: [[pageComments, pageComments.pageId]],
    parts: [[pageRevisions, pageRevisions.pageId]],
  },
  lesson: {
    table: lessons,
    entityType: "lesson",
    action: verbs("lesson"),
    place: "either",
    permission: "lessons.write",
    readPermission: "lessons.read",
    programmeColumn: lessons.programmeId,
    label: sql<string>`${lessons.title}`,
    creatorColumn: lessons.createdById,
    createdAt: lessons.createdAt,
    references: [[correctionReasons, correctionReasons.lessonId]],
    parts: [[lessonTags, lessonTags.lessonId]],
  },
  roadmapStep: {
    table: roadmapSteps,
    entityType: "roadmap_step",
    action: (verb) => `roadmap.step_${verb}`,
    place: "gemeente",
    permission: "roadmap.update",
    programmeColumn: null,
    label: sql<string>`${roadmapSteps.stepKey}`,
    creatorColumn: null,
    createdAt: roadmapSteps.createdAt,
    references: [],
    parts: [],
  },
};

/** The message (a "validation" key) for a change refused because the record is archived. */
export const ARCHIVED_MESSAGES: Record<ArchivableKind, string> = {
  programme: "archivedProgramme",
  indicator: "archivedIndicator",
  hypothesis: "archivedHypothesis",
  assumption: "archivedAssumption",
  study: "archivedStudy",
  page: "archivedPage",
  lesson: "archivedLesson",
  roadmapStep: "archivedRoadmapStep",
};

const BY_ENTITY_TYPE = new Map(
  (Object.entries(KINDS) as [ArchivableKind, KindInfo][]).map(([kind, info]) => [info.entityType, kind]),
);

/** The kind of an archivable record by the entity type writes name it with; undefined for any other record. */
export function kindOfEntity(entityType: string): ArchivableKind | undefined {
  return BY_ENTITY_TYPE.get(entityType);
}

/** Whether this record of the gemeente is archived. A record that is not there is not archived (the write says so). */
export function isArchived(db: Reader, kind: ArchivableKind, organisationId: number, id: number): boolean {
  const { table } = KINDS[kind];
  return Boolean(
    db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, id), eq(table.organisationId, organisationId), isNotNull(table.archivedAt)))
      .get(),
  );
}

/** How many records refer to this one, besides its own parts. */
export function referenceCount(db: Reader, kind: ArchivableKind, organisationId: number, id: number): number {
  let total = 0;
  for (const [table, column] of KINDS[kind].references) {
    total +=
      db
        .select({ n: count() })
        .from(table)
        .where(and(eq(column, id), eq(table.organisationId, organisationId)))
        .get()?.n ?? 0;
  }
  return total;
}
