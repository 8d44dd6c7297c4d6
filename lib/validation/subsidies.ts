// Schemas of the forms of subsidy frameworks and applications (route 2). Amounts are whole euros.
import { z } from "zod";
import { parseDutchNumber } from "../domain/numbers";
import { DECISIONS, FRAMEWORK_STATUSES, MAX_EUROS } from "../domain/subsidies";
import { evenWhenOtherFieldsFail, isDay, optionalId, requiredDay, requiredText } from "./fields";
import { recordVersion } from "./versions";

const optionalText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max, { error: max <= 200 ? "tooLongShort" : "tooLong" })
    .optional()
    .transform((value) => value ?? "");

/** "€ 12.500" or "12500": whole euros from 1 to a billion. */
function checkEuros(value: string, ctx: z.RefinementCtx) {
  const euros = parseDutchNumber(value);
  if (euros === null) {
    ctx.addIssue({ code: "custom", message: "number" });
    return z.NEVER;
  }
  if (!Number.isInteger(euros)) {
    ctx.addIssue({ code: "custom", message: "wholeEuros" });
    return z.NEVER;
  }
  if (euros < 1 || euros > MAX_EUROS) {
    ctx.addIssue({ code: "custom", message: "euroRange" });
    return z.NEVER;
  }
  return euros;
}

export const requiredEuros = () =>
  z
    .string({ error: "numberRequired" })
    .trim()
    .min(1, { error: "numberRequired" })
    .transform((value, ctx) => checkEuros(value, ctx));

export const optionalEuros = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => (value ? checkEuros(value, ctx) : null));

export const frameworkSchema = z
  .object({
    name: requiredText(200),
    budget: requiredEuros(),
    startsOn: requiredDay(),
    endsOn: requiredDay(),
    criteria: requiredText(8000),
    status: z.enum(FRAMEWORK_STATUSES, { error: "invalid" }),
  })
  .superRefine((value, ctx) => {
    if (!isDay(value.startsOn) || !isDay(value.endsOn)) return;
    if (value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "endBeforeStart" });
  }, evenWhenOtherFieldsFail);
export type FrameworkInput = z.infer<typeof frameworkSchema>;

export const frameworkEditSchema = z.intersection(frameworkSchema, z.object({ version: recordVersion() }));
export type FrameworkEditInput = z.infer<typeof frameworkEditSchema>;

/**
 * An application. A partner applies for its own organisation (the field is not on its form and is ignored); someone
 * of the gemeente chooses the partner it records the application for.
 */
export const applicationSchema = z.object({
  partnerOrganisationId: optionalId(),
  requestedAmount: requiredEuros(),
  plan: requiredText(8000),
});
export type ApplicationInput = z.infer<typeof applicationSchema>;

export const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS, { error: "chooseDecision" }),
    amount: optionalEuros(),
    reason: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "toegekend" && value.amount === null) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "amountRequired" });
    }
    if (value.decision === "afgewezen" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
    }
  }, evenWhenOtherFieldsFail);
export type DecisionInput = z.infer<typeof decisionSchema>;
