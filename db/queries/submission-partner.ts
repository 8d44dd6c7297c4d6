// What every write of a partner on its report goes through: the period is its own organisation's (anything else does
// not exist for it), the report is still the partner's to write, and the page was opened on the report's current
// version. The report itself is made by the first save.
import "server-only";
import { isEditable } from "@/lib/domain/submissions";
import { NotFoundError } from "../errors";
import { submissions } from "../schema";
import type { WriteRequest, WriteScope } from "../write";
import {
  type PeriodRow,
  periodTarget,
  periodText,
  refuseStale,
  reportTitle,
  type SubmissionRow,
  submissionOfPeriod,
  touchSubmission,
  visiblePeriod,
} from "./reporting-rules";
import { type MutationResult, refuse } from "./result";

export type PartnerScope = WriteScope;

/** The write request of a partner's change to the report of a period. */
export const partnerRequest = (periodId: number): WriteRequest => ({
  permission: "reporting.submit",
  target: periodTarget(periodId),
  record: { type: "reporting_period", id: periodId },
});

export type PartnerReport = { period: PeriodRow; submission: SubmissionRow | null };

/**
 * The period and its report (null before the first save) as the partner may change them, or the refusal: handed in
 * (under review), approved (locked), or, with `strict`, opened on another version than the saved one. Without
 * `strict` the caller compares the version itself, field by field.
 */
export function partnerReport(
  { tx, viewer }: PartnerScope,
  periodId: number,
  version: number,
  strict = true,
): { report: PartnerReport } | { refusal: MutationResult<never> } {
  // Only its own organisation's periods: the kernel lets every partner of the programme through.
  const period = visiblePeriod(tx, viewer, periodId, "reporting.submit");
  if (period.partnerOrganisationId !== viewer.partnerOrganisationId) throw new NotFoundError("reporting period");
  const submission = submissionOfPeriod(tx, periodId);
  if (submission && !isEditable(submission.status)) {
    return { refusal: refuse(submission.status === "ingediend" ? "submissionUnderReview" : "submissionLocked") };
  }
  if (!submission && version !== 0) return { refusal: refuse("submissionChanged") };
  if (submission && strict && submission.version !== version) return { refusal: refuseStale(submission) };
  return { report: { period, submission } };
}

/** The report of the period, made as a concept if this is the first save; its new version is saved with the change. */
export function ensureSubmission({ tx, viewer }: PartnerScope, { period, submission }: PartnerReport) {
  const row =
    submission ??
    tx
      .insert(submissions)
      .values({
        organisationId: viewer.organisationId,
        programmeId: period.programmeId,
        partnerOrganisationId: period.partnerOrganisationId,
        periodId: period.id,
        version: 0,
      })
      .returning({ id: submissions.id, version: submissions.version })
      .get();
  const version = touchSubmission(tx, row);
  return { id: row.id, version };
}

/** The fields every audit event of a report starts with: the period it is about, by name. */
export const reportEvent = (period: PeriodRow, submissionId: number) => ({
  entityType: "submission",
  entityId: submissionId,
  summary: `${period.partnerName}: ${periodText(period)}`,
});

export const periodName = (period: PeriodRow) => ({ period: reportTitle(period) });
