// Schemas of the learning-question forms: the question itself, its answer and status, and a move in the backlog.
import { z } from "zod";
import { LEARNING_APPROACHES, LEARNING_QUESTION_STATUSES } from "../domain/constants";
import { missingForStatus } from "../domain/learning-questions";
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
