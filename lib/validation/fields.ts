// Building blocks for the form schemas. Error messages are keys of the "validation" messages.
import { z } from "zod";

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
