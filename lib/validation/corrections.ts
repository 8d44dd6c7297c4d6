import { z } from "zod";
import { DECISION_LEVELS, TOC_LEVELS } from "../domain/constants";
import { evenWhenOtherFieldsFail, optionalId, requiredText } from "./fields";
import { idList } from "./programmes";

export const correctionSchema = z
  .object({
    title: requiredText(200),
    whatChanges: requiredText(4000),
    why: requiredText(4000),
    decisionLevel: z.enum(DECISION_LEVELS, { error: "choose" }),
    findingIds: idList(),
    learningQuestionIds: idList(),
    indicatorIds: idList(),
    /** Lessons learned of the gemeente (lessons table). */
    lessonIds: idList(),
    // The change to the theory of change, all optional: add one element, retire one, rename one.
    addLevel: z
      .union([z.literal(""), z.enum(TOC_LEVELS)])
      .optional()
      .transform((value) => value || null),
    addTitle: z.string().trim().max(200, { error: "tooLongShort" }).default(""),
    removeElementId: optionalId(),
    renameElementId: optionalId(),
    renameTitle: z.string().trim().max(200, { error: "tooLongShort" }).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.addTitle && !value.addLevel) ctx.addIssue({ code: "custom", path: ["addLevel"], message: "choose" });
    if (value.addLevel && !value.addTitle) ctx.addIssue({ code: "custom", path: ["addTitle"], message: "required" });
    if (value.renameElementId && !value.renameTitle) {
      ctx.addIssue({ code: "custom", path: ["renameTitle"], message: "required" });
    }
    if (value.renameTitle && !value.renameElementId) {
      ctx.addIssue({ code: "custom", path: ["renameElementId"], message: "chooseElement" });
    }
    if (value.removeElementId && value.removeElementId === value.renameElementId) {
      ctx.addIssue({ code: "custom", path: ["renameElementId"], message: "removeAndRename" });
    }
  }, evenWhenOtherFieldsFail)
  .transform(({ addLevel, addTitle, removeElementId, renameElementId, renameTitle, ...rest }) => {
    const tocChange = {
      add: addLevel && addTitle ? { level: addLevel, title: addTitle } : null,
      removeElementId: removeElementId ?? null,
      rename: renameElementId && renameTitle ? { elementId: renameElementId, title: renameTitle } : null,
    };
    const changesToc = Boolean(tocChange.add || tocChange.removeElementId || tocChange.rename);
    return { ...rest, tocChange: changesToc ? tocChange : null };
  });
export type CorrectionInput = z.infer<typeof correctionSchema>;

export const correctionDecisionSchema = z
  .object({
    decision: z.enum(["besloten", "afgewezen"], { error: "chooseDecision" }),
    note: z.string().trim().max(2000, { error: "tooLong" }).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "afgewezen" && !value.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "rejectionReasonRequired" });
    }
  });
export type CorrectionDecisionInput = z.infer<typeof correctionDecisionSchema>;

export const correctionImplementedSchema = z.object({
  note: z.string().trim().max(2000, { error: "tooLong" }).default(""),
});
