// Schemas of the forms of subsidy frameworks and applications (route 2). Amounts are whole euros.
import { z } from "zod";
import { parseDutchNumber } from "../domain/numbers";
import { DECISIONS, FRAMEWORK_STATUSES, MAX_EUROS } from "../domain/subsidies";
import { TARGET_FIELD_PREFIX } from "./field-names/subsidies";
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

export const frameworkSchema = z
  .object({
    name: requiredText(200),
    budget: requiredEuros(),
    startsOn: requiredDay(),
    endsOn: requiredDay(),
    criteria: requiredText(8000),
    status: z.enum(FRAMEWORK_STATUSES, { error: "invalid" }),
    effectIds: idList(),
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

/** The targets typed per agreed effect (an empty field: no contribution to that effect), and the fields that are wrong. */
function readTargets(fields: Record<string, unknown>) {
  const targets: { agreedEffectId: number; target: number }[] = [];
  const wrong: string[] = [];
  for (const [name, raw] of Object.entries(fields)) {
    if (!name.startsWith(TARGET_FIELD_PREFIX)) continue;
    const text = String((Array.isArray(raw) ? raw[0] : raw) ?? "").trim();
    const agreedEffectId = Number(name.slice(TARGET_FIELD_PREFIX.length));
    if (!text || !Number.isSafeInteger(agreedEffectId) || agreedEffectId <= 0) continue;
    const target = parseDutchNumber(text);
    if (target === null || Math.abs(target) > 1e12) wrong.push(name);
    else targets.push({ agreedEffectId, target });
  }
  return { targets, wrong };
}

export const applicationSchema = z
  .looseObject({
    partnerOrganisationId: optionalId(),
    requestedAmount: requiredEuros(),
    plan: requiredText(8000),
  })
  .superRefine((value, ctx) => {
    const { targets, wrong } = readTargets(value);
    for (const name of wrong) ctx.addIssue({ code: "custom", path: [name], message: "number" });
    if (targets.length === 0 && wrong.length === 0) {
      ctx.addIssue({ code: "custom", path: ["effects"], message: "chooseEffectTarget" });
    }
  }, evenWhenOtherFieldsFail)
  .transform((value) => ({
    partnerOrganisationId: value.partnerOrganisationId,
    requestedAmount: value.requestedAmount,
    plan: value.plan,
    effects: readTargets(value).targets,
  }));
export type ApplicationInput = z.infer<typeof applicationSchema>;

export const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS, { error: "chooseGrantOrReject" }),
    amount: optionalEuros(),
    reason: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "toegekend" && value.amount === null) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "grantAmountRequired" });
    }
    if (value.decision === "afgewezen" && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "rejectReasonRequired" });
    }
  }, evenWhenOtherFieldsFail);
export type DecisionInput = z.infer<typeof decisionSchema>;

/** A partner withdraws its application before a decision; saying why is optional. */
export const withdrawalSchema = z.object({ reason: optionalText(2000) });
export type WithdrawalInput = z.infer<typeof withdrawalSchema>;

export { TARGET_FIELD_PREFIX };
