// Schemas of the lesson forms: a lesson from the library (with its links chosen) or from a reflection session.
import { z } from "zod";
import { MAX_TAG_LENGTH, MAX_TAGS, parseTags } from "../domain/reflection";
import { evenWhenOtherFieldsFail, optionalId, requiredText } from "./fields";

const optionalText = (max = 4000) => z.string().trim().max(max, { error: "tooLong" }).default("");

/** Tags typed with commas between them; stored lowercase, each once. */
const tags = () =>
  z
    .string()
    .max(1000, { error: "tooLong" })
    .optional()
    .transform((value, ctx) => {
      const list = parseTags(value ?? "");
      if (list.length > MAX_TAGS) ctx.addIssue({ code: "custom", message: "tooManyTags" });
      if (list.some((tag) => tag.length > MAX_TAG_LENGTH)) ctx.addIssue({ code: "custom", message: "tagTooLong" });
      return list;
    });

const lessonFields = {
  title: requiredText(200),
  body: requiredText(8000),
  context: optionalText(),
  tags: tags(),
  findingId: optionalId(),
};

/** From a session: the programme and the session come with the form, only a finding is chosen. */
export const sessionLessonSchema = z.object(lessonFields);
export type SessionLessonInput = z.infer<typeof sessionLessonSchema>;

export const lessonSchema = z
  .object({ ...lessonFields, programmeId: optionalId(), sessionId: optionalId() })
  .superRefine((value, ctx) => {
    // A session or a finding always belongs to a programme: choose that programme too.
    if (value.programmeId !== null) return;
    if (typeof value.sessionId === "number") {
      ctx.addIssue({ code: "custom", path: ["sessionId"], message: "lessonProgrammeRequired" });
    }
    if (typeof value.findingId === "number") {
      ctx.addIssue({ code: "custom", path: ["findingId"], message: "lessonProgrammeRequired" });
    }
  }, evenWhenOtherFieldsFail);
export type LessonInput = z.infer<typeof lessonSchema>;

/** Editing a lesson: its words and tags; where it came from stays. `version` is the text the user started from. */
export const lessonEditSchema = z.object({
  title: requiredText(200),
  body: requiredText(8000),
  context: optionalText(),
  tags: tags(),
  version: z.coerce.number().int().nonnegative(),
});
export type LessonEditInput = z.infer<typeof lessonEditSchema>;
