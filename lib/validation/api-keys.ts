import { z } from "zod";
import { expiryProblem } from "../domain/api-keys";
import { requiredDay, requiredText } from "./fields";

/** A new key: what the beheerder calls it, and the last day it works (after today, at most two years ahead). */
export const apiKeySchema = z.object({
  name: requiredText(80),
  expiresOn: requiredDay().superRefine((day, ctx) => {
    const problem = expiryProblem(day);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});
export type ApiKeyInput = z.infer<typeof apiKeySchema>;
