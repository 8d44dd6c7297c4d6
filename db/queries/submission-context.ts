// What the report page shows beside each reported value: the indicator's unit, kind, bounds, baseline and target
// (hints for the partner's form), and the measurement that came before the value (the reviewer's plausibility hint).
// Read under the same rule as the report itself: a partner only its own organisation's period.
import "server-only";
import { and, desc, eq, inArray, isNull, lt } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import { getDb } from "../index";
import { indicators, measurements } from "../schema";
import { guardProgramme } from "../write";
import { assignedIndicators, periodRow, submissionOfPeriod, valuesOf, visiblePeriod } from "./reporting-rules";

export type Previous = { measuredOn: string; value: number } | null;

/**
 * The indicators of the period's report (those assigned to the partner and those it holds a value of), each with
 * the latest live measurement before the period; and per value the latest live measurement before its day (so not
 * the measurement the value itself became on approval). NotFoundError for a period the viewer may not read.
 */
export async function getReportIndicators({ periodId }: { periodId: number }) {
  const viewer = await requireViewer();
  const programmeId = periodRow(getDb(), viewer, periodId).programmeId;
  const { db } = await guardProgramme("reporting.read", programmeId);
  const period = visiblePeriod(db, viewer, periodId, "reporting.read");
  const submission = submissionOfPeriod(db, periodId);
  const values = submission ? valuesOf(db, submission.id) : [];
  const ids = [
    ...new Set([
      ...assignedIndicators(db, programmeId, period.partnerOrganisationId).map((i) => i.id),
      ...values.map((v) => v.indicatorId),
    ]),
  ];
  const rows = ids.length
    ? db
        .select({
          id: indicators.id,
          name: indicators.name,
          unit: indicators.unit,
          kind: indicators.kind,
          minValue: indicators.minValue,
          maxValue: indicators.maxValue,
          baselineValue: indicators.baselineValue,
          baselineDate: indicators.baselineDate,
          targetValue: indicators.targetValue,
          targetDate: indicators.targetDate,
        })
        .from(indicators)
        .where(and(inArray(indicators.id, ids), eq(indicators.programmeId, programmeId)))
        .all()
    : [];
  // Strictly before the day: on approval a value becomes a measurement of its own day, which is not its "before".
  const latestBefore = (indicatorId: number, day: string): Previous =>
    db
      .select({ measuredOn: measurements.measuredOn, value: measurements.value })
      .from(measurements)
      .where(
        and(
          eq(measurements.indicatorId, indicatorId),
          isNull(measurements.withdrawnAt),
          lt(measurements.measuredOn, day),
        ),
      )
      .orderBy(desc(measurements.measuredOn), desc(measurements.id))
      .get() ?? null;
  return {
    indicators: rows.map((row) => ({ ...row, before: latestBefore(row.id, period.startsOn) })),
    previous: Object.fromEntries(values.map((v) => [v.id, latestBefore(v.indicatorId, v.measuredOn)])) as Record<
      number,
      Previous
    >,
  };
}

export type ReportIndicator = Awaited<ReturnType<typeof getReportIndicators>>["indicators"][number];
