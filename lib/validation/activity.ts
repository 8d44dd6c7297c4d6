import { z } from "zod";
import { endOfDay, parseDay, startOfDay } from "../domain/time";

const day = z
  .string()
  .trim()
  .optional()
  .refine((value) => !value || parseDay(value), { error: "date" });

/** The activity-log filters as they arrive in the URL. */
export const activityFilterSchema = z
  .object({
    actor: z.coerce.number().int().positive().optional().catch(undefined),
    action: z
      .string()
      .regex(/^[a-z_.]{1,60}$/)
      .optional()
      .catch(undefined),
    from: day,
    to: day,
    page: z.coerce.number().int().positive().max(100_000).optional().catch(undefined),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && parseDay(value.from) && parseDay(value.to) && value.from > value.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "dateOrder" });
    }
  })
  .transform((value) => ({
    actorId: value.actor,
    action: value.action,
    from: value.from ? startOfDay(value.from) : undefined,
    until: value.to ? endOfDay(value.to) : undefined,
    page: value.page,
  }));
