// Reopening an approved partner report (reporting.manage), for a reason the partner reads: the report goes back to
// the partner, the measurements its approval made are withdrawn (db/queries/measurements.ts) and the findings and
// lessons it made are archived, each with that reason. Approving it again makes new ones.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { nextStatus } from "@/lib/domain/submissions";
import type { ReopenInput } from "@/lib/validation/reporting";
import { findings, indicators, lessons, measurements, submissions } from "../schema";
import { type WriteScope, write } from "../write";
import { archiveIn } from "./archive";
import { withdrawIn } from "./measurements";
import { reportReviewed } from "./notify-reporting";
import {
  insightsOf,
  recordTransition,
  refuseStale,
  reportTitle,
  submissionRow,
  touchSubmission,
  valuesOf,
} from "./reporting-rules";
import { ok, refuse } from "./result";
import { reportEvent } from "./submission-partner";
import { reviewRequest } from "./submission-steps";

/**
 * Reopens an approved report, for a reason the partner reads: it goes back to the partner, its measurements are
 * withdrawn and its findings and lessons archived, each with that reason.
 */
export function reopenSubmission({ submissionId }: { submissionId: number }, input: ReopenInput) {
  return write(reviewRequest("reporting.manage", submissionId), (scope) => {
    const { tx, viewer } = scope;
    const report = submissionRow(tx, viewer, submissionId);
    if (report.version !== input.version) return refuseStale(report);
    const to = nextStatus(report.status, "reopen");
    if (!to) return refuse("submissionWrongStatus");
    const reason = input.reason.trim();
    if (!reason) return refuse("reopenReasonRequired", "reason");
    for (const value of valuesOf(tx, report.id)) {
      if (value.measurementId === null) continue;
      const measurement = tx
        .select({
          id: measurements.id,
          measuredOn: measurements.measuredOn,
          value: measurements.value,
          note: measurements.note,
          version: measurements.version,
          indicatorName: indicators.name,
        })
        .from(measurements)
        .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
        .where(and(eq(measurements.id, value.measurementId), isNull(measurements.withdrawnAt)))
        .get();
      if (measurement) withdrawIn(scope, { indicatorName: measurement.indicatorName, measurement, reason });
    }
    for (const insight of insightsOf(tx, report.id)) {
      if (insight.findingId !== null) archiveFinding(scope, insight.findingId, reason);
      if (insight.lessonId !== null) {
        const live = tx
          .select({ id: lessons.id })
          .from(lessons)
          .where(and(eq(lessons.id, insight.lessonId), isNull(lessons.archivedAt)))
          .get();
        if (live) archiveIn(scope, { kind: "lesson", id: live.id }, { reason });
      }
    }
    tx.update(submissions)
      .set({ status: to, reviewComment: reason, reviewedAt: new Date(), reviewedById: viewer.userId })
      .where(eq(submissions.id, report.id))
      .run();
    const version = touchSubmission(tx, report);
    recordTransition(scope, report.id, report.status, to, reason);
    scope.audit({
      action: "submission.reopened",
      ...reportEvent(report.period, report.id),
      before: { status: report.status },
      after: { period: reportTitle(report.period), status: to, reason },
    });
    reportReviewed(scope, "report_reopened", report.period, { id: report.id, version }, reason);
    return ok({ version });
  });
}

/** A finding made from a reopened report leaves the evidence trail, kept with the reason. */
function archiveFinding(scope: WriteScope, findingId: number, reason: string) {
  const { tx, viewer } = scope;
  const finding = tx
    .select({ id: findings.id, title: findings.title })
    .from(findings)
    .where(and(eq(findings.id, findingId), isNull(findings.archivedAt)))
    .get();
  if (!finding) return;
  const now = new Date();
  tx.update(findings)
    .set({ archivedAt: now, archivedById: viewer.userId, archiveReason: reason, updatedAt: now })
    .where(eq(findings.id, finding.id))
    .run();
  scope.audit({
    action: "finding.archived",
    entityType: "finding",
    entityId: finding.id,
    summary: `${finding.title}: ${reason}`,
    before: { archivedAt: null },
    after: { archivedAt: now.toISOString(), reason },
  });
}
