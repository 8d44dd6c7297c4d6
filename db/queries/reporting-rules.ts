// What the writes and reads of partner reporting share: the period and report a viewer may touch (a partner only its
// own organisation's, the data layer's part of the kernel's rule), the indicators assigned to a partner, a report's
// version and status history, and how the audit trail names a period.
import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { condition, type Permission } from "@/lib/domain/permissions";
import { periodLabel } from "@/lib/domain/reporting-periods";
import type { SubmissionStatus } from "@/lib/domain/submissions";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import type { Transaction } from "../index";
import {
  indicators,
  partnerOrganisations,
  reportingAssignments,
  reportingPeriods,
  submissionInsights,
  submissions,
  submissionTransitions,
  submissionValues,
} from "../schema";
import type { Target, WriteScope } from "../write";
import {
  type FieldProblems,
  indicatorForMeasuring,
  liveDays,
  measurementRefusal,
  refuseConflict,
} from "./measurement-rules";

/** Whether the kernel lets the viewer do this only as a partner: then only its own organisation's reports exist. */
export const ownOrganisationOnly = (viewer: Viewer, permission: Permission) =>
  condition(viewer.role, permission) === "partner";

/** "1e kwartaal 2026", or "2026-02-01 – 2026-04-15" for a span without a name: a period in the audit trail. */
export const periodText = (period: { startsOn: string; endsOn: string }) =>
  periodLabel(period) ?? `${period.startsOn} – ${period.endsOn}`;

/** "Stichting Buurtkracht, 1e kwartaal 2026": how the audit trail names a report. */
export const reportTitle = (period: { partnerName: string; startsOn: string; endsOn: string }) =>
  `${period.partnerName}, ${periodText(period)}`;

/** One period of the viewer's gemeente with its partner's name; NotFoundError for anything else. */
export function periodRow(db: Reader, viewer: Viewer, periodId: number) {
  const row = db
    .select({
      id: reportingPeriods.id,
      programmeId: reportingPeriods.programmeId,
      partnerOrganisationId: reportingPeriods.partnerOrganisationId,
      partnerName: partnerOrganisations.name,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
      dueOn: reportingPeriods.dueOn,
    })
    .from(reportingPeriods)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, reportingPeriods.partnerOrganisationId))
    .where(and(eq(reportingPeriods.id, periodId), eq(reportingPeriods.organisationId, viewer.organisationId)))
    .get();
  if (!row) throw new NotFoundError("reporting period");
  return row;
}

export type PeriodRow = ReturnType<typeof periodRow>;

/**
 * The period as the viewer may see it under `permission`: a partner never finds another organisation's period, of
 * the same programme or any other.
 */
export function visiblePeriod(db: Reader, viewer: Viewer, periodId: number, permission: Permission) {
  const period = periodRow(db, viewer, periodId);
  if (ownOrganisationOnly(viewer, permission) && period.partnerOrganisationId !== viewer.partnerOrganisationId) {
    throw new NotFoundError("reporting period");
  }
  return period;
}

/** Where a write about a period lands for the kernel: its programme. */
export const periodTarget =
  (periodId: number): Target =>
  (db, viewer) =>
    periodRow(db, viewer, periodId).programmeId;

const submissionColumns = {
  id: submissions.id,
  periodId: submissions.periodId,
  programmeId: submissions.programmeId,
  partnerOrganisationId: submissions.partnerOrganisationId,
  status: submissions.status,
  wentWell: submissions.wentWell,
  wentLess: submissions.wentLess,
  learned: submissions.learned,
  reviewComment: submissions.reviewComment,
  submittedAt: submissions.submittedAt,
  submittedById: submissions.submittedById,
  reviewedAt: submissions.reviewedAt,
  reviewedById: submissions.reviewedById,
  version: submissions.version,
};

/** The report of a period, if it has one yet. */
export function submissionOfPeriod(db: Reader, periodId: number) {
  return db.select(submissionColumns).from(submissions).where(eq(submissions.periodId, periodId)).get() ?? null;
}

export type SubmissionRow = NonNullable<ReturnType<typeof submissionOfPeriod>>;

/** One report of the viewer's gemeente with its period; NotFoundError for anything else. */
export function submissionRow(db: Reader, viewer: Viewer, submissionId: number) {
  const row = db
    .select(submissionColumns)
    .from(submissions)
    .where(and(eq(submissions.id, submissionId), eq(submissions.organisationId, viewer.organisationId)))
    .get();
  if (!row) throw new NotFoundError("submission");
  return { ...row, period: periodRow(db, viewer, row.periodId) };
}

/** Where a write about a report lands for the kernel: its programme. */
export const submissionTarget =
  (submissionId: number): Target =>
  (db, viewer) =>
    submissionRow(db, viewer, submissionId).programmeId;

/** The indicators the partner organisation reports on in the programme now, by id, with their names. */
export function assignedIndicators(db: Reader, programmeId: number, partnerOrganisationId: number) {
  return db
    .select({ id: indicators.id, name: indicators.name, unit: indicators.unit, kind: indicators.kind })
    .from(reportingAssignments)
    .innerJoin(indicators, eq(indicators.id, reportingAssignments.indicatorId))
    .where(
      and(
        eq(reportingAssignments.programmeId, programmeId),
        eq(reportingAssignments.partnerOrganisationId, partnerOrganisationId),
        isNull(reportingAssignments.endedAt),
        isNull(indicators.archivedAt),
      ),
    )
    .orderBy(asc(indicators.name))
    .all();
}

/** The audit actions that each made a new version of a report: who saved it last is the latest of them. */
export const SUBMISSION_SAVES = [
  "submission.value_saved",
  "submission.value_removed",
  "submission.narrative_saved",
  "submission.insight_added",
  "submission.insight_updated",
  "submission.insight_removed",
  "submission.document_added",
  "submission.document_removed",
  "submission.submitted",
  "submission.sent_back",
  "submission.approved",
  "submission.reopened",
] as const;

/** A step taken from another version of the report than the saved one: the page must show the report anew. */
export const refuseStale = (submission: { version: number; status: SubmissionStatus }) =>
  refuseConflict("submissionChanged", { version: submission.version, saved: { status: submission.status } });

/** Saves a new version of the report: every change of it, by the partner or the reviewer, makes one. */
export function touchSubmission(tx: Transaction, submission: { id: number; version: number }) {
  tx.update(submissions)
    .set({ version: submission.version + 1, updatedAt: new Date() })
    .where(eq(submissions.id, submission.id))
    .run();
  return submission.version + 1;
}

/** A change of the report's status, with who, when and why, beside the audit event. */
export function recordTransition(
  { tx, viewer }: Pick<WriteScope, "tx" | "viewer">,
  submissionId: number,
  from: SubmissionStatus,
  to: SubmissionStatus,
  reason = "",
) {
  tx.insert(submissionTransitions)
    .values({
      organisationId: viewer.organisationId,
      submissionId,
      fromStatus: from,
      toStatus: to,
      reason,
      changedById: viewer.userId,
    })
    .run();
}

/**
 * The indicator of a reported value and every problem with the value today, per field: the rules of a measurement
 * (db/queries/measurement-rules.ts) and a day inside the period. null problems: it may be counted.
 */
export function reportedValueProblems(
  db: Reader,
  period: Pick<PeriodRow, "programmeId" | "startsOn" | "endsOn">,
  value: { indicatorId: number; measuredOn: string; value: number },
) {
  const indicator = indicatorForMeasuring(db, period.programmeId, value.indicatorId);
  const problems: FieldProblems = measurementRefusal(indicator, value, liveDays(db, indicator.id)) ?? {};
  if (value.measuredOn < period.startsOn || value.measuredOn > period.endsOn) {
    const outside = { key: "outsideReportingPeriod", values: { start: period.startsOn, end: period.endsOn } };
    problems.measuredOn = [outside, ...(problems.measuredOn ?? [])];
  }
  if (indicator.archivedAt) problems.value = [{ key: "archivedIndicator" }, ...(problems.value ?? [])];
  return { indicator, problems: Object.keys(problems).length ? problems : null };
}

/** The values of a report, in the order they were added. */
export function valuesOf(db: Reader, submissionId: number) {
  return db
    .select({
      id: submissionValues.id,
      indicatorId: submissionValues.indicatorId,
      measuredOn: submissionValues.measuredOn,
      value: submissionValues.value,
      note: submissionValues.note,
      reviewComment: submissionValues.reviewComment,
      measurementId: submissionValues.measurementId,
    })
    .from(submissionValues)
    .where(eq(submissionValues.submissionId, submissionId))
    .orderBy(asc(submissionValues.id))
    .all();
}

/** The findings and lessons of a report, in the order they were added. */
export function insightsOf(db: Reader, submissionId: number) {
  return db
    .select({
      id: submissionInsights.id,
      kind: submissionInsights.kind,
      title: submissionInsights.title,
      body: submissionInsights.body,
      assumptionId: submissionInsights.assumptionId,
      verdict: submissionInsights.verdict,
      evidence: submissionInsights.evidence,
      reviewComment: submissionInsights.reviewComment,
      findingId: submissionInsights.findingId,
      lessonId: submissionInsights.lessonId,
    })
    .from(submissionInsights)
    .where(eq(submissionInsights.submissionId, submissionId))
    .orderBy(asc(submissionInsights.id))
    .all();
}
