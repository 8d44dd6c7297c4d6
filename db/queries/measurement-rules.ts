// The plausibility rules of a measurement as the data layer applies them, inside the transaction of the write: what
// the indicator and its programme allow (lib/domain/plausible.ts), and one live measurement per day. A refusal
// carries every problem at once, per field, for the form to show beside its fields.
import { and, eq, isNull, ne } from "drizzle-orm";
import { measurementProblems, type Problem } from "@/lib/domain/plausible";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { indicators, measurements, programmes } from "../schema";
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
