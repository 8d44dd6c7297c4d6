import "server-only";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { cache } from "react";
import { matchesIndicatorFilter } from "@/lib/domain/indicator-filter";
import { pageWithin } from "@/lib/domain/my-work";
import type { Problem } from "@/lib/domain/plausible";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { IndicatorEditInput, IndicatorInput, MeasurementInput } from "@/lib/validation/indicators";
import type { IndicatorFilter } from "@/lib/validation/list-filters";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { hypotheses, indicators, measurements, tocElements, users } from "../schema";
import { guardProgramme, writeProgramme } from "../write";
import {
  indicatorForMeasuring,
  liveDays,
  liveMeasurements,
  measurementRefusal,
  measurementSummary,
  measurementsOutside,
  refuseConflict,
  refuseProblems,
} from "./measurement-rules";
import { allInProgramme } from "./programme-rows";
import { ok, refuse } from "./result";

const columns = {
  id: indicators.id,
  name: indicators.name,
  tocElementId: indicators.tocElementId,
  hypothesisId: indicators.hypothesisId,
  unit: indicators.unit,
  kind: indicators.kind,
  minValue: indicators.minValue,
  maxValue: indicators.maxValue,
  direction: indicators.direction,
  baselineValue: indicators.baselineValue,
  baselineDate: indicators.baselineDate,
  targetValue: indicators.targetValue,
  targetDate: indicators.targetDate,
  source: indicators.source,
  frequency: indicators.frequency,
  contribution: indicators.contribution,
  version: indicators.version,
};

type IndicatorColumns = { [K in keyof typeof columns]: IndicatorRow[K] };

const measurementColumns = {
  id: measurements.id,
  indicatorId: measurements.indicatorId,
  measuredOn: measurements.measuredOn,
  value: measurements.value,
  note: measurements.note,
  version: measurements.version,
  enteredByName: users.name,
};

/**
 * The latest live measurement of each of these indicators: the status needs no more (lib/domain/indicator-status.ts
 * judges the latest one only). A day holds at most one live measurement per indicator, so the latest is the one on
 * the latest day.
 */
function latestMeasurements(db: Reader, indicatorIds: number[]) {
  if (indicatorIds.length === 0) return [];
  return db
    .select(measurementColumns)
    .from(measurements)
    .innerJoin(users, eq(users.id, measurements.enteredById))
    .where(
      and(
        inArray(measurements.indicatorId, indicatorIds),
        isNull(measurements.withdrawnAt),
        eq(
          measurements.measuredOn,
          sql`(SELECT max(latest.measured_on) FROM measurements latest WHERE latest.indicator_id = ${measurements.indicatorId} AND latest.withdrawn_at IS NULL)`,
        ),
      ),
    )
    .all();
}

type IndicatorRow = typeof indicators.$inferSelect;

function withLatest<T extends Pick<IndicatorRow, "id">>(db: Reader, rows: T[]) {
  const latest = latestMeasurements(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, measurements: latest.filter((m) => m.indicatorId === row.id) }));
}

const liveIn = (programmeId: number) => and(eq(indicators.programmeId, programmeId), isNull(indicators.archivedAt));

/**
 * The programme's indicators, each with its latest live measurement as `measurements` (enough to judge its status).
 * With a filter, only those with that status (lib/domain/indicator-status.ts) or whose next measurement is missed
 * today.
 */
export async function listIndicators(
  { programmeId }: { programmeId: number },
  filter: IndicatorFilter = {},
  today = todayInAmsterdam(),
) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const rows = db.select(columns).from(indicators).where(liveIn(programmeId)).orderBy(asc(indicators.id)).all();
  return withLatest(db, rows).filter((indicator) => matchesIndicatorFilter(indicator, filter, today));
}

/** Indicators per screen of a programme's list. */
export const INDICATORS_PAGE_SIZE = 25;

/**
 * One screen of the programme's indicators, each with its latest live measurement. Without a filter the count and
 * the limit run in SQL. A filter on the status or a missed measurement follows the rules of lib/domain (a share of
 * the way from baseline to target, the measuring schedule), so it is applied to the light rows of the programme's
 * indicators with only their latest measurement, before the screen is cut.
 */
export async function listIndicatorScreen(
  { programmeId }: { programmeId: number },
  filter: IndicatorFilter & { page?: number } = {},
  today = todayInAmsterdam(),
) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const total = db.select({ n: count() }).from(indicators).where(liveIn(programmeId)).get()?.n ?? 0;
  const filtered = filter.status !== undefined || filter.overdue === true;
  const ordered = () => db.select(columns).from(indicators).where(liveIn(programmeId)).orderBy(asc(indicators.id));
  let matching = total;
  let screen: ReturnType<typeof withLatest<IndicatorColumns>> = [];
  let page = 1;
  let pageCount = 1;
  if (filtered) {
    const all = withLatest(db, ordered().all()).filter((indicator) => matchesIndicatorFilter(indicator, filter, today));
    matching = all.length;
    ({ page, pageCount } = pageWithin(filter.page ?? 1, matching, INDICATORS_PAGE_SIZE));
    screen = all.slice((page - 1) * INDICATORS_PAGE_SIZE, page * INDICATORS_PAGE_SIZE);
  } else {
    ({ page, pageCount } = pageWithin(filter.page ?? 1, matching, INDICATORS_PAGE_SIZE));
    const rows = total
      ? ordered()
          .limit(INDICATORS_PAGE_SIZE)
          .offset((page - 1) * INDICATORS_PAGE_SIZE)
          .all()
      : [];
    screen = withLatest(db, rows);
  }
  const from = (page - 1) * INDICATORS_PAGE_SIZE;
  return {
    indicators: screen,
    total,
    matching,
    page,
    pageCount,
    from: screen.length ? from + 1 : 0,
    to: from + screen.length,
  };
}

export function getIndicator({ programmeId, indicatorId }: { programmeId: number; indicatorId: number }) {
  return loadIndicator(programmeId, indicatorId);
}

// The page and its metadata both need the indicator: read it once per request. Its measurements are read a screen at
// a time by indicator-measurements.ts.
const loadIndicator = cache(async (programmeId: number, indicatorId: number) => {
  const { programme } = await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const row = db
    .select(columns)
    .from(indicators)
    .where(and(eq(indicators.id, indicatorId), eq(indicators.programmeId, programmeId)))
    .get();
  if (!row) throw new NotFoundError("indicator");
  return { ...row, access: programme.access };
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

function fields(input: IndicatorInput | IndicatorEditInput) {
  const { basis, ...rest } = input;
  const { version: _version, ...values } = rest as typeof rest & { version?: number };
  return { ...values, tocElementId: basis.tocElementId, hypothesisId: basis.hypothesisId };
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

/** An indicator as it was saved, for the edit form of someone whose save came too late. */
export type SavedIndicator = Omit<typeof indicators.$inferSelect, "createdAt" | "updatedAt">;

/**
 * Changes an indicator. Refused when someone else saved it after the form was opened (the refusal carries what they
 * saved), and when live measurements would fall outside its new bounds or before its new baseline date (the
 * refusal names their days). Every save raises the version.
 */
export function updateIndicator(
  { programmeId, indicatorId }: { programmeId: number; indicatorId: number },
  input: IndicatorEditInput,
) {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "indicator", id: indicatorId } },
    ({ tx, audit }) => {
      const saved = tx
        .select()
        .from(indicators)
        .where(and(eq(indicators.id, indicatorId), eq(indicators.programmeId, programmeId)))
        .get();
      if (!saved) throw new NotFoundError("indicator");
      const { createdAt: _created, updatedAt: _updated, ...current } = saved;
      if (current.version !== input.version) {
        return refuseConflict<SavedIndicator>("indicatorChanged", { version: current.version, saved: current });
      }
      if (!basisBelongs(tx, programmeId, input)) return refuse("invalid", "basis");
      const outside = measurementsOutside(liveMeasurements(tx, indicatorId), input);
      if (Object.keys(outside).length) return refuseProblems(outside);
      const { id: _id, organisationId: _org, programmeId: _programme, version, ...before } = current;
      tx.update(indicators)
        .set({ ...fields(input), version: version + 1, updatedAt: new Date() })
        .where(eq(indicators.id, indicatorId))
        .run();
      audit({
        action: "indicator.updated",
        entityType: "indicator",
        entityId: indicatorId,
        summary: input.name,
        before: { ...before, version },
        after: { ...fields(input), version: version + 1 },
      });
      return ok(undefined);
    },
  );
}

/**
 * Adds one measurement. Refused with every problem at once, per field: a day outside the programme's looptijd,
 * after today or before the baseline, a day that already has a live measurement, a value outside the indicator's
 * bounds.
 */
export function addMeasurement(
  { programmeId, indicatorId }: { programmeId: number; indicatorId: number },
  input: MeasurementInput,
) {
  return writeProgramme(
    { permission: "programme.measure", target: programmeId, record: { type: "indicator", id: indicatorId } },
    ({ tx, viewer, audit }) => {
      const indicator = indicatorForMeasuring(tx, programmeId, indicatorId);
      const problems = measurementRefusal(indicator, input, liveDays(tx, indicatorId));
      if (problems) return refuseProblems(problems);
      const { id } = tx
        .insert(measurements)
        .values({ organisationId: viewer.organisationId, indicatorId, enteredById: viewer.userId, ...input })
        .returning({ id: measurements.id })
        .get();
      audit({
        action: "measurement.added",
        entityType: "measurement",
        entityId: id,
        summary: measurementSummary(indicator.name, input),
        after: input,
      });
      return ok({ measurementId: id });
    },
  );
}

export type ImportRow = { line: number; measuredOn: string; value: number; note: string };

/** A row that breaks a rule: its line, what it said, and every reason. */
export type RejectedRow = { line: number; measuredOn: string; value: number; problems: Problem[] };

/**
 * Adds every row or none. Each row is held to the rules of a single measurement (looptijd, today, baseline, bounds,
 * one live measurement per day); when any row breaks one, nothing is added and every such row comes back with its
 * line and reasons.
 */
export function importMeasurements(
  { programmeId, indicatorId }: { programmeId: number; indicatorId: number },
  rows: ImportRow[],
) {
  return writeProgramme<{ added: number } | { rejected: RejectedRow[] }>(
    { permission: "programme.measure", target: programmeId, record: { type: "indicator", id: indicatorId } },
    ({ tx, viewer, audit }) => {
      const indicator = indicatorForMeasuring(tx, programmeId, indicatorId);
      const taken = liveDays(tx, indicatorId);
      const rejected: RejectedRow[] = [];
      for (const row of rows) {
        const problems = measurementRefusal(indicator, row, taken);
        if (problems) {
          const { line, measuredOn, value } = row;
          rejected.push({
            line,
            measuredOn,
            value,
            problems: [...(problems.measuredOn ?? []), ...(problems.value ?? [])],
          });
        }
        // A day twice in the same import is taken by its first row.
        taken.add(row.measuredOn);
      }
      if (rejected.length) return ok({ rejected });
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
