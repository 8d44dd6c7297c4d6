// Schemas of the indicator and measurement forms. What can be checked from the form alone is checked here (kind,
// own bounds, baseline and target within them); what depends on the programme and the indicator as saved (the
// looptijd, the baseline date, the bounds of a measurement) the data layer checks inside the write.
import { z } from "zod";
import { CONTRIBUTIONS, INDICATOR_DIRECTIONS, INDICATOR_KINDS, MEASUREMENT_FREQUENCIES } from "../domain/constants";
import { boundsProblems, type IndicatorBounds, kindValueKey, valueProblem } from "../domain/plausible";
import {
  evenWhenOtherFieldsFail,
  isDay,
  optionalDay,
  optionalNumber,
  recordVersion,
  requiredDay,
  requiredNumber,
  requiredText,
} from "./fields";

const optionalText = (max = 4000) => z.string().trim().max(max, { error: "tooLong" }).default("");

const requiredReason = (error: string) => z.string({ error }).trim().min(1, { error }).max(2000, { error: "tooLong" });

const isNumber = (value: unknown): value is number => typeof value === "number";
const isNumberOrNull = (value: unknown): value is number | null => value === null || isNumber(value);

/** Both halves of a value/date pair parsed (number or null, day or null). */
const pairParsed = (value: unknown, day: unknown) => isNumberOrNull(value) && (day === null || isDay(day));

const indicatorFields = {
  name: requiredText(200),
  /** "e:12" for an effect of the theory of change, "h:3" for a hypothesis, "" for neither. */
  basis: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return { tocElementId: null, hypothesisId: null };
      const match = /^(e|h):(\d+)$/.exec(value);
      if (!match) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      const id = Number(match[2]);
      return match[1] === "e" ? { tocElementId: id, hypothesisId: null } : { tocElementId: null, hypothesisId: id };
    }),
  unit: requiredText(60),
  kind: z.enum(INDICATOR_KINDS, { error: "choose" }),
  minValue: optionalNumber(),
  maxValue: optionalNumber(),
  direction: z.enum(INDICATOR_DIRECTIONS, { error: "choose" }),
  baselineValue: optionalNumber(),
  baselineDate: optionalDay(),
  targetValue: optionalNumber(),
  targetDate: optionalDay(),
  source: optionalText(500),
  frequency: z.enum(MEASUREMENT_FREQUENCIES, { error: "choose" }),
  contribution: z.enum(CONTRIBUTIONS, { error: "choose" }),
};

type IndicatorFields = z.output<z.ZodObject<typeof indicatorFields>>;

/**
 * The rules across fields, all at once whatever else failed: value and date of the baseline and the target come in
 * pairs, the target comes after the baseline, the own bounds fit the kind, and baseline and target lie within the
 * bounds. Each rule looks only at fields that parsed.
 */
function indicatorRules(value: IndicatorFields, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (pairParsed(value.baselineValue, value.baselineDate) && pairParsed(value.targetValue, value.targetDate)) {
    if ((value.baselineValue === null) !== (value.baselineDate === null)) {
      issue(value.baselineValue === null ? "baselineValue" : "baselineDate", "baselinePair");
    }
    if ((value.targetValue === null) !== (value.targetDate === null)) {
      issue(value.targetValue === null ? "targetValue" : "targetDate", "targetPair");
    }
    if (value.baselineDate && value.targetDate && value.targetDate <= value.baselineDate) {
      issue("targetDate", "targetAfterBaseline");
    }
  }
  if (!INDICATOR_KINDS.includes(value.kind) || !isNumberOrNull(value.minValue) || !isNumberOrNull(value.maxValue)) {
    return;
  }
  const bounds: IndicatorBounds = { kind: value.kind, minValue: value.minValue, maxValue: value.maxValue };
  const wrongBounds = boundsProblems(bounds);
  for (const problem of wrongBounds) issue(problem.field, problem.key);
  // Against bounds that are themselves wrong, only the kind's own rule says something useful.
  const against = wrongBounds.length ? { ...bounds, minValue: null, maxValue: null } : bounds;
  for (const field of ["baselineValue", "targetValue"] as const) {
    const number = value[field];
    if (!isNumber(number)) continue;
    const problem = valueProblem(against, number);
    if (problem) issue(field, kindValueKey(value.kind, problem));
  }
}

export const indicatorSchema = z.object(indicatorFields).superRefine(indicatorRules, evenWhenOtherFieldsFail);
export type IndicatorInput = z.infer<typeof indicatorSchema>;

/** Editing an indicator: the same fields, and the version the form was opened on. */
export const indicatorEditSchema = z
  .object({ ...indicatorFields, version: recordVersion() })
  .superRefine(indicatorRules, evenWhenOtherFieldsFail);
export type IndicatorEditInput = z.infer<typeof indicatorEditSchema>;

const measurementFields = {
  measuredOn: requiredDay(),
  value: requiredNumber(),
  note: optionalText(1000),
};

export const measurementSchema = z.object(measurementFields);
export type MeasurementInput = z.infer<typeof measurementSchema>;

/** Correcting a measurement: its day, value and note as they should be, why, and the version it was opened on. */
export const measurementCorrectionSchema = z.object({
  ...measurementFields,
  reason: requiredReason("correctionReasonRequired"),
  version: recordVersion(),
});
export type MeasurementCorrectionInput = z.infer<typeof measurementCorrectionSchema>;

/** Withdrawing a measurement: why, and the version that was on screen. */
export const measurementWithdrawalSchema = z.object({
  reason: requiredReason("withdrawReasonRequired"),
  version: recordVersion(),
});
export type MeasurementWithdrawalInput = z.infer<typeof measurementWithdrawalSchema>;

type Submitted = Record<string, string | string[] | undefined>;
const first = (values: Submitted, name: string) => {
  const value = values[name];
  return Array.isArray(value) ? value[0] : value;
};
const parsedOrUndefined = <T>(result: { success: true; data: T } | { success: false }) =>
  result.success ? result.data : undefined;

/**
 * The fields of a measurement form that parse on their own, after the form as a whole failed: the data layer checks
 * them too, so every problem is named in one round.
 */
export function measurementParts(values: Submitted) {
  return {
    measuredOn: parsedOrUndefined(requiredDay().safeParse(first(values, "measuredOn"))),
    value: parsedOrUndefined(requiredNumber().safeParse(first(values, "value"))),
  };
}

/** The same for the fields of an indicator's form that decide which measurements fit it. */
export function indicatorParts(values: Submitted) {
  return {
    kind: parsedOrUndefined(z.enum(INDICATOR_KINDS).safeParse(first(values, "kind"))),
    minValue: parsedOrUndefined(optionalNumber().safeParse(first(values, "minValue"))),
    maxValue: parsedOrUndefined(optionalNumber().safeParse(first(values, "maxValue"))),
    baselineDate: parsedOrUndefined(optionalDay().safeParse(first(values, "baselineDate"))),
  };
}
