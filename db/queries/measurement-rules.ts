// The plausibility rules of a measurement as the data layer applies them, inside the transaction of the write: what
// the indicator and its programme allow (lib/domain/plausible.ts), and one live measurement per day. A refusal
// carries every problem at once, per field, for the form to show beside its fields. For a form whose own checks
// failed, the same rules answer for the fields that did parse, so the form names every problem in one round.
import "server-only";
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { numberForInput } from "@/lib/domain/number-text";
import {
  type IndicatorBounds,
  measurementDayProblems,
  measurementProblems,
  measurementValueProblem,
  type Problem,
  valueProblem,
} from "@/lib/domain/plausible";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { indicators, measurements, programmes } from "../schema";
import { guardProgramme, isRefusal } from "../write";
import { type MutationResult, refuse } from "./result";

/** Problems per form field; each field lists them in the order the form shows them. */
export type FieldProblems = Record<string, Problem[]>;

/** A refusal whose reasons belong beside the fields of the form (they name days and numbers). */
export function refuseProblems(problems: FieldProblems): MutationResult<never> {
  return Object.assign(refuse("checkFields"), { problems });
}

/** The problems of a refusal made by `refuseProblems`, if it was one. */
export function problemsOf(result: MutationResult<unknown>): FieldProblems | undefined {
  return !result.ok && "problems" in result ? (result.problems as FieldProblems) : undefined;
}

/** A refusal because someone else saved the record after the form was opened; `saved` is what they saved. */
export function refuseConflict<S>(error: string, conflict: { version: number; saved: S }): MutationResult<never> {
  return Object.assign(refuse(error), { conflict });
}

export function conflictOf<S>(result: MutationResult<unknown>): { version: number; saved: S } | undefined {
  return !result.ok && "conflict" in result ? (result.conflict as { version: number; saved: S }) : undefined;
}

/** The indicator of this programme with what its measurements are checked against; NotFoundError for anything else. */
export function indicatorForMeasuring(db: Reader, programmeId: number, indicatorId: number) {
  const row = db
    .select({
      id: indicators.id,
      name: indicators.name,
      unit: indicators.unit,
      kind: indicators.kind,
      minValue: indicators.minValue,
      maxValue: indicators.maxValue,
      baselineDate: indicators.baselineDate,
      archivedAt: indicators.archivedAt,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
    })
    .from(indicators)
    .innerJoin(programmes, eq(programmes.id, indicators.programmeId))
    .where(and(eq(indicators.id, indicatorId), eq(indicators.programmeId, programmeId)))
    .get();
  if (!row) throw new NotFoundError("indicator");
  return row;
}

export type MeasuredIndicator = ReturnType<typeof indicatorForMeasuring>;

/** Every problem with one measurement of this indicator, today. */
export function checkMeasurement(
  indicator: MeasuredIndicator,
  measurement: { measuredOn: string; value: number },
  today = todayInAmsterdam(),
): FieldProblems {
  return measurementProblems(measurement, indicator, {
    today,
    startDate: indicator.startDate,
    endDate: indicator.endDate,
  }) as FieldProblems;
}

/** The days that already have a live (not withdrawn) measurement of the indicator, but for the one being corrected. */
export function liveDays(db: Reader, indicatorId: number, except?: number) {
  return new Set(
    db
      .select({ measuredOn: measurements.measuredOn })
      .from(measurements)
      .where(
        and(
          eq(measurements.indicatorId, indicatorId),
          isNull(measurements.withdrawnAt),
          except === undefined ? undefined : ne(measurements.id, except),
        ),
      )
      .all()
      .map((m) => m.measuredOn),
  );
}

/** The problems of a measurement, with a taken day added to those of its date. */
export function measurementRefusal(
  indicator: MeasuredIndicator,
  measurement: { measuredOn: string; value: number },
  taken: Set<string>,
): FieldProblems | null {
  const problems = checkMeasurement(indicator, measurement);
  if (taken.has(measurement.measuredOn)) {
    problems.measuredOn = [
      ...(problems.measuredOn ?? []),
      { key: "dayTaken", values: { date: measurement.measuredOn } },
    ];
  }
  return Object.keys(problems).length ? problems : null;
}

/** "12,5 (2026-03-15)": a measurement in the audit trail's summaries. */
export const measurementText = (m: { value: number; measuredOn: string }) =>
  `${numberForInput(m.value)} (${m.measuredOn})`;

/** "Deelnemers: 12,5 (2026-03-15)": the audit trail's one-line summary of a measurement. */
export const measurementSummary = (indicatorName: string, m: { value: number; measuredOn: string }) =>
  `${indicatorName}: ${measurementText(m)}`;

/** The live measurements of an indicator, in date order. */
export function liveMeasurements(db: Reader, indicatorId: number) {
  return db
    .select({ measuredOn: measurements.measuredOn, value: measurements.value })
    .from(measurements)
    .where(and(eq(measurements.indicatorId, indicatorId), isNull(measurements.withdrawnAt)))
    .orderBy(asc(measurements.measuredOn))
    .all();
}

/** How many days a refusal names at most; the count says how many there are. */
const NAMED_DAYS = 5;

/**
 * The live measurements that new bounds or a later baseline date would leave outside the rules, as problems beside
 * the fields that cause them. An indicator's values are only trustworthy when its old measurements obey it too.
 */
export function measurementsOutside(
  live: { measuredOn: string; value: number }[],
  input: IndicatorBounds & { baselineDate: string | null },
): FieldProblems {
  const byField = new Map<string, string[]>();
  const add = (field: string, day: string) => byField.set(field, [...(byField.get(field) ?? []), day]);
  for (const m of live) {
    const problem = valueProblem(input, m.value);
    if (problem) {
      const own = (problem.key === "belowMin" || problem.key === "aboveMax") && problem.own;
      add(own ? (problem.key === "belowMin" ? "minValue" : "maxValue") : "kind", m.measuredOn);
    }
    if (input.baselineDate !== null && m.measuredOn < input.baselineDate) add("baselineDate", m.measuredOn);
  }
  const problems: FieldProblems = {};
  for (const [field, days] of byField) {
    const values = { count: days.length, days: days.slice(0, NAMED_DAYS) };
    const key: Problem["key"] = field === "baselineDate" ? "measurementsBeforeBaseline" : "measurementsOutside";
    problems[field] = [{ key, values }];
  }
  return problems;
}

/**
 * For a form whose own checks failed: what the data layer would also say about the fields that did parse, so the
 * form names every problem in one round. Writes nothing; says nothing about what the viewer may not read.
 */
async function orNothing(read: () => Promise<FieldProblems>): Promise<FieldProblems> {
  try {
    return await read();
  } catch (error) {
    if (isRefusal(error)) return {};
    throw error;
  }
}

/** The problems of the parts of a measurement that parsed; with `measurementId`, of a correction of that one. */
export function measurementProblemsOf(
  { programmeId, indicatorId, measurementId }: { programmeId: number; indicatorId: number; measurementId?: number },
  parts: { measuredOn?: string; value?: number },
) {
  return orNothing(async () => {
    const { db } = await guardProgramme("programme.read", programmeId);
    const indicator = indicatorForMeasuring(db, programmeId, indicatorId);
    const problems: FieldProblems = {};
    if (parts.measuredOn !== undefined) {
      const day = measurementDayProblems(parts.measuredOn, { ...indicator, today: todayInAmsterdam() });
      if (liveDays(db, indicatorId, measurementId).has(parts.measuredOn)) {
        day.push({ key: "dayTaken", values: { date: parts.measuredOn } });
      }
      if (day.length) problems.measuredOn = day;
    }
    const value = parts.value === undefined ? null : measurementValueProblem(indicator, parts.value);
    if (value) problems.value = [value];
    return problems;
  });
}

/** The live measurements that the parts of an indicator's form that parsed would leave outside its rules. */
export function indicatorProblemsOf(
  { programmeId, indicatorId }: { programmeId: number; indicatorId: number },
  parts: Partial<IndicatorBounds> & { baselineDate?: string | null },
) {
  return orNothing(async () => {
    const { db } = await guardProgramme("programme.read", programmeId);
    const saved = indicatorForMeasuring(db, programmeId, indicatorId);
    // Own bounds that did not parse are left out rather than guessed.
    const bounds = {
      kind: parts.kind ?? saved.kind,
      minValue: parts.minValue === undefined ? null : parts.minValue,
      maxValue: parts.maxValue === undefined ? null : parts.maxValue,
      baselineDate: parts.baselineDate === undefined ? null : parts.baselineDate,
    };
    return measurementsOutside(liveMeasurements(db, indicatorId), bounds);
  });
}
