// Archiving, restoring and deleting records. A record is archived with a reason instead of deleted: it leaves the
// lists, dashboards and reports and stays findable under "Gearchiveerd". Only something made by mistake is truly
// deleted: by its maker or the beheerder, within a day, while nothing refers to it (lib/domain/archive.ts). Each
// change takes the permission that editing the record takes today, and is audited with the reason or the deleted row.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { type ArchivableKind, deleteRefusal } from "@/lib/domain/archive";
import { can } from "@/lib/domain/permissions";
import type { ArchiveInput } from "@/lib/validation/archive";
import { permits, type Reader } from "../access";
import { ForbiddenError, NotFoundError } from "../errors";
import { auditEvents, type programmes } from "../schema";
import { type Target, type WriteRequest, type WriteScope, write } from "../write";
import { KINDS, referenceCount } from "./archive-kinds";
import { readablePage } from "./pages";
import { type MutationResult, ok, refuse } from "./result";

/** One archivable record: its kind, its id and, for a record of a programme, the programme it must belong to. */
export type RecordRef = { kind: ArchivableKind; id: number; programmeId?: number };

// The tables differ only in columns these functions do not name; typed as one of them for the query builder.
const tableOf = (kind: ArchivableKind) => KINDS[kind].table as typeof programmes;

/** Where a change of the record lands for the kernel; a page or lesson the viewer may not read is not found. */
function targetOf(ref: RecordRef): Target {
  const info = KINDS[ref.kind];
  switch (info.place) {
    case "self":
      return ref.id;
    case "programme":
      if (ref.programmeId === undefined) throw new Error(`${ref.kind} needs its programme`);
      return ref.programmeId;
    case "gemeente":
      return null;
    case "either":
      return (db, viewer) => readableProgrammeOf(db, viewer, ref);
  }
}

/** The programme (or null: the gemeente) of a page or lesson the viewer may read; NotFoundError otherwise. */
export function readableProgrammeOf(db: Reader, viewer: Viewer, ref: RecordRef): number | null {
  // A page of an opgave is read by the partners working on the opgave: the pages' own check knows that.
  if (ref.kind === "page") return readablePage(viewer, ref.id, db).programmeId;
  const info = KINDS[ref.kind];
  const table = tableOf(ref.kind);
  const row = db
    .select({ programmeId: sql<number | null>`${info.programmeColumn}` })
    .from(table)
    .where(and(eq(table.id, ref.id), eq(table.organisationId, viewer.organisationId)))
    .get();
  if (!row || !permits(viewer, info.readPermission ?? "programme.read", row.programmeId, db)) {
    throw new NotFoundError(ref.kind);
  }
  return row.programmeId;
}

/** The record as archiving needs it; NotFoundError when it is not one of the gemeente's (or not of the programme). */
export function archivableRecord(db: Reader, viewer: Viewer, ref: RecordRef) {
  const info = KINDS[ref.kind];
  const table = tableOf(ref.kind);
  const row = db
    .select({
      id: table.id,
      programmeId: sql<number | null>`${info.programmeColumn ?? sql`null`}`,
      label: info.label,
      archivedAt: table.archivedAt,
      archivedById: table.archivedById,
      archiveReason: table.archiveReason,
      createdAt: sql<number>`${info.createdAt}`,
      creatorId: sql<number | null>`${info.creatorColumn ?? sql`null`}`,
    })
    .from(table)
    .where(and(eq(table.id, ref.id), eq(table.organisationId, viewer.organisationId)))
    .get();
  if (!row) throw new NotFoundError(ref.kind);
  if (info.place === "programme" && row.programmeId !== ref.programmeId) throw new NotFoundError(ref.kind);
  return { ...row, createdAt: new Date(row.createdAt) };
}

/** Who made the record: its own column where it has one, else the actor of its "created" event. */
function creatorOf(db: Reader, viewer: Viewer, ref: RecordRef, creatorId: number | null): number | null {
  if (creatorId !== null) return creatorId;
  const { entityType } = KINDS[ref.kind];
  return (
    db
      .select({ actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, viewer.organisationId),
          eq(auditEvents.entityType, entityType),
          eq(auditEvents.entityId, String(ref.id)),
          eq(auditEvents.action, `${entityType}.created`),
        ),
      )
      .orderBy(asc(auditEvents.id))
      .get()?.actorId ?? null
  );
}

/**
 * Why the viewer may not delete the record now, or null when they may (the kernel allowed the kind's permission).
 * `record`: the record as archivableRecord read it, when the caller already has it.
 */
export function whyNotDeletable(
  db: Reader,
  viewer: Viewer,
  ref: RecordRef,
  now = new Date(),
  record?: ReturnType<typeof archivableRecord>,
) {
  if (ref.kind === "roadmapStep") return "notDeletable" as const;
  const row = record ?? archivableRecord(db, viewer, ref);
  return deleteRefusal({
    createdAt: row.createdAt,
    now,
    isCreator: () => creatorOf(db, viewer, ref, row.creatorId) === viewer.userId,
    mayDeleteOthers: can(viewer.role, "records.deleteOthers"),
    references: () => referenceCount(db, ref.kind, viewer.organisationId, ref.id),
  });
}

function request(ref: RecordRef, archived?: "allowed"): WriteRequest {
  const info = KINDS[ref.kind];
  return {
    permission: info.permission,
    target: targetOf(ref),
    record: { type: info.entityType, id: ref.id },
    archived,
  };
}

function archive(ref: RecordRef, input: ArchiveInput): Promise<MutationResult> {
  return write(request(ref), (scope) => {
    archiveIn(scope, ref, input);
    return ok(undefined);
  });
}

/**
 * Archives a record inside a write that already checked who may do so: the record's own archive button, or the
 * reopening of an approved partner report that made it.
 */
export function archiveIn(
  { tx, viewer, audit }: Pick<WriteScope, "tx" | "viewer" | "audit">,
  ref: RecordRef,
  input: ArchiveInput,
) {
  const info = KINDS[ref.kind];
  const table = tableOf(ref.kind);
  const row = archivableRecord(tx, viewer, ref);
  const now = new Date();
  tx.update(table)
    .set({ archivedAt: now, archivedById: viewer.userId, archiveReason: input.reason })
    .where(eq(table.id, ref.id))
    .run();
  audit({
    action: info.action("archived"),
    entityType: info.entityType,
    entityId: ref.id,
    summary: `${row.label}: ${input.reason}`,
    before: { archivedAt: null },
    after: { archivedAt: now.toISOString(), reason: input.reason },
  });
}

function restore(ref: RecordRef): Promise<MutationResult> {
  return write(request(ref, "allowed"), ({ tx, viewer, audit }) => {
    const info = KINDS[ref.kind];
    const table = tableOf(ref.kind);
    const row = archivableRecord(tx, viewer, ref);
    if (!row.archivedAt) return refuse("notArchived");
    tx.update(table)
      .set({ archivedAt: null, archivedById: null, archiveReason: null })
      .where(eq(table.id, ref.id))
      .run();
    audit({
      action: info.action("restored"),
      entityType: info.entityType,
      entityId: ref.id,
      summary: `${row.label}: ${row.archiveReason ?? ""}`,
      before: { archivedAt: row.archivedAt.toISOString(), archivedById: row.archivedById, reason: row.archiveReason },
      after: { archivedAt: null },
    });
    return ok(undefined);
  });
}

const DELETE_MESSAGES = { tooLate: "deleteTooLate", inUse: "deleteInUse", notDeletable: "invalid" } as const;

function remove(ref: RecordRef): Promise<MutationResult> {
  return write(request(ref, "allowed"), ({ tx, viewer, audit }) => {
    const info = KINDS[ref.kind];
    const table = tableOf(ref.kind);
    const problem = whyNotDeletable(tx, viewer, ref);
    // Someone else's record is not theirs to delete: a refusal of the kernel's kind, audited as one.
    if (problem === "notCreator") throw new ForbiddenError("records.deleteOthers");
    if (problem) return refuse(DELETE_MESSAGES[problem]);
    const before = tx.select().from(table).where(eq(table.id, ref.id)).get();
    for (const [part, column] of info.parts) tx.delete(part).where(eq(column, ref.id)).run();
    tx.delete(table).where(eq(table.id, ref.id)).run();
    audit({
      action: info.action("deleted"),
      entityType: info.entityType,
      entityId: ref.id,
      summary: recordLabel(before),
      before,
    });
    return ok(undefined);
  });
}

function recordLabel(row: Record<string, unknown> | undefined): string {
  const text = row?.name ?? row?.title ?? row?.statement ?? row?.activity ?? row?.stepKey;
  return typeof text === "string" ? text : "";
}

type InProgramme = { programmeId: number };

export const archiveProgramme = ({ programmeId }: InProgramme, input: ArchiveInput) =>
  archive({ kind: "programme", id: programmeId }, input);
export const restoreProgramme = ({ programmeId }: InProgramme) => restore({ kind: "programme", id: programmeId });
export const deleteProgramme = ({ programmeId }: InProgramme) => remove({ kind: "programme", id: programmeId });

type IndicatorRef = InProgramme & { indicatorId: number };
const indicator = ({ programmeId, indicatorId }: IndicatorRef): RecordRef => ({
  kind: "indicator",
  id: indicatorId,
  programmeId,
});
export const archiveIndicator = (ref: IndicatorRef, input: ArchiveInput) => archive(indicator(ref), input);
export const restoreIndicator = (ref: IndicatorRef) => restore(indicator(ref));
export const deleteIndicator = (ref: IndicatorRef) => remove(indicator(ref));

type HypothesisRef = InProgramme & { hypothesisId: number };
const hypothesis = ({ programmeId, hypothesisId }: HypothesisRef): RecordRef => ({
  kind: "hypothesis",
  id: hypothesisId,
  programmeId,
});
export const archiveHypothesis = (ref: HypothesisRef, input: ArchiveInput) => archive(hypothesis(ref), input);
export const restoreHypothesis = (ref: HypothesisRef) => restore(hypothesis(ref));
export const deleteHypothesis = (ref: HypothesisRef) => remove(hypothesis(ref));

type AssumptionRef = InProgramme & { assumptionId: number };
const assumption = ({ programmeId, assumptionId }: AssumptionRef): RecordRef => ({
  kind: "assumption",
  id: assumptionId,
  programmeId,
});
export const archiveAssumption = (ref: AssumptionRef, input: ArchiveInput) => archive(assumption(ref), input);
export const restoreAssumption = (ref: AssumptionRef) => restore(assumption(ref));
export const deleteAssumption = (ref: AssumptionRef) => remove(assumption(ref));

type StudyRef = InProgramme & { studyId: number };
const study = ({ programmeId, studyId }: StudyRef): RecordRef => ({ kind: "study", id: studyId, programmeId });
export const archiveStudy = (ref: StudyRef, input: ArchiveInput) => archive(study(ref), input);
export const restoreStudy = (ref: StudyRef) => restore(study(ref));
export const deleteStudy = (ref: StudyRef) => remove(study(ref));

export const archivePage = ({ pageId }: { pageId: number }, input: ArchiveInput) =>
  archive({ kind: "page", id: pageId }, input);
export const restorePage = ({ pageId }: { pageId: number }) => restore({ kind: "page", id: pageId });
export const deletePage = ({ pageId }: { pageId: number }) => remove({ kind: "page", id: pageId });

export const archiveLesson = ({ lessonId }: { lessonId: number }, input: ArchiveInput) =>
  archive({ kind: "lesson", id: lessonId }, input);
export const restoreLesson = ({ lessonId }: { lessonId: number }) => restore({ kind: "lesson", id: lessonId });
export const deleteLesson = ({ lessonId }: { lessonId: number }) => remove({ kind: "lesson", id: lessonId });

export const archiveRoadmapStep = ({ stepId }: { stepId: number }, input: ArchiveInput) =>
  archive({ kind: "roadmapStep", id: stepId }, input);
export const restoreRoadmapStep = ({ stepId }: { stepId: number }) => restore({ kind: "roadmapStep", id: stepId });

/** Archive, restore and (where it exists) delete of each kind, called by a record's id and programme. */
/** A record by its id and, for the records of a programme, the programme it belongs to. */
export type ArchiveIds = { id: number; programmeId: number };
export type ArchiveWrites = {
  archive: (ids: ArchiveIds, input: ArchiveInput) => Promise<MutationResult>;
  restore: (ids: ArchiveIds) => Promise<MutationResult>;
  delete?: (ids: ArchiveIds) => Promise<MutationResult>;
};

export const ARCHIVE_WRITES: Record<ArchivableKind, ArchiveWrites> = {
  programme: {
    archive: ({ id }, input) => archiveProgramme({ programmeId: id }, input),
    restore: ({ id }) => restoreProgramme({ programmeId: id }),
    delete: ({ id }) => deleteProgramme({ programmeId: id }),
  },
  indicator: {
    archive: ({ id, programmeId }, input) => archiveIndicator({ programmeId, indicatorId: id }, input),
    restore: ({ id, programmeId }) => restoreIndicator({ programmeId, indicatorId: id }),
    delete: ({ id, programmeId }) => deleteIndicator({ programmeId, indicatorId: id }),
  },
  hypothesis: {
    archive: ({ id, programmeId }, input) => archiveHypothesis({ programmeId, hypothesisId: id }, input),
    restore: ({ id, programmeId }) => restoreHypothesis({ programmeId, hypothesisId: id }),
    delete: ({ id, programmeId }) => deleteHypothesis({ programmeId, hypothesisId: id }),
  },
  assumption: {
    archive: ({ id, programmeId }, input) => archiveAssumption({ programmeId, assumptionId: id }, input),
    restore: ({ id, programmeId }) => restoreAssumption({ programmeId, assumptionId: id }),
    delete: ({ id, programmeId }) => deleteAssumption({ programmeId, assumptionId: id }),
  },
  study: {
    archive: ({ id, programmeId }, input) => archiveStudy({ programmeId, studyId: id }, input),
    restore: ({ id, programmeId }) => restoreStudy({ programmeId, studyId: id }),
    delete: ({ id, programmeId }) => deleteStudy({ programmeId, studyId: id }),
  },
  page: {
    archive: ({ id }, input) => archivePage({ pageId: id }, input),
    restore: ({ id }) => restorePage({ pageId: id }),
    delete: ({ id }) => deletePage({ pageId: id }),
  },
  lesson: {
    archive: ({ id }, input) => archiveLesson({ lessonId: id }, input),
    restore: ({ id }) => restoreLesson({ lessonId: id }),
    delete: ({ id }) => deleteLesson({ lessonId: id }),
  },
  roadmapStep: {
    archive: ({ id }, input) => archiveRoadmapStep({ stepId: id }, input),
    restore: ({ id }) => restoreRoadmapStep({ stepId: id }),
  },
};
