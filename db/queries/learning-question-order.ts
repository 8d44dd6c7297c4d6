// The order of the backlog of learning questions: 1 is the most urgent. Moving a question up or down, and the
// helpers that keep the priorities a clean 1, 2, 3 when a follow-up is slotted in after its parent.
import "server-only";
import { eq } from "drizzle-orm";
import { byPriority, isActive, moveInOrder, renumber } from "@/lib/domain/learning-questions";
import type { MoveInput } from "@/lib/validation/learning-questions";
import { visibleTo } from "../access";
import { learningQuestions } from "../schema";
import { type WriteScope, write } from "../write";
import { questionTarget, readableQuestion } from "./learning-questions";
import { ok, refuse } from "./result";

/** Every question of the viewer's gemeente, most urgent first, inside a change of the backlog. */
export function backlogOrder(scope: WriteScope) {
  return scope.tx
    .select({
      id: learningQuestions.id,
      priority: learningQuestions.priority,
      status: learningQuestions.status,
      programmeId: learningQuestions.programmeId,
    })
    .from(learningQuestions)
    .where(eq(learningQuestions.organisationId, scope.viewer.organisationId))
    .all()
    .sort(byPriority);
}

/** Gives the questions the priorities of this order, writing only those that change. */
export function applyOrder(scope: WriteScope, rows: { id: number; priority: number }[], order: number[]) {
  const changes = renumber(order, new Map(rows.map((row) => [row.id, row.priority])));
  for (const change of changes) {
    scope.tx
      .update(learningQuestions)
      .set({ priority: change.priority })
      .where(eq(learningQuestions.id, change.id))
      .run();
  }
}

/**
 * The ids of the questions the viewer may manage (a question only passes those) or read (the places in the list the
 * viewer sees count only those).
 */
function questionIdsFor(scope: WriteScope, permission: "learningQuestions.manage" | "learningQuestions.read") {
  const columns = { organisationId: learningQuestions.organisationId, programmeId: learningQuestions.programmeId };
  return new Set(
    scope.tx
      .select({ id: learningQuestions.id })
      .from(learningQuestions)
      .where(visibleTo(scope.viewer, permission, columns, scope.tx))
      .all()
      .map((row) => row.id),
  );
}

/**
 * Moves a question still to be answered one place up or down within the list the user looks at (the whole backlog,
 * the gemeente-wide questions or one programme's), swapping it with its neighbour there. Gives the new priority in
 * the whole backlog and the new place in that list.
 */
export function moveLearningQuestion({ questionId }: { questionId: number }, input: MoveInput) {
  return write(
    {
      permission: "learningQuestions.manage",
      target: questionTarget(questionId),
      record: { type: "learning_question", id: questionId },
    },
    (scope) => {
      const question = readableQuestion(scope.viewer, questionId, scope.tx);
      if (!isActive(question.status)) return refuse("notActive");
      const inScope = (programmeId: number | null) =>
        input.scope === "all" || (input.scope === "none" ? programmeId === null : programmeId === input.scope);
      if (!inScope(question.programmeId)) return refuse("invalid");
      // A question only passes questions the viewer may manage too.
      const mayPass = questionIdsFor(scope, "learningQuestions.manage");
      const rows = backlogOrder(scope);
      const byId = new Map(rows.map((row) => [row.id, row]));
      const movable = (id: number) => {
        const row = byId.get(id);
        return Boolean(row && isActive(row.status) && inScope(row.programmeId) && mayPass.has(id));
      };
      const order = moveInOrder(
        rows.map((row) => row.id),
        questionId,
        input.direction,
        movable,
      );
      if (!order) return refuse(input.direction === "up" ? "alreadyFirst" : "alreadyLast");
      applyOrder(scope, rows, order);
      const from = rows.findIndex((row) => row.id === questionId) + 1;
      const priority = order.indexOf(questionId) + 1;
      scope.audit({
        action: "learningQuestion.moved",
        entityType: "learning_question",
        entityId: questionId,
        summary: `${question.question}: ${from} → ${priority}`,
        before: { priority: from },
        after: { priority, direction: input.direction, scope: input.scope },
      });
      // The new place in the list as the viewer sees it (its questions still to answer, most urgent first), so the
      // screen can show the screen the question is now on.
      const readable = questionIdsFor(scope, "learningQuestions.read");
      const shown = order.filter((id) => {
        const row = byId.get(id);
        return Boolean(row && isActive(row.status) && inScope(row.programmeId) && readable.has(id));
      });
      return ok({ priority, place: shown.indexOf(questionId) + 1 });
    },
  );
}
