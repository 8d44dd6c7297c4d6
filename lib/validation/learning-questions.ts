// Schemas of the learning-question forms: the question itself, its answer and status, and a move in the backlog.
import { z } from "zod";
import { LEARNING_APPROACHES, LEARNING_QUESTION_STATUSES } from "../domain/constants";
import { type Direction, missingForStatus } from "../domain/learning-questions";
import { evenWhenOtherFieldsFail, optionalId, requiredText } from "./fields";
import { optionalDay } from "./programmes";
import { withVersion } from "./versions";

const optionalText = (max = 4000) => z.string().trim().max(max, { error: "tooLong" }).default("");

export const learningQuestionSchema = z.object({
  question: requiredText(500),
  whyItMatters: optionalText(2000),
  approach: z.enum(LEARNING_APPROACHES, { error: "chooseApproach" }),
  programmeId: optionalId(),
  ownerId: optionalId(),
  dueDate: optionalDay(),
});
export type LearningQuestionInput = z.infer<typeof learningQuestionSchema>;
export const learningQuestionEditSchema = withVersion(learningQuestionSchema);
export type LearningQuestionEditInput = z.infer<typeof learningQuestionEditSchema>;

/** A new question may be the follow-up of an earlier one. */
export const newLearningQuestionSchema = learningQuestionSchema.extend({ followUpOfId: optionalId() });
export type NewLearningQuestionInput = z.infer<typeof newLearningQuestionSchema>;

export const learningAnswerSchema = z
  .object({
    status: z.enum(LEARNING_QUESTION_STATUSES, { error: "choose" }),
    answer: optionalText(8000),
    interpretation: optionalText(8000),
    answeredByStudyId: optionalId(),
  })
  .superRefine((value, ctx) => {
    if (typeof value.status !== "string" || typeof value.answer !== "string") return;
    const missing = missingForStatus(value.status, { answer: value.answer });
    if (missing) ctx.addIssue({ code: "custom", path: ["answer"], message: missing });
  }, evenWhenOtherFieldsFail);
export type LearningAnswerInput = z.infer<typeof learningAnswerSchema>;
export const learningAnswerEditSchema = withVersion(learningAnswerSchema);
export type LearningAnswerEditInput = z.infer<typeof learningAnswerEditSchema>;

/**
 * A move up or down within the list the user is looking at: the whole backlog ("all"), the questions without a
 * programme ("none") or one programme's questions (its id).
 */
export const moveSchema = z.object({
  direction: z.enum(["up", "down"], { error: "invalid" }),
  scope: z
    .string({ error: "invalid" })
    .regex(/^(all|none|[1-9]\d{0,9})$/, { error: "invalid" })
    .transform((value) => (value === "all" || value === "none" ? value : Number(value))),
});
export type MoveInput = z.infer<typeof moveSchema>;
export type MoveScope = MoveInput["scope"];

/** The lists of learning questions a move can come from: the gemeente's backlog and a programme's questions. */
const QUESTION_LIST = /^\/(learning-questions|programmes\/[1-9]\d{0,9}\/learning-questions)$/;

/** The marks a list's address carries when a move brought a question onto its screen. */
const MOVED = "verplaatst";
const DIRECTION = "richting";
const DIRECTION_WORDS = { up: "omhoog", down: "omlaag" } as const;

/**
 * Where the user goes after a move that took the question off the screen of `list` (the path and search of that
 * screen): the same list with its filters, on the screen where the question's new `place` is, marked with the
 * question and the direction so that screen can give the question the focus and say its place. Null when the
 * question stays on the same screen, or `list` is not a list of learning questions.
 */
export function listAfterMove(
  list: unknown,
  move: { questionId: number; direction: Direction; place: number; pageSize: number },
): string | null {
  if (typeof list !== "string" || !list.startsWith("/") || list.startsWith("//")) return null;
  const url = new URL(list, "http://list.invalid");
  if (!QUESTION_LIST.test(url.pathname) || move.place < 1) return null;
  const search = url.searchParams;
  const current = Number(search.get("pagina")) || 1;
  const screen = Math.ceil(move.place / move.pageSize);
  if (screen === current) return null;
  if (screen > 1) search.set("pagina", String(screen));
  else search.delete("pagina");
  search.set(MOVED, String(move.questionId));
  search.set(DIRECTION, DIRECTION_WORDS[move.direction]);
  return `${url.pathname}?${search.toString()}`;
}

/** The question a move just brought onto this screen, and which way it went, from the marks of listAfterMove. */
export function arrivedByMove(
  search: Record<string, string | string[] | undefined>,
): { questionId: number; direction: Direction } | null {
  const id = search[MOVED];
  const word = search[DIRECTION];
  if (typeof id !== "string" || !/^[1-9]\d{0,9}$/.test(id)) return null;
  const direction: Direction | null =
    word === DIRECTION_WORDS.up ? "up" : word === DIRECTION_WORDS.down ? "down" : null;
  return direction ? { questionId: Number(id), direction } : null;
}

/** The address of the screen without the marks of a move, once the screen has acted on them. */
export function withoutMoveMarks(href: string): string {
  const url = new URL(href, "http://list.invalid");
  url.searchParams.delete(MOVED);
  url.searchParams.delete(DIRECTION);
  const query = url.searchParams.toString();
  return `${url.pathname}${query ? `?${query}` : ""}${url.hash}`;
}
