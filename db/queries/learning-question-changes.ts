// Changing the backlog of learning questions. Every change goes through the one write path with
// "learningQuestions.manage" on the question's programme (or the gemeente as a whole), which records the audit event
// with that programme.
import "server-only";
import { and, eq } from "drizzle-orm";
import { placeAfter, statusChangeProblem } from "@/lib/domain/learning-questions";
import type { FormShape } from "@/lib/domain/version-conflict";
import type {
  LearningAnswerEditInput,
  LearningAnswerInput,
  LearningQuestionEditInput,
  LearningQuestionInput,
  NewLearningQuestionInput,
} from "@/lib/validation/learning-questions";
import { authorize, type Reader } from "../access";
import { ForbiddenError, NotFoundError } from "../errors";
import { learningQuestions, programmes, studies } from "../schema";
import { type WriteScope, write } from "../write";
import { applyOrder, backlogOrder } from "./learning-question-order";
import { ownerCandidates, questionTarget, readableQuestion } from "./learning-questions";
import { allInProgramme } from "./programme-rows";
import { type MutationResult, ok, refuse } from "./result";
import { formText, nextVersion, type Versioned, versionConflict } from "./versions";

/** The round the programme is in now. */
function currentRound(db: Reader, programmeId: number) {
  return (
    db.select({ round: programmes.round }).from(programmes).where(eq(programmes.id, programmeId)).get()?.round ?? null
  );
}

/** A problem with the programme or owner chosen in the form, or null when both may be used. */
function choiceProblem(scope: WriteScope, input: LearningQuestionInput) {
  if (input.programmeId !== null) {
    try {
      authorize(scope.viewer, "learningQuestions.manage", input.programmeId, scope.tx);
    } catch (error) {
      if (error instanceof NotFoundError) return refuse("invalid", "programmeId");
      if (error instanceof ForbiddenError) return refuse("programmeNotAllowed", "programmeId");
      throw error;
    }
  }
  if (input.ownerId !== null && !ownerCandidates(scope).some((owner) => owner.id === input.ownerId)) {
    return refuse("questionOwnerInvalid", "ownerId");
  }
  return null;
}

/** The question a new one follows on: null for none, undefined when it is not one the viewer may read. */
function followUpParent(scope: WriteScope, followUpOfId: number | null) {
  if (followUpOfId === null) return null;
  try {
    return readableQuestion(scope.viewer, followUpOfId, scope.tx);
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
export function createLearningQuestion(input: NewLearningQuestionInput) {
  return write(
    { permission: "learningQuestions.manage", target: input.programmeId, record: { type: "learning_question" } },
    (scope): MutationResult<{ questionId: number }> => {
      const { tx, audit } = scope;
      const problem = choiceProblem(scope, input);
      if (problem) return problem;
      const parent = followUpParent(scope, input.followUpOfId);
      if (parent === undefined) return refuse("invalid", "followUpOfId");
      const existing = backlogOrder(scope);
      const last = existing.reduce((max, row) => Math.max(max, row.priority), 0);
      const { id } = tx
        .insert(learningQuestions)
        .values({
          organisationId: scope.viewer.organisationId,
          ...fields(input),
          priority: last + 1,
          followUpOfId: parent?.id ?? null,
        })
        .returning({ id: learningQuestions.id })
        .get();
      if (parent) {
        applyOrder(
          scope,
          [...existing, { id, priority: last + 1 }],
          placeAfter(
            existing.map((row) => row.id),
            id,
            parent.id,
          ),
        );
      }
      audit({
        action: parent ? "learningQuestion.follow_up_created" : "learningQuestion.created",
        entityType: "learning_question",
        entityId: id,
        summary: input.question,
        after: { ...fields(input), followUpOfId: parent?.id ?? null },
      });
      return ok({ questionId: id });
    },
  );
}

/** The audit actions that each make a new version of a question (a move in the backlog does not). */
const QUESTION_SAVES = [
  "learningQuestion.created",
  "learningQuestion.follow_up_created",
  "learningQuestion.updated",
  "learningQuestion.answered",
  "learningQuestion.answer_updated",
  "learningQuestion.status_changed",
] as const;

const questionRecord = (questionId: number) => ({
  entityType: "learning_question",
  entityId: questionId,
  actions: QUESTION_SAVES,
});

type QuestionValues = Record<keyof LearningQuestionInput, string | number | null>;

/** A question as its edit form sends it. */
const questionForm = (values: QuestionValues): FormShape => ({
  question: formText(values.question),
  whyItMatters: formText(values.whyItMatters),
  approach: formText(values.approach),
  programmeId: formText(values.programmeId),
  ownerId: formText(values.ownerId),
  dueDate: formText(values.dueDate),
});

/** A question's status and answer as the answer form sends them. */
const answerForm = (values: Record<keyof LearningAnswerInput, string | number | null>): FormShape => ({
  status: formText(values.status),
  answer: formText(values.answer),
  interpretation: formText(values.interpretation),
  answeredByStudyId: formText(values.answeredByStudyId),
});

/**
 * Changes a question. Refused, with nothing changed, when someone else saved it after the form was opened and the
 * save would change what they saved: the answer then carries the saved question for the form to show.
 */
export function updateLearningQuestion(
  { questionId }: { questionId: number },
  { version, ...input }: LearningQuestionEditInput,
): Promise<Versioned> {
  return write(
    {
      permission: "learningQuestions.manage",
      target: questionTarget(questionId),
      record: { type: "learning_question", id: questionId },
    },
    (scope): Versioned => {
      const { tx, audit } = scope;
      const before = readableQuestion(scope.viewer, questionId, tx);
      const conflict = versionConflict(scope, questionRecord(questionId), {
        submitted: version,
        current: before.version,
        mine: questionForm(input),
        saved: questionForm(before),
      });
      if (conflict) return conflict;
      const problem = choiceProblem(scope, input);
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
          version: nextVersion(learningQuestions.version),
          updatedAt: new Date(),
        })
        .where(eq(learningQuestions.id, questionId))
        .run();
      audit({
        programmeId: input.programmeId ?? before.programmeId,
        action: "learningQuestion.updated",
        entityType: "learning_question",
        entityId: questionId,
        summary: input.question,
        before: { question: before.question, programmeId: before.programmeId, approach: before.approach },
        after: fields(input),
      });
      return ok(undefined);
    },
  );
}

/**
 * Saves the status with the answer, its interpretation and the study that answered it. A programme question that
 * becomes "beantwoord" is marked with the programme's current round. Refused like an edit when someone else saved
 * the question after the form was opened.
 */
export function answerLearningQuestion(
  { questionId }: { questionId: number },
  { version, ...input }: LearningAnswerEditInput,
): Promise<Versioned> {
  return write(
    {
      permission: "learningQuestions.manage",
      target: questionTarget(questionId),
      record: { type: "learning_question", id: questionId },
    },
    (scope): Versioned => {
      const { tx, viewer, programme, audit } = scope;
      const before = readableQuestion(viewer, questionId, tx);
      const conflict = versionConflict(scope, questionRecord(questionId), {
        submitted: version,
        current: before.version,
        mine: answerForm(input),
        saved: answerForm(before),
      });
      if (conflict) return conflict;
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
            : programme === null
              ? null
              : currentRound(tx, programme.id);
      const after = {
        status: input.status,
        answer: input.answer,
        interpretation: input.interpretation,
        answeredByStudyId: input.answeredByStudyId,
        answeredInRound: round,
      };
      tx.update(learningQuestions)
        .set({ ...after, version: nextVersion(learningQuestions.version), updatedAt: new Date() })
        .where(eq(learningQuestions.id, questionId))
        .run();
      const answered = input.status === "beantwoord" && before.status !== "beantwoord";
      audit({
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
    },
  );
}
