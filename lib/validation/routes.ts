import { z } from "zod";
import { ROADMAP_STATUSES } from "../domain/constants";
import { findOption, INTAKE_QUESTIONS, type IntakeAnswers } from "../domain/intake";
import { ROUTE_KEYS } from "../domain/scenarios";
import { evenWhenOtherFieldsFail, optionalDay, optionalId } from "./fields";
import { type FormValues, firstValue } from "./form";
import { recordVersion } from "./versions";

/** Intake answers travel as fields named "q_<question key>". */
export const INTAKE_FIELD_PREFIX = "q_";
export const intakeField = (questionKey: string) => `${INTAKE_FIELD_PREFIX}${questionKey}`;

/** Every question needs an answer; each missing one is reported beside its question. */
export function parseIntake(
  values: Record<string, string | undefined>,
):
  | { success: true; answers: IntakeAnswers }
  | { success: false; fieldErrors: Record<string, string[]>; answers: IntakeAnswers } {
  const answers: IntakeAnswers = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const question of INTAKE_QUESTIONS) {
    const value = values[intakeField(question.key)];
    if (value && findOption(question.key, value)) answers[question.key] = value;
    else fieldErrors[intakeField(question.key)] = ["chooseAnswer"];
  }
  return Object.keys(fieldErrors).length ? { success: false, fieldErrors, answers } : { success: true, answers };
}

/** The valid intake answers among submitted fields; anything else is dropped. */
export function intakeAnswersFrom(values: FormValues): IntakeAnswers | null {
  const answers: IntakeAnswers = {};
  for (const question of INTAKE_QUESTIONS) {
    const value = firstValue(values, intakeField(question.key));
    if (value && findOption(question.key, value)) answers[question.key] = value;
  }
  return Object.keys(answers).length ? answers : null;
}

const routeKey = z.enum(ROUTE_KEYS, { error: "route" });

export const decisionSchema = z
  .object({
    primaryRoute: routeKey,
    secondaryRoute: z
      .union([z.literal(""), routeKey])
      .optional()
      .transform((value) => value || null),
    rationale: z
      .string({ error: "rationaleRequired" })
      .trim()
      .min(1, { error: "rationaleRequired" })
      .max(4000, { error: "tooLong" }),
  })
  .superRefine((value, ctx) => {
    if (value.secondaryRoute && value.secondaryRoute === value.primaryRoute) {
      ctx.addIssue({ code: "custom", path: ["secondaryRoute"], message: "secondRouteSame" });
    }
  }, evenWhenOtherFieldsFail);
export type DecisionInput = z.infer<typeof decisionSchema>;

export const roadmapStepSchema = z.object({
  status: z.enum(ROADMAP_STATUSES, { error: "invalid" }),
  ownerId: optionalId(),
  dueDate: optionalDay(),
  notes: z.string().trim().max(4000, { error: "tooLong" }).default(""),
  version: recordVersion(),
});
export type RoadmapStepInput = z.infer<typeof roadmapStepSchema>;

/** The quick "klaar" (or back to "te doen") on the roadmap, with the step's version the roadmap showed. */
export const roadmapStatusSchema = z.object({
  status: z.enum(ROADMAP_STATUSES, { error: "invalid" }),
  version: recordVersion(),
});
export type RoadmapStatusInput = z.infer<typeof roadmapStatusSchema>;

/** Ids sent as one or more fields of the same name (hidden fields, checkboxes). */
const idList = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[1-9]\d{0,15}$/, { error: "invalid" })
          .transform(Number),
      ),
    );

/**
 * The second step of a route decision that archives unfinished roadmap steps: the steps the person was shown
 * (`archiveStepIds`) and those they chose to keep. `reviewed` says the person saw the list (it may have been empty).
 */
export const decisionConfirmationSchema = z.object({
  reviewed: z.literal("1").optional(),
  archiveStepIds: idList(),
  keepStepIds: idList(),
});
