// The measurements of one indicator as its page shows them: the table a screen at a time (newest first, the withdrawn
// ones only on request), the latest live measurement for the status, and the series for the chart, averaged per
// period in SQL once it has more points than a chart can show. An indicator measured daily for ten years has
// thousands of measurements; the page never reads them all.
import "server-only";
import { and, count, desc, eq, gt, isNotNull, isNull, max, min, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { pageWithin } from "@/lib/domain/my-work";
import type { Reader } from "../access";
import { measurements, partnerOrganisations, users } from "../schema";
import { guardProgramme } from "../write";
import { requireIndicatorOf } from "./indicator-of";

/** Rows per screen of the measurements table. */
export const MEASUREMENTS_PAGE_SIZE = 50;
/** At most this many points in the chart; a longer series is averaged per period. */
export const CHART_POINTS = 200;

type Ids = { programmeId: number; indicatorId: number };

const withdrawer = alias(users, "withdrawer");

function ofIndicator(indicatorId: number, withWithdrawn: boolean) {
  return and(eq(measurements.indicatorId, indicatorId), withWithdrawn ? undefined : isNull(measurements.withdrawnAt));
}

function countOf(db: Reader, where: ReturnType<typeof ofIndicator>) {
  return db.select({ n: count() }).from(measurements).where(where).get()?.n ?? 0;
}

/**
 * The screen that holds this measurement: the rows that come before it, newest first (a later day, or the same day
 * entered later). Null when it is not in the list.
 */
function screenOf(db: Reader, where: ReturnType<typeof ofIndicator>, measurementId: number) {
  const row = db
    .select({ measuredOn: measurements.measuredOn })
    .from(measurements)
    .where(and(where, eq(measurements.id, measurementId)))
    .get();
  if (!row) return null;
  const before = countOf(
    db,
    and(
      where,
      or(
        gt(measurements.measuredOn, row.measuredOn),
        and(eq(measurements.measuredOn, row.measuredOn), gt(measurements.id, measurementId)),
      ),
    ),
  );
  return Math.floor(before / MEASUREMENTS_PAGE_SIZE) + 1;
}

/** The chart's series in date order: every live measurement, or the average per period when there are too many. */
function chartSeries(db: Reader, indicatorId: number, live: number) {
  const where = ofIndicator(indicatorId, false);
  if (live <= CHART_POINTS) {
    return db
      .select({ day: measurements.measuredOn, value: measurements.value })
      .from(measurements)
      .where(where)
      .orderBy(measurements.measuredOn)
      .all();
  }
  const span = db
    .select({ first: min(measurements.measuredOn), last: max(measurements.measuredOn) })
    .from(measurements)
    .where(where)
    .get();
  // One live measurement per day, so more than CHART_POINTS of them span more than CHART_POINTS days: each period
  // is longer than a day and no two periods share a day.
  const first = sql`julianday(${span?.first ?? null})`;
  const days = sql`(julianday(${span?.last ?? null}) - ${first} + 1)`;
  const period = sql`cast((julianday(${measurements.measuredOn}) - ${first}) * ${CHART_POINTS} / ${days} as integer)`;
  return db
    .select({
      day: sql<string>`date(avg(julianday(${measurements.measuredOn})))`,
      value: sql<number>`avg(${measurements.value})`,
    })
    .from(measurements)
    .where(where)
    .groupBy(period)
    .orderBy(period)
    .all();
}

/**
 * One screen of an indicator's measurements, newest first, for everyone who may read the programme. With
 * `withWithdrawn` the withdrawn ones are listed among them. `at` asks for the screen that holds that measurement (the
 * one just corrected) when no page is asked for. `total` counts the live measurements, `withdrawn` the withdrawn
 * ones, `matching` the rows of the table.
 */
export async function indicatorMeasurements({
  programmeId,
  indicatorId,
  page,
  at,
  withWithdrawn = false,
}: Ids & { page?: number; at?: number; withWithdrawn?: boolean }) {
  const { db } = await guardProgramme("programme.read", programmeId);
  requireIndicatorOf(db, programmeId, indicatorId);
  const where = ofIndicator(indicatorId, withWithdrawn);
  const total = countOf(db, ofIndicator(indicatorId, false));
  const withdrawn = countOf(db, and(eq(measurements.indicatorId, indicatorId), isNotNull(measurements.withdrawnAt)));
  const matching = withWithdrawn ? total + withdrawn : total;
  const wanted = page ?? (at === undefined ? 1 : (screenOf(db, where, at) ?? 1));
  const within = pageWithin(wanted, matching, MEASUREMENTS_PAGE_SIZE);
  const rows = db
    .select({
      id: measurements.id,
      measuredOn: measurements.measuredOn,
      value: measurements.value,
      note: measurements.note,
      version: measurements.version,
      enteredByName: users.name,
      withdrawnAt: measurements.withdrawnAt,
      withdrawReason: measurements.withdrawReason,
      withdrawnByName: withdrawer.name,
      /** The partner organisation whose approved report the measurement came from; null for the gemeente's own. */
      partnerName: partnerOrganisations.name,
    })
    .from(measurements)
    .innerJoin(users, eq(users.id, measurements.enteredById))
    .leftJoin(withdrawer, eq(withdrawer.id, measurements.withdrawnById))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, measurements.partnerOrganisationId))
    .where(where)
    .orderBy(desc(measurements.measuredOn), desc(measurements.id))
    .limit(MEASUREMENTS_PAGE_SIZE)
    .offset((within.page - 1) * MEASUREMENTS_PAGE_SIZE)
    .all();
  // Only the latest live measurement decides the status (lib/domain/indicator-status.ts).
  const latest =
    db
      .select({ measuredOn: measurements.measuredOn, value: measurements.value })
      .from(measurements)
      .where(ofIndicator(indicatorId, false))
      .orderBy(desc(measurements.measuredOn), desc(measurements.id))
      .limit(1)
      .get() ?? null;
  const series = chartSeries(db, indicatorId, total);
  return {
    measurements: rows,
    page: within.page,
    pageCount: within.pageCount,
    matching,
    total,
    withdrawn,
    latest,
    series,
    /** Whether the chart shows averages per period rather than every measurement. */
    averaged: total > CHART_POINTS,
  };
}

export type IndicatorMeasurementRow = Awaited<ReturnType<typeof indicatorMeasurements>>["measurements"][number];
