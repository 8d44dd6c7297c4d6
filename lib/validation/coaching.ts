// Schemas of the coaching and reflection forms of a learning track: a coaching conversation, an action agreed in it,
// a participant's reflection answers, and the trainer's judgement of the track's goals.
import { z } from "zod";
import { GOAL_JUDGEMENTS } from "../domain/training";
import { judgementField } from "./field-names/training";
import { evenWhenOtherFieldsFail, optionalDay, optionalId, requiredDay, requiredText } from "./fields";
import { recordVersion } from "./versions";

const optionalText = (max = 4000) => z.string().trim().max(max, { error: "tooLong" }).default("");

const requiredId = (error: string) =>
  optionalId().refine((value): value is number => value !== null, { error }) as unknown as z.ZodType<number>;

const conversationFields = {
  participantId: optionalId(),
  teamName: optionalText(120),
  programmeId: optionalId(),
  heldOn: requiredDay(),
  summary: optionalText(8000),
};

/** A conversation is with one participant or with a team, not both. */
function oneSubject(value: { participantId?: unknown; teamName?: unknown }, ctx: z.RefinementCtx) {
  const participant = typeof value.participantId === "number";
  const team = typeof value.teamName === "string" && value.teamName.length > 0;
  if (!participant && !team) ctx.addIssue({ code: "custom", path: ["participantId"], message: "coachedRequired" });
  if (participant && team) ctx.addIssue({ code: "custom", path: ["teamName"], message: "coachedOneOf" });
}

export const conversationSchema = z.object(conversationFields).superRefine(oneSubject, evenWhenOtherFieldsFail);
export type ConversationInput = z.infer<typeof conversationSchema>;

export const conversationEditSchema = z
  .object({ ...conversationFields, version: recordVersion() })
  .superRefine(oneSubject, evenWhenOtherFieldsFail);
export type ConversationEditInput = z.infer<typeof conversationEditSchema>;

export const coachingActionSchema = z.object({
  description: requiredText(300),
  ownerId: requiredId("actionOwnerRequired"),
  dueDate: optionalDay(),
});
export type CoachingActionInput = z.infer<typeof coachingActionSchema>;

const answerFields = {
  applied: optionalText(2000),
  hard: optionalText(2000),
  needs: optionalText(2000),
};

/** The three prompts; at least one answered. `version` is 0 for a first answer, else the answer's version. */
export const reflectionAnswerSchema = z
  .object({ ...answerFields, version: z.coerce.number({ error: "invalid" }).int().nonnegative({ error: "invalid" }) })
  .superRefine((value, ctx) => {
    if (!value.applied && !value.hard && !value.needs) {
      ctx.addIssue({ code: "custom", path: ["applied"], message: "reflectionRequired" });
    }
  }, evenWhenOtherFieldsFail);
export type ReflectionAnswerInput = z.infer<typeof reflectionAnswerSchema>;

/** Per goal "bereikt", "deels", "niet" or not yet judged (empty), read from the field names; and the track's version. */
export const goalJudgementSchema = z.preprocess(
  (raw) => {
    const values = (raw ?? {}) as Record<string, unknown>;
    const judgements: Record<number, string | null> = {};
    for (const [key, value] of Object.entries(values)) {
      const match = /^goal-(\d{1,9})$/.exec(key);
      if (match) judgements[Number(match[1])] = value === "" || value === undefined ? null : String(value);
    }
    return { ...values, judgements };
  },
  z.object({
    judgements: z.record(z.coerce.number().int().positive(), z.enum(GOAL_JUDGEMENTS, { error: "invalid" }).nullable()),
    version: recordVersion(),
  }),
);
export type GoalJudgementInput = z.infer<typeof goalJudgementSchema>;

export { judgementField };
