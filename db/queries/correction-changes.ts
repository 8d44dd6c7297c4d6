import "server-only";
import { and, eq, inArray, max } from "drizzle-orm";
import type { CorrectionStatus, TocLevel } from "@/lib/domain/constants";
import { canMove } from "@/lib/domain/corrections";
import type { CorrectionDecisionInput, CorrectionInput } from "@/lib/validation/corrections";
import type { ProgrammeChecked } from "../access";
import { NotFoundError } from "../errors";
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
import { type WriteScope, writeProgramme } from "../write";
import { correctionMoved, correctionProposed } from "./notify-events";
import { allInProgramme } from "./programme-rows";
import { type MutationResult, ok, refuse } from "./result";
import { addElementIn, removeElementIn, snapshotIn } from "./theory-of-change";
import { nextVersion } from "./versions";

// Proposing, deciding and carrying out course corrections (bijsturingen).

type Scope = WriteScope<ProgrammeChecked>;

/** Every reason and every element named in the change must belong to this programme (or gemeente). */
function checkReasons({ tx, viewer, programme }: Scope, input: CorrectionInput) {
  const found = (ids: number[], query: () => { id: number }[]) => ids.length === 0 || query().length === ids.length;
  if (!allInProgramme(tx, findings, input.findingIds, programme.id)) return refuse("invalid", "findingIds");
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
  if (!allInProgramme(tx, indicators, input.indicatorIds, programme.id)) return refuse("invalid", "indicatorIds");
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
  if (!allInProgramme(tx, tocElements, elementIds, programme.id)) return refuse("invalid", "removeElementId");
  return null;
}

/** The one place a correction's status history grows: a row for each step, with who took it and when. */
function recordTransition(
  { tx, viewer }: Scope,
  step: { correctionId: number; from: CorrectionStatus | null; to: CorrectionStatus; note?: string; at: Date },
) {
  tx.insert(correctionTransitions)
    .values({
      organisationId: viewer.organisationId,
      correctionId: step.correctionId,
      fromStatus: step.from,
      toStatus: step.to,
      note: step.note,
      changedById: viewer.userId,
      changedAt: step.at,
    })
    .run();
}

export function proposeCorrection({ programmeId }: { programmeId: number }, input: CorrectionInput) {
  return writeProgramme({ permission: "programme.edit", target: programmeId }, (scope) => {
    const { tx, viewer, audit } = scope;
    const problem = checkReasons(scope, input);
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
    recordTransition(scope, { correctionId: id, from: null, to: "voorgesteld", at: now });
    audit({
      action: "correction.proposed",
      entityType: "course_correction",
      entityId: id,
      summary: input.title,
      after: { decisionLevel: input.decisionLevel, tocChange: input.tocChange },
    });
    correctionProposed(scope, { id, title: input.title });
    return ok({ correctionId: id });
  });
}

function snapshot(scope: Scope, correctionId: number) {
  const { tx, viewer, programme } = scope;
  const version =
    (tx
      .select({ last: max(tocVersions.version) })
      .from(tocVersions)
      .where(eq(tocVersions.programmeId, programme.id))
      .get()?.last ?? 0) + 1;
  return tx
    .insert(tocVersions)
    .values({
      organisationId: viewer.organisationId,
      programmeId: programme.id,
      version,
      snapshot: snapshotIn(scope),
      correctionId,
      createdById: viewer.userId,
    })
    .returning({ id: tocVersions.id })
    .get().id;
}

type Correction = {
  status: CorrectionStatus;
  title: string;
  tocChange: (typeof courseCorrections.$inferSelect)["tocChange"];
};
type Columns = Partial<typeof courseCorrections.$inferInsert>;

type Move = {
  to: CorrectionStatus;
  note: string;
  /** The refusal when the correction's status does not allow this step. */
  refusal: string;
  audit: { action: string; before?: unknown; after?: unknown };
  /** What else the step changes, before the status is written: more columns, or a refusal. */
  apply?: (correction: Correction, at: Date) => MutationResult<Columns>;
};

/**
 * Moves a correction of this programme one step on, if lib/domain/corrections.ts allows that step from where it is
 * now: writes the new status, the step in its history and the audit event.
 */
function moveCorrection(scope: Scope, correctionId: number, move: Move): MutationResult {
  const { tx, programme, audit } = scope;
  const correction = tx
    .select({
      status: courseCorrections.status,
      title: courseCorrections.title,
      tocChange: courseCorrections.tocChange,
    })
    .from(courseCorrections)
    .where(and(eq(courseCorrections.id, correctionId), eq(courseCorrections.programmeId, programme.id)))
    .get();
  if (!correction) throw new NotFoundError("course correction");
  if (!canMove(correction.status, move.to)) return refuse(move.refusal);
  const now = new Date();
  const applied = move.apply ? move.apply(correction, now) : ok({});
  if (!applied.ok) return applied;
  // A correction is not edited after it was proposed; each step is a new version of it all the same.
  tx.update(courseCorrections)
    .set({ ...applied.value, status: move.to, version: nextVersion(courseCorrections.version), updatedAt: now })
    .where(eq(courseCorrections.id, correctionId))
    .run();
  recordTransition(scope, { correctionId, from: correction.status, to: move.to, note: move.note, at: now });
  audit({
    action: move.audit.action,
    entityType: "course_correction",
    entityId: correctionId,
    summary: correction.title,
    before: move.audit.before,
    after: move.audit.after,
  });
  correctionMoved(scope, { id: correctionId, title: correction.title, status: move.to });
  return ok(undefined);
}

/** A decided correction that changes the theory of change applies it, keeping the version before and after. */
function applyTocChange(scope: Scope, correctionId: number, correction: Correction, at: Date): MutationResult<Columns> {
  const { tx, programme } = scope;
  const change = correction.tocChange;
  if (!change) return ok({});
  const tocVersionBeforeId = snapshot(scope, correctionId);
  if (change.rename) {
    tx.update(tocElements)
      .set({ title: change.rename.title, updatedAt: at })
      .where(and(eq(tocElements.id, change.rename.elementId), eq(tocElements.programmeId, programme.id)))
      .run();
  }
  if (change.removeElementId) {
    const removed = removeElementIn(scope, change.removeElementId);
    if (!removed.ok) return removed;
  }
  if (change.add) {
    addElementIn(scope, {
      level: change.add.level as TocLevel,
      title: change.add.title,
      description: "",
    });
  }
  return ok({ tocVersionBeforeId, tocVersionAfterId: snapshot(scope, correctionId) });
}

/**
 * Management or the beheerder decides. A decided correction that changes the theory of change applies that change
 * and keeps the theory of change before and after as versions.
 */
export function decideCorrection(
  { programmeId, correctionId }: { programmeId: number; correctionId: number },
  input: CorrectionDecisionInput,
) {
  return writeProgramme(
    {
      permission: "correction.decide",
      target: programmeId,
      record: { type: "course_correction", id: correctionId },
    },
    (scope) =>
      moveCorrection(scope, correctionId, {
        to: input.decision,
        note: input.note,
        refusal: "alreadyDecided",
        audit: {
          action: input.decision === "besloten" ? "correction.decided" : "correction.rejected",
          before: { status: "voorgesteld" },
          after: { status: input.decision, note: input.note },
        },
        apply: (correction, at) =>
          input.decision === "afgewezen"
            ? ok({ rejectionReason: input.note })
            : applyTocChange(scope, correctionId, correction, at),
      }),
  );
}

export function markCorrectionImplemented(
  { programmeId, correctionId }: { programmeId: number; correctionId: number },
  note: string,
) {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "course_correction", id: correctionId } },
    (scope) =>
      moveCorrection(scope, correctionId, {
        to: "doorgevoerd",
        note,
        refusal: "notDecidedYet",
        audit: { action: "correction.implemented" },
      }),
  );
}
