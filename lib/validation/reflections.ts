// Schemas of the reflection-session forms: the session itself, its four prompts and a new action item.
import { z } from "zod";
import { REFLECTION_PROMPTS, type ReflectionPrompt } from "./field-names/reflections";
import { optionalDay, requiredDay, requiredText } from "./fields";
import { idList } from "./programmes";
import { withVersion } from "./versions";

const optionalText = (max = 8000) => z.string().trim().max(max, { error: "tooLong" }).default("");

const requiredId = (error: string) =>
  z
    .string({ error })
    .min(1, { error })
    .transform((value, ctx) => {
      const id = Number(value);
      if (!Number.isInteger(id) || id <= 0) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return id;
    });

export const reflectionSessionSchema = z.object({
  title: requiredText(200),
  heldOn: requiredDay(),
  participantIds: idList(),
  guests: optionalText(500),
});
export type ReflectionSessionInput = z.infer<typeof reflectionSessionSchema>;
/** The session's details as edited later: the version they were opened on comes along. */
export const reflectionSessionEditSchema = withVersion(reflectionSessionSchema);
export type ReflectionSessionEditInput = z.infer<typeof reflectionSessionEditSchema>;

export const reflectionPromptsSchema = z.object({
  planned: optionalText(),
  happened: optionalText(),
  learned: optionalText(),
  change: optionalText(),
  /** When the texts the form started from were saved (ms): a save based on older texts is a conflict. */
  version: z
    .string()
    .optional()
    .transform((value) => (value && /^\d{1,15}$/.test(value) ? Number(value) : null)),
});
export type ReflectionPromptsInput = z.infer<typeof reflectionPromptsSchema>;

export const actionItemSchema = z.object({
  description: requiredText(500),
  ownerId: requiredId("actionOwnerRequired"),
  dueDate: optionalDay(),
});
export type ActionItemInput = z.infer<typeof actionItemSchema>;

export { REFLECTION_PROMPTS, type ReflectionPrompt };
