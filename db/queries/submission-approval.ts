// Approving a partner's report (reporting.review): in one transaction, every value becomes a measurement, every
// finding a finding of the partner's study for the programme and every lesson a lesson of the gemeente, each with its
// source; from then on they count. Reopening it is submission-reopen.ts.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { nextStatus } from "@/lib/domain/submissions";
import type { ApproveInput } from "@/lib/validation/reporting";
import type { Reader } from "../access";
import {
  assumptions,
  lessons,
  measurements,
  programmes,
  studies,
  submissionInsights,
  submissions,
  submissionValues,
} from "../schema";
import { type WriteScope, write } from "../write";
import { addFindingIn } from "./findings";
import { type FieldProblems, measurementSummary } from "./measurement-rules";
import { reportReviewed } from "./notify-reporting";
import {
  insightsOf,
  recordTransition,
  refuseStale,
  reportedValueProblems,
  reportTitle,
  submissionRow,
  touchSubmission,
  valuesOf,
} from "./reporting-rules";
import { ok, refuse } from "./result";
import { reportEvent } from "./submission-partner";
import { reviewRequest, valueField } from "./submission-steps";

type Report = ReturnType<typeof submissionRow>;

/** The field of the report page where an insight's problems are shown. */
export const insightField = (insightId: number) => `insight-${insightId}`;

const liveAssumption = (db: Reader, programmeId: number, assumptionId: number | null) =>
  assumptionId !== null &&
  Boolean(
    db
      .select({ id: assumptions.id })
      .from(assumptions)
      .where(
        and(eq(assumptions.id, assumptionId), eq(assumptions.programmeId, programmeId), isNull(assumptions.archivedAt)),
      )
      .get(),
  );

/** The study that holds what the partner brought in for the programme; made on first need. */
function partnerStudy(scope: WriteScope, report: Report) {
  const { tx, viewer } = scope;
  const { programmeId, partnerOrganisationId } = report;
  const existing = tx
    .select({ id: studies.id, title: studies.title })
    .from(studies)
    .where(
      and(
        eq(studies.programmeId, programmeId),
        eq(studies.partnerOrganisationId, partnerOrganisationId),
        isNull(studies.archivedAt),
      ),
    )
    .orderBy(studies.id)
    .get();
  if (existing) return existing;
  const programme = tx
    .select({ ownerId: programmes.ownerId, round: programmes.round })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .get();
  const partner = report.period.partnerName;
  const fields = {
    title: `Inbreng van ${partner}`,
    researchQuestion: `Wat ziet ${partner} in de uitvoering over de aannames van het programma?`,
    method: "anders" as const,
    status: "lopend" as const,
    ownerId: programme?.ownerId ?? null,
    partnerOrganisationId,
  };
  const study = tx
    .insert(studies)
    .values({ organisationId: viewer.organisationId, programmeId, round: programme?.round ?? 1, ...fields })
    .returning({ id: studies.id, title: studies.title })
    .get();
  scope.audit({
    action: "study.created",
    entityType: "study",
    entityId: study.id,
    summary: fields.title,
    after: fields,
  });
  return study;
}

/**
 * Approves a handed-in report. Refused, with nothing changed, when a value no longer fits (a live measurement on its
 * day, the indicator's bounds changed, the indicator archived) or a finding's assumption is gone: each named by its
 * indicator and day, or its title.
 */
export function approveSubmission({ submissionId }: { submissionId: number }, input: ApproveInput) {
  return write(reviewRequest("reporting.review", submissionId), (scope) => {
    const { tx, viewer } = scope;
    const report = submissionRow(tx, viewer, submissionId);
    if (report.version !== input.version) return refuseStale(report);
    const to = nextStatus(report.status, "approve");
    if (!to || report.submittedById === null) return refuse("submissionWrongStatus");
    const values = valuesOf(tx, report.id);
    const insights = insightsOf(tx, report.id);
    const problems: FieldProblems = {};
    const indicatorOf = new Map<number, string>();
    for (const value of values) {
      const { indicator, problems: wrong } = reportedValueProblems(tx, report.period, value);
      indicatorOf.set(value.id, indicator.name);
      if (!wrong) continue;
      const named = { key: "approvalValueRefused", values: { indicator: indicator.name, date: value.measuredOn } };
      problems[valueField(value.id)] = [named, ...Object.values(wrong).flat()];
    }
    for (const insight of insights) {
      if (insight.kind === "finding" && !liveAssumption(tx, report.programmeId, insight.assumptionId)) {
        problems[insightField(insight.id)] = [{ key: "approvalAssumptionGone", values: { title: insight.title } }];
      }
    }
    if (Object.keys(problems).length) return Object.assign(refuse("approvalRefused"), { problems });

    const source = { createdById: report.submittedById, partnerOrganisationId: report.partnerOrganisationId };
    for (const value of values) {
      const { measuredOn, value: number, note } = value;
      const { id } = tx
        .insert(measurements)
        .values({
          organisationId: viewer.organisationId,
          indicatorId: value.indicatorId,
          measuredOn,
          value: number,
          note,
          enteredById: source.createdById,
          partnerOrganisationId: source.partnerOrganisationId,
        })
        .returning({ id: measurements.id })
        .get();
      tx.update(submissionValues)
        .set({ measurementId: id, reviewComment: "" })
        .where(eq(submissionValues.id, value.id))
        .run();
      scope.audit({
        action: "measurement.added",
        entityType: "measurement",
        entityId: id,
        summary: measurementSummary(indicatorOf.get(value.id) ?? "", value),
        after: { measuredOn, value: number, note, partnerOrganisationId: source.partnerOrganisationId },
      });
    }
    let study: { id: number; title: string } | null = null;
    for (const insight of insights) {
      let made: { findingId?: number; lessonId?: number };
      if (insight.kind === "finding" && insight.assumptionId !== null && insight.verdict !== null) {
        study ??= partnerStudy(scope, report);
        const description = [insight.body, insight.evidence].filter((text) => text.trim()).join("\n\n");
        const links = [{ hypothesisId: null, assumptionId: insight.assumptionId, verdict: insight.verdict }];
        const finding = { title: insight.title, description, interpretation: "", links };
        made = { findingId: addFindingIn(scope, { programmeId: report.programmeId, study }, finding, source) };
      } else {
        const lesson = { title: insight.title, body: insight.body, programmeId: report.programmeId };
        const { id } = tx
          .insert(lessons)
          .values({ organisationId: viewer.organisationId, context: "", ...lesson, ...source })
          .returning({ id: lessons.id })
          .get();
        scope.audit({
          action: "lesson.created",
          entityType: "lesson",
          entityId: id,
          summary: lesson.title,
          after: { ...lesson, partnerOrganisationId: source.partnerOrganisationId },
        });
        made = { lessonId: id };
      }
      tx.update(submissionInsights)
        .set({ ...made, reviewComment: "" })
        .where(eq(submissionInsights.id, insight.id))
        .run();
    }
    tx.update(submissions)
      .set({ status: to, reviewComment: "", reviewedAt: new Date(), reviewedById: viewer.userId })
      .where(eq(submissions.id, report.id))
      .run();
    const version = touchSubmission(tx, report);
    recordTransition(scope, report.id, report.status, to);
    const counted = { values: values.length, insights: insights.length };
    scope.audit({
      action: "submission.approved",
      ...reportEvent(report.period, report.id),
      before: { status: report.status },
      after: { period: reportTitle(report.period), status: to, ...counted },
    });
    reportReviewed(scope, "report_approved", report.period, { id: report.id, version });
    return ok({ version, ...counted });
  });
}
