import "server-only";
import { and, eq, inArray, max } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import type { TocLevel } from "@/lib/domain/constants";
import { canMove } from "@/lib/domain/corrections";
import { can } from "@/lib/domain/permissions";
import type { CorrectionDecisionInput, CorrectionInput } from "@/lib/validation/corrections";
import { recordAudit } from "../audit";
import { ForbiddenError, NotFoundError } from "../errors";
import { type Transaction, transact } from "../index";
import {
  correctionReasons,
  correctionTransitions,
  courseCorrections,
  findings,
  indicators,
  learningQuestions,
  lessons,
  programmes,
  tocElements,
  tocVersions,
} from "../schema";
import { accessTo, assertProgramme, requireProgramme } from "./programme-access";
import { allInProgramme } from "./programme-rows";
import { type MutationResult, ok, refuse } from "./result";
import { addElementIn, removeElementIn, snapshotIn } from "./theory-of-change";

// Proposing, deciding and carrying out course corrections (bijsturingen).

/** Every reason and every element named in the change must belong to this programme (or gemeente). */
function checkReasons(tx: Transaction, viewer: Viewer, programmeId: number, input: CorrectionInput) {
  const found = (ids: number[], query: () => { id: number }[]) => ids.length === 0 || query().length === ids.length;
  if (!allInProgramme(tx, findings, input.findingIds, programmeId)) return refuse("invalid", "findingIds");
  if (
    !found(input.learningQuestionIds, () =>
      tx
        .select({ id: learningQuestions.id })
        .from(learningQuestions)
        .where(
          and(
            inArray(learningQuestions.id, input.learningQuestionIds),
            eq(learningQuestions.organisationId, viewer.organisationId),
          ),
        )
        .all(),
    )
  )
    return refuse("invalid", "learningQuestionIds");
  if (!allInProgramme(tx, indicators, input.indicatorIds, programmeId)) return refuse("invalid", "indicatorIds");
  if (
    !found(input.lessonIds, () =>
      tx
        .select({ id: lessons.id })
        .from(lessons)
        .where(and(inArray(lessons.id, input.lessonIds), eq(lessons.organisationId, viewer.organisationId)))
        .all(),
    )
  )
    return refuse("invalid", "lessonIds");
  const elementIds = [input.tocChange?.removeElementId, input.tocChange?.rename?.elementId];
  if (!allInProgramme(tx, tocElements, elementIds, programmeId)) return refuse("invalid", "removeElementId");
  return null;
}

export async function proposeCorrection({ programmeId }: { programmeId: number }, input: CorrectionInput) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult<{ correctionId: number }> => {
    assertProgramme(viewer, programmeId, "edit", tx);
    const problem = checkReasons(tx, viewer, programmeId, input);
    if (problem) return problem;
    const round =
      tx.select({ round: programmes.round }).from(programmes).where(eq(programmes.id, programmeId)).get()?.round ?? 1;
    const now = new Date();
    const { id } = tx
      .insert(courseCorrections)
      .values({
        organisationId: viewer.organisationId,
        programmeId,
        round,
        title: input.title,
        whatChanges: input.whatChanges,
        why: input.why,
        decisionLevel: input.decisionLevel,
        tocChange: input.tocChange,
        proposedById: viewer.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: courseCorrections.id })
      .get();
    const reason = { organisationId: viewer.organisationId, correctionId: id };
    for (const findingId of input.findingIds)
      tx.insert(correctionReasons)
        .values({ ...reason, findingId })
        .run();
    for (const learningQuestionId of input.learningQuestionIds) {
      tx.insert(correctionReasons)
        .values({ ...reason, learningQuestionId })
        .run();
    }
    for (const indicatorId of input.indicatorIds)
      tx.insert(correctionReasons)
        .values({ ...reason, indicatorId })
        .run();
    for (const lessonId of input.lessonIds)
      tx.insert(correctionReasons)
        .values({ ...reason, lessonId })
        .run();
    tx.insert(correctionTransitions)
      .values({
        organisationId: viewer.organisationId,
        correctionId: id,
        fromStatus: null,
        toStatus: "voorgesteld",
        changedById: viewer.userId,
        changedAt: now,
      })
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "correction.proposed",
      entityType: "course_correction",
      entityId: id,
      summary: input.title,
      after: { decisionLevel: input.decisionLevel, tocChange: input.tocChange },
    });
    return ok({ correctionId: id });
  });
}

function snapshot(tx: Transaction, viewer: Viewer, programmeId: number, correctionId: number) {
  const version =
    (tx
      .select({ last: max(tocVersions.version) })
      .from(tocVersions)
      .where(eq(tocVersions.programmeId, programmeId))
      .get()?.last ?? 0) + 1;
  return tx
    .insert(tocVersions)
    .values({
      organisationId: viewer.organisationId,
      programmeId,
      version,
      snapshot: snapshotIn(tx, programmeId),
      correctionId,
      createdById: viewer.userId,
    })
    .returning({ id: tocVersions.id })
    .get().id;
}

/**
 * Management or the beheerder decides. A decided correction that changes the theory of change applies that change
 * and keeps the theory of change before and after as versions.
 */
export async function decideCorrection(
  { programmeId, correctionId }: { programmeId: number; correctionId: number },
  input: CorrectionDecisionInput,
) {
  const viewer = await requireViewer();
  if (!can(viewer.role, "correction.decide")) throw new ForbiddenError("correction.decide");
  return transact((tx): MutationResult => {
    accessTo(viewer, programmeId, tx);
    const correction = tx
      .select({
        status: courseCorrections.status,
        title: courseCorrections.title,
        tocChange: courseCorrections.tocChange,
      })
      .from(courseCorrections)
      .where(and(eq(courseCorrections.id, correctionId), eq(courseCorrections.programmeId, programmeId)))
      .get();
    if (!correction) throw new NotFoundError("course correction");
    if (!canMove(correction.status, input.decision)) return refuse("alreadyDecided");
    const now = new Date();
    const update: Partial<typeof courseCorrections.$inferInsert> = { status: input.decision, updatedAt: now };
    if (input.decision === "afgewezen") update.rejectionReason = input.note;
    const change = correction.tocChange;
    if (input.decision === "besloten" && change) {
      update.tocVersionBeforeId = snapshot(tx, viewer, programmeId, correctionId);
      if (change.rename) {
        tx.update(tocElements)
          .set({ title: change.rename.title, updatedAt: now })
          .where(and(eq(tocElements.id, change.rename.elementId), eq(tocElements.programmeId, programmeId)))
          .run();
      }
      if (change.removeElementId) {
        const removed = removeElementIn(tx, programmeId, change.removeElementId);
        if (!removed.ok) return removed;
      }
      if (change.add) {
        addElementIn(tx, viewer.organisationId, programmeId, {
          level: change.add.level as TocLevel,
          title: change.add.title,
          description: "",
        });
      }
      update.tocVersionAfterId = snapshot(tx, viewer, programmeId, correctionId);
    }
    tx.update(courseCorrections).set(update).where(eq(courseCorrections.id, correctionId)).run();
    tx.insert(correctionTransitions)
      .values({
        organisationId: viewer.organisationId,
        correctionId,
        fromStatus: "voorgesteld",
        toStatus: input.decision,
        note: input.note,
        changedById: viewer.userId,
        changedAt: now,
      })
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: input.decision === "besloten" ? "correction.decided" : "correction.rejected",
      entityType: "course_correction",
      entityId: correctionId,
      summary: correction.title,
      before: { status: "voorgesteld" },
      after: { status: input.decision, note: input.note },
    });
    return ok(undefined);
  });
}

export async function markCorrectionImplemented(
  { programmeId, correctionId }: { programmeId: number; correctionId: number },
  note: string,
) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult => {
    assertProgramme(viewer, programmeId, "edit", tx);
    const correction = tx
      .select({ status: courseCorrections.status, title: courseCorrections.title })
      .from(courseCorrections)
      .where(and(eq(courseCorrections.id, correctionId), eq(courseCorrections.programmeId, programmeId)))
      .get();
    if (!correction) throw new NotFoundError("course correction");
    if (!canMove(correction.status, "doorgevoerd")) return refuse("notDecidedYet");
    const now = new Date();
    tx.update(courseCorrections)
      .set({ status: "doorgevoerd", updatedAt: now })
      .where(eq(courseCorrections.id, correctionId))
      .run();
    tx.insert(correctionTransitions)
      .values({
        organisationId: viewer.organisationId,
        correctionId,
        fromStatus: "besloten",
        toStatus: "doorgevoerd",
        note,
        changedById: viewer.userId,
        changedAt: now,
      })
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "correction.implemented",
      entityType: "course_correction",
      entityId: correctionId,
      summary: correction.title,
    });
    return ok(undefined);
  });
}
