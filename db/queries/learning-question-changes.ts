// Changing the backlog of learning questions. Every change checks the viewer again inside its one synchronous
// transaction and records the audit event there, with the programme when the question has one.
import "server-only";
import { and, eq } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { placeAfter, statusChangeProblem } from "@/lib/domain/learning-questions";
import type {
  LearningAnswerInput,
  LearningQuestionInput,
  NewLearningQuestionInput,
} from "@/lib/validation/learning-questions";
import { recordAudit } from "../audit";
import { NotFoundError } from "../errors";
import { type Transaction, transact } from "../index";
import { learningQuestions, studies } from "../schema";
import {
  assertWrite,
  mayWrite,
  ownerCandidates,
  programmeOfGemeente,
  readableQuestion,
} from "./learning-question-access";
import { applyOrder, backlogOrder } from "./learning-question-order";
import { allInProgramme } from "./programme-rows";
import { type MutationResult, ok, refuse } from "./result";

/** A problem with the programme or owner chosen in the form, or null when both may be used. */
function choiceProblem(viewer: Viewer, tx: Transaction, input: LearningQuestionInput) {
  if (input.programmeId !== null) {
    if (!programmeOfGemeente(viewer, input.programmeId, tx)) return refuse("invalid", "programmeId");
    if (!mayWrite(viewer, input.programmeId, tx)) return refuse("programmeNotAllowed", "programmeId");
  }
  if (input.ownerId !== null && !ownerCandidates(viewer, tx).some((owner) => owner.id === input.ownerId)) {
    return refuse("questionOwnerInvalid", "ownerId");
  }
  return null;
}

/** The question a new one follows on: null for none, undefined when it is not one the viewer may read. */
function followUpParent(viewer: Viewer, followUpOfId: number | null, tx: Transaction) {
  if (followUpOfId === null) return null;
  try {
    return readableQuestion(viewer, followUpOfId, tx);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

const fields = (input: LearningQuestionInput) => ({
  question: input.question,
  whyItMatters: input.whyItMatters,
  approach: input.approach,
  programmeId: input.programmeId,
  ownerId: input.ownerId,
  dueDate: input.dueDate,
});

/** Adds a question at the end of the backlog, or, as a follow-up, directly after the question it follows on. */
export async function createLearningQuestion(input: NewLearningQuestionInput) {
  const viewer = await requireViewer();
  return transact((tx): MutationResult<{ questionId: number }> => {
    if (input.programmeId !== null && !programmeOfGemeente(viewer, input.programmeId, tx)) {
      return refuse("invalid", "programmeId");
    }
    assertWrite(viewer, input.programmeId, tx);
    const problem = choiceProblem(viewer, tx, input);
    if (problem) return problem;
    const parent = followUpParent(viewer, input.followUpOfId, tx);
    if (parent === undefined) return refuse("invalid", "followUpOfId");
    const existing = backlogOrder(tx, viewer.organisationId);
    const last = existing.reduce((max, row) => Math.max(max, row.priority), 0);
    const { id } = tx
      .insert(learningQuestions)
      .values({
        organisationId: viewer.organisationId,
        ...fields(input),
        priority: last + 1,
        followUpOfId: parent?.id ?? null,
      })
      .returning({ id: learningQuestions.id })
      .get();
    if (parent) {
      applyOrder(
        tx,
        [...existing, { id, priority: last + 1 }],
        placeAfter(
          existing.map((row) => row.id),
          id,
          parent.id,
        ),
      );
    }
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId: input.programmeId,
      action: parent ? "learningQuestion.follow_up_created" : "learningQuestion.created",
      entityType: "learning_question",
      entityId: id,
      summary: input.question,
      after: { ...fields(input), followUpOfId: parent?.id ?? null },
    });
    return ok({ questionId: id });
  });
}

export async function updateLearningQuestion({ questionId }: { questionId: number }, input: LearningQuestionInput) {
  const viewer = await requireViewer();
  return transact((tx): MutationResult => {
    const before = readableQuestion(viewer, questionId, tx);
    assertWrite(viewer, before.programmeId, tx);
    const problem = choiceProblem(viewer, tx, input);
    if (problem) return problem;
    // A study answers a question of its own programme; moving the question elsewhere lets go of it.
    const keepsStudy =
      before.answeredByStudyId === null ||
      input.programmeId === null ||
      allInProgramme(tx, studies, [before.answeredByStudyId], input.programmeId);
    tx.update(learningQuestions)
      .set({
        ...fields(input),
        answeredByStudyId: keepsStudy ? before.answeredByStudyId : null,
        updatedAt: new Date(),
      })
      .where(eq(learningQuestions.id, questionId))
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId: input.programmeId ?? before.programmeId,
      action: "learningQuestion.updated",
      entityType: "learning_question",
      entityId: questionId,
      summary: input.question,
      before: { question: before.question, programmeId: before.programmeId, approach: before.approach },
      after: fields(input),
    });
    return ok(undefined);
  });
}

/**
 * Saves the status with the answer, its interpretation and the study that answered it. A programme question that
 * becomes "beantwoord" is marked with the programme's current round.
 */
export async function answerLearningQuestion({ questionId }: { questionId: number }, input: LearningAnswerInput) {
  const viewer = await requireViewer();
  return transact((tx): MutationResult => {
    const before = readableQuestion(viewer, questionId, tx);
    assertWrite(viewer, before.programmeId, tx);
    const problem = statusChangeProblem(before.status, input.status, input);
    if (problem) return refuse(problem.error, problem.field);
    if (input.answeredByStudyId !== null) {
      const study = tx
        .select({ programmeId: studies.programmeId })
        .from(studies)
        .where(and(eq(studies.id, input.answeredByStudyId), eq(studies.organisationId, viewer.organisationId)))
        .get();
      if (!study || (before.programmeId !== null && study.programmeId !== before.programmeId)) {
        return refuse("studyInvalid", "answeredByStudyId");
      }
    }
    const round =
      input.status !== "beantwoord"
        ? null
        : before.status === "beantwoord" && before.answeredInRound !== null
          ? before.answeredInRound
          : before.programmeId === null
            ? null
            : (programmeOfGemeente(viewer, before.programmeId, tx)?.round ?? null);
    const after = {
      status: input.status,
      answer: input.answer,
      interpretation: input.interpretation,
      answeredByStudyId: input.answeredByStudyId,
      answeredInRound: round,
    };
    tx.update(learningQuestions)
      .set({ ...after, updatedAt: new Date() })
      .where(eq(learningQuestions.id, questionId))
      .run();
    const answered = input.status === "beantwoord" && before.status !== "beantwoord";
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId: before.programmeId,
      action: answered
        ? "learningQuestion.answered"
        : before.status === input.status
          ? "learningQuestion.answer_updated"
          : "learningQuestion.status_changed",
      entityType: "learning_question",
      entityId: questionId,
      summary:
        before.status === input.status ? before.question : `${before.question}: ${before.status} → ${input.status}`,
      before: { status: before.status },
      after,
    });
    return ok(undefined);
  });
}
