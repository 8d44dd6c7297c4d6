import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { cache } from "react";
import type { IndicatorInput, MeasurementInput } from "@/lib/validation/programmes";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { hypotheses, indicators, measurements, tocElements, users } from "../schema";
import { guardProgramme, writeProgramme } from "../write";
import { allInProgramme } from "./programme-rows";
import { ok, refuse } from "./result";

const columns = {
  id: indicators.id,
  name: indicators.name,
  tocElementId: indicators.tocElementId,
  hypothesisId: indicators.hypothesisId,
  unit: indicators.unit,
  direction: indicators.direction,
  baselineValue: indicators.baselineValue,
  baselineDate: indicators.baselineDate,
  targetValue: indicators.targetValue,
  targetDate: indicators.targetDate,
  source: indicators.source,
  frequency: indicators.frequency,
  contribution: indicators.contribution,
};

const measurementColumns = {
  id: measurements.id,
  indicatorId: measurements.indicatorId,
  measuredOn: measurements.measuredOn,
  value: measurements.value,
  note: measurements.note,
  enteredByName: users.name,
};

/** The programme's indicators, each with its measurements in date order (enough to judge its status). */
export async function listIndicators({ programmeId }: { programmeId: number }) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const rows = db
    .select(columns)
    .from(indicators)
    .where(and(eq(indicators.programmeId, programmeId), isNull(indicators.archivedAt)))
    .orderBy(asc(indicators.id))
    .all();
  const all = rows.length
    ? db
        .select(measurementColumns)
        .from(measurements)
        .innerJoin(users, eq(users.id, measurements.enteredById))
        .where(
          inArray(
            measurements.indicatorId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(measurements.measuredOn), asc(measurements.id))
        .all()
    : [];
  return rows.map((row) => ({ ...row, measurements: all.filter((m) => m.indicatorId === row.id) }));
}

export function getIndicator({ programmeId, indicatorId }: { programmeId: number; indicatorId: number }) {
  return loadIndicator(programmeId, indicatorId);
}

// The page and its metadata both need the indicator: read it once per request.
const loadIndicator = cache(async (programmeId: number, indicatorId: number) => {
  const { programme } = await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const row = db
    .select(columns)
    .from(indicators)
    .where(and(eq(indicators.id, indicatorId), eq(indicators.programmeId, programmeId)))
    .get();
  if (!row) throw new NotFoundError("indicator");
  const list = db
    .select(measurementColumns)
    .from(measurements)
    .innerJoin(users, eq(users.id, measurements.enteredById))
    .where(eq(measurements.indicatorId, indicatorId))
    .orderBy(asc(measurements.measuredOn), asc(measurements.id))
    .all();
  return { ...row, measurements: list, access: programme.access };
});

function basisBelongs(db: Reader, programmeId: number, input: IndicatorInput) {
  const { tocElementId, hypothesisId } = input.basis;
  if (tocElementId) {
    return Boolean(
      db
        .select({ id: tocElements.id })
        .from(tocElements)
        // Only an effect, as offered by indicatorBasisOptions; a direct POST must not link an activity.
        .where(
          and(
            eq(tocElements.id, tocElementId),
            eq(tocElements.programmeId, programmeId),
            eq(tocElements.level, "effect"),
          ),
        )
        .get(),
    );
  }
  if (hypothesisId) return allInProgramme(db, hypotheses, [hypothesisId], programmeId);
  return true;
}

function fields(input: IndicatorInput) {
  const { basis, ...rest } = input;
  return { ...rest, tocElementId: basis.tocElementId, hypothesisId: basis.hypothesisId };
}

export function createIndicator({ programmeId }: { programmeId: number }, input: IndicatorInput) {
  return writeProgramme({ permission: "programme.edit", target: programmeId }, ({ tx, viewer, audit }) => {
    if (!basisBelongs(tx, programmeId, input)) return refuse("invalid", "basis");
    const { id } = tx
      .insert(indicators)
      .values({ organisationId: viewer.organisationId, programmeId, ...fields(input) })
      .returning({ id: indicators.id })
      .get();
    audit({
      action: "indicator.created",
      entityType: "indicator",
      entityId: id,
      summary: input.name,
      after: fields(input),
    });
    return ok({ indicatorId: id });
  });
}

export function updateIndicator(
  { programmeId, indicatorId }: { programmeId: number; indicatorId: number },
  input: IndicatorInput,
) {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "indicator", id: indicatorId } },
    ({ tx, audit }) => {
      const before = tx
        .select(columns)
        .from(indicators)
        .where(and(eq(indicators.id, indicatorId), eq(indicators.programmeId, programmeId)))
        .get();
      if (!before) throw new NotFoundError("indicator");
      if (!basisBelongs(tx, programmeId, input)) return refuse("invalid", "basis");
      tx.update(indicators)
        .set({ ...fields(input), updatedAt: new Date() })
        .where(eq(indicators.id, indicatorId))
        .run();
      audit({
        action: "indicator.updated",
        entityType: "indicator",
        entityId: indicatorId,
        summary: input.name,
        before,
        after: fields(input),
      });
      return ok(undefined);
    },
  );
}

function indicatorOf(db: Reader, programmeId: number, indicatorId: number) {
  const row = db
    .select({ id: indicators.id, name: indicators.name })
    .from(indicators)
    .where(and(eq(indicators.id, indicatorId), eq(indicators.programmeId, programmeId)))
    .get();
  if (!row) throw new NotFoundError("indicator");
  return row;
}

function takenDates(db: Reader, indicatorId: number) {
  return new Set(
    db
      .select({ measuredOn: measurements.measuredOn })
      .from(measurements)
      .where(eq(measurements.indicatorId, indicatorId))
      .all()
      .map((m) => m.measuredOn),
  );
}

export function addMeasurement(
  { programmeId, indicatorId }: { programmeId: number; indicatorId: number },
  input: MeasurementInput,
) {
  return writeProgramme(
    { permission: "programme.measure", target: programmeId, record: { type: "indicator", id: indicatorId } },
    ({ tx, viewer, audit }) => {
      const indicator = indicatorOf(tx, programmeId, indicatorId);
      if (takenDates(tx, indicatorId).has(input.measuredOn)) return refuse("measurementExists", "measuredOn");
      const { id } = tx
        .insert(measurements)
        .values({ organisationId: viewer.organisationId, indicatorId, enteredById: viewer.userId, ...input })
        .returning({ id: measurements.id })
        .get();
      audit({
        action: "measurement.added",
        entityType: "measurement",
        entityId: id,
        summary: `${indicator.name}: ${input.value} (${input.measuredOn})`,
        after: input,
      });
      return ok(undefined);
    },
  );
}

export type ImportRow = { line: number; measuredOn: string; value: number; note: string };

/** Adds every row or none: a row whose date already has a measurement stops the whole import. */
export function importMeasurements(
  { programmeId, indicatorId }: { programmeId: number; indicatorId: number },
  rows: ImportRow[],
) {
  return writeProgramme<{ added: number } | { conflicts: ImportRow[] }>(
    { permission: "programme.measure", target: programmeId, record: { type: "indicator", id: indicatorId } },
    ({ tx, viewer, audit }) => {
      const indicator = indicatorOf(tx, programmeId, indicatorId);
      const taken = takenDates(tx, indicatorId);
      const conflicts = rows.filter((row) => taken.has(row.measuredOn));
      if (conflicts.length) return ok({ conflicts });
      for (const row of rows) {
        tx.insert(measurements)
          .values({
            organisationId: viewer.organisationId,
            indicatorId,
            enteredById: viewer.userId,
            measuredOn: row.measuredOn,
            value: row.value,
            note: row.note,
          })
          .run();
      }
      audit({
        action: "measurement.imported",
        entityType: "indicator",
        entityId: indicatorId,
        summary: `${indicator.name}: ${rows.length}`,
        after: { count: rows.length, from: rows[0]?.measuredOn, to: rows.at(-1)?.measuredOn },
      });
      return ok({ added: rows.length });
    },
  );
}

/** What an indicator can show: the programme's effects and hypotheses. */
export async function indicatorBasisOptions({ programmeId }: { programmeId: number }) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  return {
    effects: db
      .select({ id: tocElements.id, title: tocElements.title })
      .from(tocElements)
      .where(and(eq(tocElements.programmeId, programmeId), eq(tocElements.level, "effect")))
      .orderBy(asc(tocElements.position))
      .all(),
    hypotheses: db
      .select({ id: hypotheses.id, activity: hypotheses.activity, change: hypotheses.change })
      .from(hypotheses)
      .where(and(eq(hypotheses.programmeId, programmeId), isNull(hypotheses.archivedAt)))
      .orderBy(asc(hypotheses.id))
      .all(),
  };
}
