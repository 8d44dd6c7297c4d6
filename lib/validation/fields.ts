// Building blocks for the form schemas. Error messages are keys of the "validation" messages.
import { z } from "zod";
import { parseDutchNumber } from "../domain/numbers";
import { dayInRange, numberProblem } from "../domain/plausible";
import { parseDay } from "../domain/time";

export const MIN_PASSWORD_LENGTH = 12;

export const requiredText = (max = 200) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: max <= 200 ? "tooLongShort" : "tooLong" });

export const email = () =>
  z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "required" })
    .max(254, { error: "tooLongShort" })
    .pipe(z.email({ error: "email" }));

export const newPassword = () =>
  z
    .string({ error: "required" })
    .min(1, { error: "required" })
    .min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" })
    .max(200, { error: "tooLongShort" });

/** An id chosen in a select: a positive whole number, or nothing. */
export const optionalId = () =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const id = Number(value);
      if (!Number.isInteger(id) || id <= 0) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return id;
    });

/**
 * For checks across fields (an end date before the start date): run them even when another field already failed,
 * so the user sees every problem at once. Such a check must then not trust the types of the other fields.
 */
export const evenWhenOtherFieldsFail = { when: () => true };

/**
 * A field that parsed into a plausible calendar day. A check across fields runs after a failed field too, and may
 * then see the raw input: this tells it whether to trust the value.
 */
export const isDay = (value: unknown): value is string =>
  typeof value === "string" && Boolean(parseDay(value)) && dayInRange(value);

/** The day typed, or the key of what is wrong with it: not a date, or outside 1900–2100. */
function checkDay(value: string, ctx: z.RefinementCtx) {
  if (!parseDay(value)) {
    ctx.addIssue({ code: "custom", message: "date" });
    return z.NEVER;
  }
  if (!dayInRange(value)) {
    ctx.addIssue({ code: "custom", message: "dateRange" });
    return z.NEVER;
  }
  return value;
}

/** A calendar day from a date field, between 1900 and 2100, or null when left empty. */
export const optionalDay = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => (value ? checkDay(value, ctx) : null));

/** A calendar day from a date field, between 1900 and 2100. */
export const requiredDay = () =>
  z
    .string({ error: "dateRequired" })
    .trim()
    .min(1, { error: "dateRequired" })
    .transform((value, ctx) => checkDay(value, ctx));

/** The number typed the Dutch way, or the key of what is wrong with it: not a number, too large, too fine. */
function checkNumber(value: string, ctx: z.RefinementCtx) {
  const number = parseDutchNumber(value);
  if (number === null) {
    ctx.addIssue({ code: "custom", message: "number" });
    return z.NEVER;
  }
  const problem = numberProblem(number);
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return number;
}

/**
 * A number typed the Dutch way ("12,5", "1.250"), at most a million million either way and with at most six decimals,
 * or null when left empty.
 */
export const optionalNumber = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => (value ? checkNumber(value, ctx) : null));

/** A number typed the Dutch way, at most a million million either way and with at most six decimals. */
export const requiredNumber = () =>
  z
    .string({ error: "numberRequired" })
    .trim()
    .min(1, { error: "numberRequired" })
    .transform((value, ctx) => checkNumber(value, ctx));

/** The version of the record an edit form was opened on: a save from an older one is refused. */
export const recordVersion = () =>
  z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });
