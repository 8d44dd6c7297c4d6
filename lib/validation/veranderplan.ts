// Schemas of the veranderplan forms (route 2): the plan itself, a milestone, and a gezamenlijk afgesproken effect.
import { z } from "zod";
import { requiredDay, requiredNumber, requiredText } from "./fields";
import { recordVersion } from "./versions";

const optionalText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max, { error: max <= 200 ? "tooLongShort" : "tooLong" })
    .optional()
    .transform((value) => value ?? "");

/** Ids chosen in a group of checkboxes: each a positive whole number. */
const idList = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, ctx) => {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      const ids = list.filter((v) => v !== "").map(Number);
      if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return [...new Set(ids)];
    });

const chosenId = (error: string) =>
  z
    .string({ error })
    .min(1, { error })
    .transform(Number)
    .pipe(z.number({ error }).int({ error }).positive({ error }).max(Number.MAX_SAFE_INTEGER, { error }));

export const changePlanSchema = z.object({
  change: requiredText(4000),
  strategies: optionalText(8000),
  partnerOrganisationIds: idList(),
});
export type ChangePlanInput = z.infer<typeof changePlanSchema>;

/** The first save makes the plan (version 0: nothing was loaded); every later save sends the version it was opened on. */
export const changePlanEditSchema = changePlanSchema.extend({
  version: z
    .string({ error: "versionMissing" })
    .regex(/^(0|[1-9]\d{0,8})$/, { error: "versionMissing" })
    .transform(Number),
});
export type ChangePlanEditInput = z.infer<typeof changePlanEditSchema>;

/** Milestones lie in the plan's years: not before 2000, not after 2100. */
export const MILESTONE_YEARS = { min: 2000, max: 2100 } as const;

export const milestoneSchema = z.object({
  year: z
    .string({ error: "yearRequired" })
    .trim()
    .min(1, { error: "yearRequired" })
    .regex(/^\d{4}$/, { error: "year" })
    .transform(Number)
    .pipe(z.number().min(MILESTONE_YEARS.min, { error: "year" }).max(MILESTONE_YEARS.max, { error: "year" })),
  description: requiredText(1000),
  ownerId: chosenId("chooseOwner"),
});
export type MilestoneInput = z.infer<typeof milestoneSchema>;

export const agreedEffectSchema = z.object({
  indicatorId: chosenId("chooseIndicator"),
  description: requiredText(1000),
  baselineValue: requiredNumber(),
  baselineDate: requiredDay(),
  targetValue: requiredNumber(),
  targetDate: requiredDay(),
});
export type AgreedEffectInput = z.infer<typeof agreedEffectSchema>;

/** Correcting an agreed effect: the partners agreed to it, so a change says why. */
export const agreedEffectCorrectionSchema = agreedEffectSchema.extend({
  version: recordVersion(),
  reason: requiredText(1000),
});
export type AgreedEffectCorrectionInput = z.infer<typeof agreedEffectCorrectionSchema>;

/** Whether a milestone is done, as its form sends it. */
export const MILESTONE_STATES = ["open", "klaar"] as const;

/**
 * Changing a milestone of the plan: the version it was opened on, whether it is done, and why. The partners agreed to
 * the plan, so a change of what, when or who says why (lib/domain: milestoneChangeNeedsReason); marking it done does not.
 */
export const milestoneEditSchema = milestoneSchema.extend({
  version: recordVersion(),
  state: z.enum(MILESTONE_STATES, { error: "invalid" }),
  reason: optionalText(1000),
});
export type MilestoneEditInput = z.infer<typeof milestoneEditSchema>;
