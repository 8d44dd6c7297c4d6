// Values a partner reported for an indicator that the gemeente has not approved yet: handed in and waiting for
// review, or sent back. Shown beside the indicator's measurements and counted nowhere. A partner sees only those of
// its own organisation; a report still being written (concept) is the partner's alone and is not shown here.
import "server-only";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { condition } from "@/lib/domain/permissions";
import { permits } from "../access";
import { partnerOrganisations, reportingPeriods, submissions, submissionValues } from "../schema";
import { guardProgramme } from "../write";
import { requireIndicatorOf } from "./indicator-of";

const PENDING = ["ingediend", "teruggestuurd"] as const;

export type PendingValue = {
  id: number;
  measuredOn: string;
  value: number;
  note: string;
  reviewComment: string;
  status: (typeof PENDING)[number];
  partnerName: string;
  period: { startsOn: string; endsOn: string };
};

/**
 * The pending values of one indicator of the programme, by day, and whether they are only the viewer's own
 * organisation's (for a partner). Not paged: an indicator has at most one value per
 * report, and a report leaves this list once it is approved.
 */
export async function pendingPartnerValues({
  programmeId,
  indicatorId,
}: {
  programmeId: number;
  indicatorId: number;
}): Promise<{ values: PendingValue[]; ownOrganisationOnly: boolean }> {
  const { db, viewer } = await guardProgramme("programme.read", programmeId);
  requireIndicatorOf(db, programmeId, indicatorId);
  // The kernel lets a partner read the reports of its own organisation only.
  const ownOrganisationOnly = condition(viewer.role, "reporting.read") === "partner";
  if (!permits(viewer, "reporting.read", programmeId, db)) return { values: [], ownOrganisationOnly };
  const conditions: SQL[] = [
    eq(submissions.organisationId, viewer.organisationId),
    eq(submissions.programmeId, programmeId),
    eq(submissionValues.indicatorId, indicatorId),
    inArray(submissions.status, [...PENDING]),
  ];
  if (ownOrganisationOnly) {
    conditions.push(eq(submissions.partnerOrganisationId, viewer.partnerOrganisationId ?? -1));
  }
  const values = db
    .select({
      id: submissionValues.id,
      measuredOn: submissionValues.measuredOn,
      value: submissionValues.value,
      note: submissionValues.note,
      reviewComment: submissionValues.reviewComment,
      status: submissions.status,
      partnerName: partnerOrganisations.name,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
    })
    .from(submissionValues)
    .innerJoin(submissions, eq(submissions.id, submissionValues.submissionId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, submissions.periodId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, submissions.partnerOrganisationId))
    .where(and(...conditions))
    .orderBy(asc(submissionValues.measuredOn), asc(submissionValues.id))
    .all()
    .map(({ startsOn, endsOn, status, ...row }) => ({
      ...row,
      status: status as PendingValue["status"],
      period: { startsOn, endsOn },
    }));
  return { values, ownOrganisationOnly };
}
