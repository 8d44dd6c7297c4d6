// What a partner learned in a period, brought in with its report (reporting.submit): findings about the programme's
// assumptions (supports, contradicts or is inconclusive, with the evidence) and lessons. On approval they enter the
// gemeente's evidence trail and lessons library with their source.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Verdict } from "@/lib/domain/constants";
import type { InsightInput, SubmissionStepInput } from "@/lib/validation/reporting";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { assumptions, submissionInsights } from "../schema";
import { write } from "../write";
import { SUBMISSION_SAVES } from "./reporting-rules";
import { ok, refuse } from "./result";
import { ensureSubmission, partnerReport, partnerRequest, periodName, reportEvent } from "./submission-partner";
import { type Versioned, versionConflict } from "./versions";

type InPeriod = { periodId: number };

type Stored = {
  kind: InsightInput["kind"];
  title: string;
  body: string;
  assumptionId: number | null;
  verdict: Verdict | null;
  evidence: string;
};

/** The insight as it is stored: a lesson has no assumption, verdict or evidence. */
function fields(input: InsightInput): Stored {
  return input.kind === "finding"
    ? {
        kind: input.kind,
        title: input.title,
        body: input.body,
        assumptionId: input.assumptionId,
        verdict: input.verdict,
        evidence: input.evidence,
      }
    : { kind: input.kind, title: input.title, body: input.body, assumptionId: null, verdict: null, evidence: "" };
}

const shape = (insight: Stored) => ({
  title: insight.title,
  body: insight.body,
  assumptionId: insight.assumptionId === null ? "" : String(insight.assumptionId),
  verdict: insight.verdict ?? "",
  evidence: insight.evidence,
});

/** A finding is about a live assumption of the report's own programme. */
function assumptionBelongs(db: Reader, programmeId: number, insight: Stored) {
  if (insight.assumptionId === null) return true;
  return Boolean(
    db
      .select({ id: assumptions.id })
      .from(assumptions)
      .where(
        and(
          eq(assumptions.id, insight.assumptionId),
          eq(assumptions.programmeId, programmeId),
          isNull(assumptions.archivedAt),
        ),
      )
      .get(),
  );
}

function insightOf(db: Reader, submissionId: number | undefined, insightId: number) {
  const row = db
    .select({
      id: submissionInsights.id,
      kind: submissionInsights.kind,
      title: submissionInsights.title,
      body: submissionInsights.body,
      assumptionId: submissionInsights.assumptionId,
      verdict: submissionInsights.verdict,
      evidence: submissionInsights.evidence,
    })
    .from(submissionInsights)
    .where(and(eq(submissionInsights.id, insightId), eq(submissionInsights.submissionId, submissionId ?? -1)))
    .get();
  if (!row) throw new NotFoundError("submission insight");
  return row;
}

/** Adds a finding or a lesson to the report of the period. */
export function addSubmissionInsight({ periodId }: InPeriod, input: InsightInput) {
  return write(partnerRequest(periodId), (scope) => {
    const found = partnerReport(scope, periodId, input.version);
    if ("refusal" in found) return found.refusal;
    const { period } = found.report;
    const insight = fields(input);
    if (!assumptionBelongs(scope.tx, period.programmeId, insight)) return refuse("assumptionInvalid", "assumptionId");
    const report = ensureSubmission(scope, found.report);
    const { id } = scope.tx
      .insert(submissionInsights)
      .values({ organisationId: scope.viewer.organisationId, submissionId: report.id, ...insight })
      .returning({ id: submissionInsights.id })
      .get();
    scope.audit({
      action: "submission.insight_added",
      ...reportEvent(period, report.id),
      after: { ...periodName(period), ...insight },
    });
    return ok({ insightId: id, version: report.version });
  });
}

/**
 * Changes a finding or lesson of the report (after a comment, say). Refused when someone else saved it differently
 * after the page was opened; its kind stays what it is.
 */
export function updateSubmissionInsight(
  { periodId, insightId }: InPeriod & { insightId: number },
  input: InsightInput,
): Promise<Versioned<{ version: number }>> {
  return write(partnerRequest(periodId), (scope): Versioned<{ version: number }> => {
    const found = partnerReport(scope, periodId, input.version, false);
    if ("refusal" in found) return found.refusal;
    const { period, submission } = found.report;
    const { id: _id, ...saved } = insightOf(scope.tx, submission?.id, insightId);
    if (saved.kind !== input.kind) return refuse("invalid");
    const insight = fields(input);
    if (submission) {
      const conflict = versionConflict(
        scope,
        { entityType: "submission", entityId: submission.id, actions: SUBMISSION_SAVES },
        { submitted: input.version, current: submission.version, mine: shape(insight), saved: shape(saved) },
      );
      if (conflict) return conflict;
    }
    if (!assumptionBelongs(scope.tx, period.programmeId, insight)) return refuse("assumptionInvalid", "assumptionId");
    const report = ensureSubmission(scope, found.report);
    scope.tx.update(submissionInsights).set(insight).where(eq(submissionInsights.id, insightId)).run();
    scope.audit({
      action: "submission.insight_updated",
      ...reportEvent(period, report.id),
      before: saved,
      after: { ...periodName(period), ...insight },
    });
    return ok({ version: report.version });
  });
}

/** Takes a finding or lesson out of the report before it is handed in. */
export function removeSubmissionInsight(
  { periodId, insightId }: InPeriod & { insightId: number },
  input: SubmissionStepInput,
) {
  return write(partnerRequest(periodId), (scope) => {
    const found = partnerReport(scope, periodId, input.version);
    if ("refusal" in found) return found.refusal;
    const { period, submission } = found.report;
    const { id, ...saved } = insightOf(scope.tx, submission?.id, insightId);
    const report = ensureSubmission(scope, found.report);
    scope.tx.delete(submissionInsights).where(eq(submissionInsights.id, id)).run();
    scope.audit({
      action: "submission.insight_removed",
      ...reportEvent(period, report.id),
      before: { ...periodName(period), ...saved },
    });
    return ok({ version: report.version });
  });
}
