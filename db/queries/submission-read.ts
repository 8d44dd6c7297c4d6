// Reading partner reports: one period's report with its values, insights, documents, comments and status history,
// for the partner who writes it and the gemeente that reviews it; and the values of an indicator that are reported
// but not yet approved, which the team sees as "nog niet goedgekeurd". A partner reads only its own organisation's.
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import { isEditable, isLocked } from "@/lib/domain/submissions";
import { permits } from "../access";
import { getDb } from "../index";
import {
  assumptions,
  indicators,
  partnerOrganisations,
  reportingPeriods,
  submissionDocuments,
  submissions,
  submissionTransitions,
  submissionValues,
  users,
} from "../schema";
import { guardProgramme } from "../write";
import { indicatorForMeasuring } from "./measurement-rules";
import {
  assignedIndicators,
  insightsOf,
  ownOrganisationOnly,
  periodRow,
  submissionOfPeriod,
  valuesOf,
  visiblePeriod,
} from "./reporting-rules";

/**
 * The report of one period as the viewer may read it (reporting.read; a partner only its own organisation's): the
 * period, the report (null before the partner's first save) with its values, insights, documents and history, the
 * choices of its form, and what the viewer may do with it. NotFoundError for anything else.
 */
export async function getReport({ periodId }: { periodId: number }) {
  const viewer = await requireViewer();
  const programmeId = periodRow(getDb(), viewer, periodId).programmeId;
  const { db, programme } = await guardProgramme("reporting.read", programmeId);
  const period = visiblePeriod(db, viewer, periodId, "reporting.read");
  const submission = submissionOfPeriod(db, periodId);
  const id = submission?.id ?? -1;
  const indicatorNames = new Map(
    db
      .select({ id: indicators.id, name: indicators.name, unit: indicators.unit })
      .from(indicators)
      .where(eq(indicators.programmeId, programmeId))
      .all()
      .map((i) => [i.id, i]),
  );
  const assumptionChoices = db
    .select({ id: assumptions.id, statement: assumptions.statement, archivedAt: assumptions.archivedAt })
    .from(assumptions)
    .where(eq(assumptions.programmeId, programmeId))
    .orderBy(asc(assumptions.id))
    .all();
  const statement = new Map(assumptionChoices.map((a) => [a.id, a.statement]));
  const status = submission?.status ?? null;
  const ownPeriod = viewer.partnerOrganisationId === period.partnerOrganisationId;
  return {
    programme: { id: programme.id, name: programme.name },
    period,
    submission,
    values: valuesOf(db, id).map((value) => ({
      ...value,
      indicatorName: indicatorNames.get(value.indicatorId)?.name ?? "",
      unit: indicatorNames.get(value.indicatorId)?.unit ?? "",
    })),
    insights: insightsOf(db, id).map((insight) => ({
      ...insight,
      assumptionStatement: insight.assumptionId === null ? null : (statement.get(insight.assumptionId) ?? null),
    })),
    documents: db
      .select({
        id: submissionDocuments.id,
        fileName: submissionDocuments.fileName,
        contentType: submissionDocuments.contentType,
        size: submissionDocuments.size,
        createdAt: submissionDocuments.createdAt,
      })
      .from(submissionDocuments)
      .where(eq(submissionDocuments.submissionId, id))
      .orderBy(asc(submissionDocuments.id))
      .all(),
    transitions: db
      .select({
        fromStatus: submissionTransitions.fromStatus,
        toStatus: submissionTransitions.toStatus,
        reason: submissionTransitions.reason,
        changedByName: users.name,
        changedAt: submissionTransitions.changedAt,
      })
      .from(submissionTransitions)
      .innerJoin(users, eq(users.id, submissionTransitions.changedById))
      .where(eq(submissionTransitions.submissionId, id))
      .orderBy(asc(submissionTransitions.changedAt), asc(submissionTransitions.id))
      .all(),
    /** For the partner's form: the indicators it reports on and the live assumptions a finding can be about. */
    indicators: assignedIndicators(db, programmeId, period.partnerOrganisationId),
    assumptions: assumptionChoices.filter((a) => a.archivedAt === null).map(({ id, statement }) => ({ id, statement })),
    may: {
      write:
        ownPeriod && (status === null || isEditable(status)) && permits(viewer, "reporting.submit", programmeId, db),
      review: status === "ingediend" && permits(viewer, "reporting.review", programmeId, db),
      reopen: status !== null && isLocked(status) && permits(viewer, "reporting.manage", programmeId, db),
    },
  };
}

/**
 * The values reported for an indicator that are handed in or sent back but not approved (never a concept): the team
 * shows them beside the measurements as "nog niet goedgekeurd". A partner sees only its own organisation's.
 */
export async function pendingValuesOfIndicator({
  programmeId,
  indicatorId,
}: {
  programmeId: number;
  indicatorId: number;
}) {
  const { viewer, db } = await guardProgramme("reporting.read", programmeId);
  indicatorForMeasuring(db, programmeId, indicatorId);
  const own = ownOrganisationOnly(viewer, "reporting.read");
  return db
    .select({
      valueId: submissionValues.id,
      measuredOn: submissionValues.measuredOn,
      value: submissionValues.value,
      note: submissionValues.note,
      status: submissions.status,
      submittedAt: submissions.submittedAt,
      periodId: submissions.periodId,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
      partnerOrganisationId: submissions.partnerOrganisationId,
      partnerName: partnerOrganisations.name,
    })
    .from(submissionValues)
    .innerJoin(submissions, eq(submissions.id, submissionValues.submissionId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, submissions.periodId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, submissions.partnerOrganisationId))
    .where(
      and(
        eq(submissionValues.indicatorId, indicatorId),
        eq(submissions.programmeId, programmeId),
        inArray(submissions.status, ["ingediend", "teruggestuurd"]),
        own ? eq(submissions.partnerOrganisationId, viewer.partnerOrganisationId ?? -1) : undefined,
      ),
    )
    .orderBy(asc(submissionValues.measuredOn), asc(submissionValues.id))
    .all();
}
