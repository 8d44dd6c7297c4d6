// Rules of the backlog of learning questions (route 4, impact deep diving): the order of urgency, which status may
// follow which and what a status needs. Plain functions; the data layer and the forms both use them.
import { LEARNING_QUESTION_STATUSES, type LearningQuestionStatus } from "./constants";

/** Questions still to be answered; only these are moved up and down in the backlog. */
export function isActive(status: LearningQuestionStatus): boolean {
  return status === "open" || status === "in_behandeling";
}

/**
 * Which status may follow which. An answered question goes back to "in behandeling" when the answer does not hold;
 * a dropped question can only be opened again. Keeping the same status (to improve the answer) is always allowed.
 */
export const STATUS_TRANSITIONS: Record<LearningQuestionStatus, readonly LearningQuestionStatus[]> = {
  open: ["in_behandeling", "beantwoord", "vervallen"],
  in_behandeling: ["open", "beantwoord", "vervallen"],
  beantwoord: ["in_behandeling"],
  vervallen: ["open"],
};

export function canChangeStatus(from: LearningQuestionStatus, to: LearningQuestionStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** The statuses to offer for a question that now has `current`, the current one first. */
export function statusChoices(current: LearningQuestionStatus): LearningQuestionStatus[] {
  return LEARNING_QUESTION_STATUSES.filter((s) => canChangeStatus(current, s)).sort((a, b) =>
    a === current ? -1 : b === current ? 1 : 0,
  );
}

/** What a status needs before a question may have it: a question is only "beantwoord" with an answer. */
export function missingForStatus(status: LearningQuestionStatus, answer: { answer: string }): "answerRequired" | null {
  return status === "beantwoord" && answer.answer.trim() === "" ? "answerRequired" : null;
}

export type StatusProblem = { field: "status" | "answer"; error: "statusNotAllowed" | "answerRequired" };

/** Why a change of status (with the answer that comes with it) cannot be saved, or null when it can. */
export function statusChangeProblem(
  from: LearningQuestionStatus,
  to: LearningQuestionStatus,
  answer: { answer: string },
): StatusProblem | null {
  if (!canChangeStatus(from, to)) return { field: "status", error: "statusNotAllowed" };
  const missing = missingForStatus(to, answer);
  return missing ? { field: "answer", error: missing } : null;
}

/** An answer is only half the work: the team still has to discuss what it means for them (step 4 of route 4). */
export function interpretationMissing(question: { status: LearningQuestionStatus; interpretation: string }): boolean {
  return question.status === "beantwoord" && question.interpretation.trim() === "";
}

/** A due date in the past while the question is still to be answered. */
export function isOverdue(
  question: { status: LearningQuestionStatus; dueDate: string | null },
  today: string,
): boolean {
  return isActive(question.status) && question.dueDate !== null && question.dueDate < today;
}

export type Ranked = { id: number; priority: number };

/** Most urgent first; equal priorities (which old data may have) fall back to the oldest first. */
export function byPriority(a: Ranked, b: Ranked): number {
  return a.priority - b.priority || a.id - b.id;
}

export type Direction = "up" | "down";

/**
 * Moves one question past its nearest neighbour in the given direction among the questions that `movable` accepts
 * (the active questions of the list the user is looking at). Questions in between keep their place. Returns the new
 * order of all ids, or null when there is nothing to move past.
 */
export function moveInOrder(
  order: readonly number[],
  id: number,
  direction: Direction,
  movable: (id: number) => boolean = () => true,
): number[] | null {
  const from = order.indexOf(id);
  if (from === -1) return null;
  const step = direction === "up" ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < order.length && !movable(order[to] as number)) to += step;
  if (to < 0 || to >= order.length) return null;
  const next = [...order];
  next[from] = order[to] as number;
  next[to] = id;
  return next;
}

/** Puts a new question directly after another one (a follow-up after its parent), or last when that one is absent. */
export function placeAfter(order: readonly number[], id: number, afterId: number | null): number[] {
  const rest = order.filter((other) => other !== id);
  const at = afterId === null ? -1 : rest.indexOf(afterId);
  if (at === -1) return [...rest, id];
  return [...rest.slice(0, at + 1), id, ...rest.slice(at + 1)];
}

/** The priorities that change when the backlog takes this order (1 is the most urgent). */
export function renumber(order: readonly number[], current: ReadonlyMap<number, number>): Ranked[] {
  return order
    .map((id, index) => ({ id, priority: index + 1 }))
    .filter(({ id, priority }) => current.get(id) !== priority);
}

/** The three parts of the backlog page: still to answer (in order of urgency), answered, dropped. */
export function backlogSections<T extends Ranked & { status: LearningQuestionStatus }>(questions: readonly T[]) {
  const sorted = [...questions].sort(byPriority);
  return {
    active: sorted.filter((q) => isActive(q.status)),
    answered: sorted.filter((q) => q.status === "beantwoord"),
    dropped: sorted.filter((q) => q.status === "vervallen"),
  };
}
