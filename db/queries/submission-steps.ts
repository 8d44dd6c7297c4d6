// Handing a report in (the partner, reporting.submit) and sending it back with comments (the reviewer,
// reporting.review). Each step follows the report's life (lib/domain/submissions.ts), is taken from the version the
// page showed, and leaves a row in the report's status history beside its audit event.
import "server-only";
import { eq } from "drizzle-orm";
import { needsReason, nextStatus } from "@/lib/domain/submissions";
import type { SendBackInput, SubmissionStepInput } from "@/lib/validation/reporting";
import { submissionInsights, submissions, submissionValues } from "../schema";
import { type WriteRequest, write } from "../write";
import type { FieldProblems } from "./measurement-rules";
import { reportReviewed, reportSubmitted } from "./notify-reporting";
import {
  insightsOf,
  recordTransition,
  refuseStale,
  reportedValueProblems,
  reportTitle,
  submissionRow,
  submissionTarget,
  touchSubmission,
  valuesOf,
} from "./reporting-rules";
import { ok, refuse } from "./result";
import { partnerReport, partnerRequest, reportEvent } from "./submission-partner";

/** The field of the report page where a value's problems are shown. */
export const valueField = (valueId: number) => `value-${valueId}`;

/**
 * Hands in the whole report of the period for review. Refused while it holds neither a value nor any narrative, and
 * with every problem per value when one no longer fits its indicator (its bounds or the programme changed meanwhile).
 */
export function submitSubmission({ periodId }: { periodId: number }, input: SubmissionStepInput) {
  return write(partnerRequest(periodId), (scope) => {
    const { tx, viewer } = scope;
    const found = partnerReport(scope, periodId, input.version);
    if ("refusal" in found) return found.refusal;
    const { period, submission } = found.report;
    if (!submission) return refuse("submissionEmpty");
    const to = nextStatus(submission.status, "submit");
    if (!to) return refuse("submissionWrongStatus");
    const values = valuesOf(tx, submission.id);
    const narrative = [submission.wentWell, submission.wentLess, submission.learned].some((text) => text.trim());
    if (values.length === 0 && !narrative) return refuse("submissionEmpty");
    const problems: FieldProblems = {};
    for (const value of values) {
      const checked = reportedValueProblems(tx, period, value);
      if (checked.problems) problems[valueField(value.id)] = Object.values(checked.problems).flat();
    }
    if (Object.keys(problems).length) return Object.assign(refuse("submissionValuesWrong"), { problems });
    tx.update(submissions)
      .set({ status: to, submittedAt: new Date(), submittedById: viewer.userId })
      .where(eq(submissions.id, submission.id))
      .run();
    const version = touchSubmission(tx, submission);
    recordTransition(scope, submission.id, submission.status, to);
    scope.audit({
      action: "submission.submitted",
      ...reportEvent(period, submission.id),
      before: { status: submission.status },
      after: { period: reportTitle(period), status: to },
    });
    reportSubmitted(scope, period, { id: submission.id, version });
    return ok({ version });
  });
}

/** The write request of a reviewer's or manager's step on a report. */
export const reviewRequest = (
  permission: "reporting.review" | "reporting.manage",
  submissionId: number,
): WriteRequest => ({
  permission,
  target: submissionTarget(submissionId),
  record: { type: "submission", id: submissionId },
});

/**
 * Sends a handed-in report back to the partner with a comment on the whole and/or on single values and insights
 * (at least one). Comments of an earlier round are replaced: the partner sees what this review says.
 */
export function sendBackSubmission({ submissionId }: { submissionId: number }, input: SendBackInput) {
  return write(reviewRequest("reporting.review", submissionId), (scope) => {
    const { tx, viewer } = scope;
    const submission = submissionRow(tx, viewer, submissionId);
    if (submission.version !== input.version) return refuseStale(submission);
    const to = nextStatus(submission.status, "sendBack");
    if (!to) return refuse("submissionWrongStatus");
    const comment = input.comment.trim();
    const said = comment || input.values.length > 0 || input.insights.length > 0;
    if (needsReason("sendBack") && !said) return refuse("sendBackCommentRequired", "comment");
    const values = valuesOf(tx, submission.id);
    const insights = insightsOf(tx, submission.id);
    const known = (list: { id: number }[], ids: { id: number }[]) => ids.every((c) => list.some((i) => i.id === c.id));
    if (!known(values, input.values) || !known(insights, input.insights)) return refuse("invalid");
    const on = (list: { id: number; comment: string }[], id: number) => list.find((c) => c.id === id)?.comment ?? "";
    for (const value of values) {
      tx.update(submissionValues)
        .set({ reviewComment: on(input.values, value.id) })
        .where(eq(submissionValues.id, value.id))
        .run();
    }
    for (const insight of insights) {
      tx.update(submissionInsights)
        .set({ reviewComment: on(input.insights, insight.id) })
        .where(eq(submissionInsights.id, insight.id))
        .run();
    }
    tx.update(submissions)
      .set({ status: to, reviewComment: comment, reviewedAt: new Date(), reviewedById: viewer.userId })
      .where(eq(submissions.id, submission.id))
      .run();
    const version = touchSubmission(tx, submission);
    recordTransition(scope, submission.id, submission.status, to, comment);
    scope.audit({
      action: "submission.sent_back",
      ...reportEvent(submission.period, submission.id),
      before: { status: submission.status },
      after: {
        period: reportTitle(submission.period),
        status: to,
        comment,
        itemComments: [...input.values, ...input.insights].map((c) => c.comment),
      },
    });
    reportReviewed(scope, "report_sent_back", submission.period, { id: submission.id, version });
    return ok({ version });
  });
}
