// A partner's figures and narrative for one period (reporting.submit, its own organisation's periods only). A value
// is held to the rules of the gemeente's own measurements (db/queries/measurement-rules.ts) and lies inside the
// period; it is reported only for an indicator assigned to the partner. Nothing counts until the report is approved.
import "server-only";
import { and, eq } from "drizzle-orm";
import { numberForInput } from "@/lib/domain/number-text";
import type { NarrativeInput, SubmissionStepInput, SubmissionValueInput } from "@/lib/validation/reporting";
import { NotFoundError } from "../errors";
import { submissions, submissionValues } from "../schema";
import { write } from "../write";
import { refuseProblems } from "./measurement-rules";
import { assignedIndicators, reportedValueProblems, SUBMISSION_SAVES } from "./reporting-rules";
import { ok, refuse } from "./result";
import { ensureSubmission, partnerReport, partnerRequest, periodName, reportEvent } from "./submission-partner";
import { type Versioned, versionConflict } from "./versions";

type InPeriod = { periodId: number };

const valueShape = (value: { measuredOn: string; value: number; note: string } | null) => ({
  measuredOn: value?.measuredOn ?? "",
  value: value ? numberForInput(value.value) : "",
  note: value?.note ?? "",
});

/**
 * Saves the partner's value of one assigned indicator for the period (one per indicator: a second save replaces it).
 * Refused with every problem at once, per field: a day outside the period, after today, outside the programme's
 * looptijd or before the baseline, a day that already has a live measurement, a value outside the bounds.
 */
export function saveSubmissionValue(
  { periodId }: InPeriod,
  input: SubmissionValueInput,
): Promise<Versioned<{ version: number }>> {
  return write(partnerRequest(periodId), (scope): Versioned<{ version: number }> => {
    const { tx } = scope;
    const found = partnerReport(scope, periodId, input.version, false);
    if ("refusal" in found) return found.refusal;
    const { period, submission } = found.report;
    const assigned = assignedIndicators(tx, period.programmeId, period.partnerOrganisationId);
    if (!assigned.some((indicator) => indicator.id === input.indicatorId)) {
      return refuse("indicatorNotAssigned", "indicatorId");
    }
    const saved = submission
      ? (tx
          .select({
            id: submissionValues.id,
            measuredOn: submissionValues.measuredOn,
            value: submissionValues.value,
            note: submissionValues.note,
          })
          .from(submissionValues)
          .where(
            and(eq(submissionValues.submissionId, submission.id), eq(submissionValues.indicatorId, input.indicatorId)),
          )
          .get() ?? null)
      : null;
    if (submission) {
      const conflict = versionConflict(
        scope,
        { entityType: "submission", entityId: submission.id, actions: SUBMISSION_SAVES },
        { submitted: input.version, current: submission.version, mine: valueShape(input), saved: valueShape(saved) },
      );
      if (conflict) return conflict;
    }
    const { indicator, problems } = reportedValueProblems(tx, period, input);
    if (problems) return refuseProblems(problems);
    const { measuredOn, value, note } = input;
    const report = ensureSubmission(scope, found.report);
    if (saved) {
      tx.update(submissionValues).set({ measuredOn, value, note }).where(eq(submissionValues.id, saved.id)).run();
    } else {
      tx.insert(submissionValues)
        .values({
          organisationId: scope.viewer.organisationId,
          submissionId: report.id,
          indicatorId: indicator.id,
          measuredOn,
          value,
          note,
        })
        .run();
    }
    scope.audit({
      action: "submission.value_saved",
      ...reportEvent(period, report.id),
      before: saved ? { measuredOn: saved.measuredOn, value: saved.value, note: saved.note } : undefined,
      after: { ...periodName(period), indicatorId: indicator.id, measuredOn, value, note },
    });
    return ok({ version: report.version });
  });
}

/** Takes a value out of the report before it is handed in. */
export function removeSubmissionValue(
  { periodId, valueId }: InPeriod & { valueId: number },
  input: SubmissionStepInput,
) {
  return write(partnerRequest(periodId), (scope) => {
    const found = partnerReport(scope, periodId, input.version);
    if ("refusal" in found) return found.refusal;
    const { period, submission } = found.report;
    const row = submission
      ? scope.tx
          .select({
            id: submissionValues.id,
            indicatorId: submissionValues.indicatorId,
            measuredOn: submissionValues.measuredOn,
            value: submissionValues.value,
            note: submissionValues.note,
          })
          .from(submissionValues)
          .where(and(eq(submissionValues.id, valueId), eq(submissionValues.submissionId, submission.id)))
          .get()
      : undefined;
    if (!row) throw new NotFoundError("submission value");
    const report = ensureSubmission(scope, found.report);
    scope.tx.delete(submissionValues).where(eq(submissionValues.id, row.id)).run();
    const { id: _id, ...before } = row;
    scope.audit({
      action: "submission.value_removed",
      ...reportEvent(period, report.id),
      before: { ...periodName(period), ...before },
    });
    return ok({ version: report.version });
  });
}

/** Saves what went well, what went less well and what the partner learned in the period. */
export function saveSubmissionNarrative(
  { periodId }: InPeriod,
  input: NarrativeInput,
): Promise<Versioned<{ version: number }>> {
  return write(partnerRequest(periodId), (scope): Versioned<{ version: number }> => {
    const found = partnerReport(scope, periodId, input.version, false);
    if ("refusal" in found) return found.refusal;
    const { period, submission } = found.report;
    const { version, ...text } = input;
    const before = {
      wentWell: submission?.wentWell ?? "",
      wentLess: submission?.wentLess ?? "",
      learned: submission?.learned ?? "",
    };
    if (submission) {
      const conflict = versionConflict(
        scope,
        { entityType: "submission", entityId: submission.id, actions: SUBMISSION_SAVES },
        { submitted: version, current: submission.version, mine: text, saved: before },
      );
      if (conflict) return conflict;
    }
    const unchanged = Object.entries(text).every(([key, value]) => before[key as keyof typeof before] === value);
    if (unchanged) return ok({ version: submission?.version ?? 0 });
    const report = ensureSubmission(scope, found.report);
    scope.tx.update(submissions).set(text).where(eq(submissions.id, report.id)).run();
    scope.audit({
      action: "submission.narrative_saved",
      ...reportEvent(period, report.id),
      before,
      after: { ...periodName(period), ...text },
    });
    return ok({ version: report.version });
  });
}
