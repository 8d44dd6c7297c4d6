// Schemas of the programme forms: the programme itself, theory of change, hypotheses, assumptions and the move to
// the next phase. Indicators and measurements have their own (./indicators), re-exported here.
import { z } from "zod";
import {
  ASSUMPTION_STATUSES,
  CRITICALITIES,
  HYPOTHESIS_STATUSES,
  PROGRAMME_KINDS,
  PROGRAMME_STATUSES,
  TOC_LEVELS,
} from "../domain/constants";
import { euroCents } from "../domain/numbers";
import { budgetProblem } from "../domain/plausible";
import { ROUTE_KEYS } from "../domain/scenarios";
import { evenWhenOtherFieldsFail, isDay, optionalDay, optionalNumber, requiredText } from "./fields";
import { recordVersion, withVersion } from "./versions";

export { optionalDay, optionalNumber } from "./fields";
export {
  type IndicatorInput,
  indicatorSchema,
  type MeasurementInput,
  measurementSchema,
} from "./indicators";

const optionalText = (max = 4000) => z.string().trim().max(max, { error: "tooLong" }).default("");

/** Ids from a group of checkboxes: absent, one value or several. */
export const idList = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value, ctx) => {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      const ids = list.filter(Boolean).map(Number);
      if (ids.some((id) => !Number.isInteger(id) || id <= 0)) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return [...new Set(ids)];
    });

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

export const programmeSchema = z
  .object({
    name: requiredText(160),
    kind: z.enum(PROGRAMME_KINDS, { error: "choose" }),
    societalChallenge: requiredText(2000),
    route: z
      .union([z.literal(""), z.enum(ROUTE_KEYS)])
      .optional()
      .transform((value) => value || null),
    description: optionalText(),
    ownerId: requiredId("ownerRequired"),
    teamMemberIds: idList(),
    partnerIds: idList(),
    startDate: optionalDay(),
    endDate: optionalDay(),
    budget: optionalNumber(),
    status: z.enum(PROGRAMME_STATUSES, { error: "choose" }),
  })
  .superRefine((value, ctx) => {
    const { startDate, endDate, budget } = value;
    if (isDay(startDate) && isDay(endDate) && endDate < startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    }
    const budgetIssue = typeof budget === "number" ? budgetProblem(budget) : null;
    if (budgetIssue) ctx.addIssue({ code: "custom", path: ["budget"], message: budgetIssue });
  }, evenWhenOtherFieldsFail)
  .transform(({ budget, ...value }) => ({ ...value, budgetCents: budget === null ? null : euroCents(budget) }));
export type ProgrammeInput = z.infer<typeof programmeSchema>;
export const programmeEditSchema = withVersion(programmeSchema);
export type ProgrammeEditInput = z.infer<typeof programmeEditSchema>;

export const tocElementSchema = z.object({
  level: z.enum(TOC_LEVELS, { error: "choose" }),
  title: requiredText(200),
  description: optionalText(2000),
});
export type TocElementInput = z.infer<typeof tocElementSchema>;

export const tocLinkSchema = z
  .object({ fromElementId: requiredId("chooseElement"), toElementId: requiredId("chooseElement") })
  .refine((value) => value.fromElementId !== value.toElementId, { path: ["toElementId"], error: "linkToSelf" });
export type TocLinkInput = z.infer<typeof tocLinkSchema>;

export const hypothesisSchema = z.object({
  activity: requiredText(500),
  change: requiredText(500),
  targetGroup: requiredText(300),
  mechanism: requiredText(1000),
  notes: optionalText(),
  status: z.enum(HYPOTHESIS_STATUSES, { error: "choose" }).default("open"),
  elementIds: idList(),
});
export type HypothesisInput = z.infer<typeof hypothesisSchema>;
export const hypothesisEditSchema = withVersion(hypothesisSchema);
export type HypothesisEditInput = z.infer<typeof hypothesisEditSchema>;

export const assumptionSchema = z.object({
  statement: requiredText(1000),
  /** "h:12" for a hypothesis, "l:7" for a link of the theory of change, "" for neither. */
  basis: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return { hypothesisId: null, tocLinkId: null };
      const match = /^(h|l):(\d+)$/.exec(value);
      if (!match) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      const id = Number(match[2]);
      return match[1] === "h" ? { hypothesisId: id, tocLinkId: null } : { hypothesisId: null, tocLinkId: id };
    }),
  criticality: z.enum(CRITICALITIES, { error: "choose" }),
  testPlan: optionalText(),
});
export type AssumptionInput = z.infer<typeof assumptionSchema>;
export const assumptionEditSchema = withVersion(assumptionSchema);
export type AssumptionEditInput = z.infer<typeof assumptionEditSchema>;

export const assumptionStatusSchema = z.object({
  status: z.enum(ASSUMPTION_STATUSES, { error: "choose" }),
  reason: z
    .string({ error: "reasonRequired" })
    .trim()
    .min(1, { error: "reasonRequired" })
    .max(2000, { error: "tooLong" }),
  /** The assumption's version the form was opened on: a new status is never set over one set meanwhile unseen. */
  version: recordVersion(),
});
export type AssumptionStatusInput = z.infer<typeof assumptionStatusSchema>;

const checkbox = () =>
  z
    .string()
    .optional()
    .transform((value) => value === "on" || value === "true");

export const phaseChangeSchema = z
  .object({
    note: optionalText(2000),
    /** Set when the user saw the open checklist items and chose to move on anyway. */
    acknowledgeOpenItems: checkbox(),
    /** Closing bijsturen: this round needs no course correction, for the reason given. */
    noCorrectionNeeded: checkbox(),
    noCorrectionReason: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.noCorrectionNeeded && !value.noCorrectionReason) {
      ctx.addIssue({ code: "custom", path: ["noCorrectionReason"], message: "noCorrectionReasonRequired" });
    }
  });
export type PhaseChangeInput = z.infer<typeof phaseChangeSchema>;
