// The order of the backlog of learning questions: 1 is the most urgent. Moving a question up or down, and the
// helpers that keep the priorities a clean 1, 2, 3 when a follow-up is slotted in after its parent.
import "server-only";
import { eq } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import { byPriority, isActive, moveInOrder, renumber } from "@/lib/domain/learning-questions";
import { can } from "@/lib/domain/permissions";
import type { MoveInput } from "@/lib/validation/learning-questions";
import { recordAudit } from "../audit";
import { type Transaction, transact } from "../index";
import { learningQuestions } from "../schema";
import { assertWrite, readableQuestion } from "./learning-question-access";
import { type MutationResult, ok, refuse } from "./result";

/** Every question of the gemeente, most urgent first. */
export function backlogOrder(tx: Transaction, organisationId: number) {
  return tx
    .select({
      id: learningQuestions.id,
      priority: learningQuestions.priority,
      status: learningQuestions.status,
      programmeId: learningQuestions.programmeId,
    })
    .from(learningQuestions)
    .where(eq(learningQuestions.organisationId, organisationId))
    .all()
    .sort(byPriority);
}

/** Gives the questions the priorities of this order, writing only those that change. */
export function applyOrder(tx: Transaction, rows: { id: number; priority: number }[], order: number[]) {
  const changes = renumber(order, new Map(rows.map((row) => [row.id, row.priority])));
  for (const change of changes) {
    tx.update(learningQuestions).set({ priority: change.priority }).where(eq(learningQuestions.id, change.id)).run();
  }
}

/**
 * Moves a question still to be answered one place up or down within the list the user looks at (the whole backlog,
 * the gemeente-wide questions or one programme's), swapping it with its neighbour there.
 */
export async function moveLearningQuestion({ questionId }: { questionId: number }, input: MoveInput) {
  const viewer = await requireViewer();
  return transact((tx): MutationResult<{ priority: number }> => {
    const question = readableQuestion(viewer, questionId, tx);
    assertWrite(viewer, question.programmeId, tx);
    if (!isActive(question.status)) return refuse("notActive");
    const inScope = (programmeId: number | null) =>
      input.scope === "all" || (input.scope === "none" ? programmeId === null : programmeId === input.scope);
    if (!inScope(question.programmeId)) return refuse("invalid");
    // Without the gemeente-wide right, a question only passes questions of its own programme.
    const manages = can(viewer.role, "learningQuestions.manage");
    const rows = backlogOrder(tx, viewer.organisationId);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const movable = (id: number) => {
      const row = byId.get(id);
      return Boolean(
        row &&
          isActive(row.status) &&
          inScope(row.programmeId) &&
          (manages || row.programmeId === question.programmeId),
      );
    };
    const order = moveInOrder(
      rows.map((row) => row.id),
      questionId,
      input.direction,
      movable,
    );
    if (!order) return refuse(input.direction === "up" ? "alreadyFirst" : "alreadyLast");
    applyOrder(tx, rows, order);
    const from = rows.findIndex((row) => row.id === questionId) + 1;
    const priority = order.indexOf(questionId) + 1;
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId: question.programmeId,
      action: "learningQuestion.moved",
      entityType: "learning_question",
      entityId: questionId,
      summary: `${question.question}: ${from} → ${priority}`,
      before: { priority: from },
      after: { priority, direction: input.direction, scope: input.scope },
    });
    return ok({ priority });
  });
}
