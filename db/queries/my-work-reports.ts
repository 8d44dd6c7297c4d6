// The partner reporting in "Mijn werk": for a partner, its organisation's reports to hand in (missed, sent back, due
// soon), as the due work says; for whoever may review reports, those handed in and waiting, the longest first. Each
// answers one page and the total, in a fixed number of statements whatever the number of programmes.
import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { daysBetween, KIND_PERMISSIONS } from "@/lib/domain/my-work";
import { dayIn } from "@/lib/domain/time";
import { visibleTo } from "../access";
import { partnerOrganisations, programmes, reportingPeriods, submissions } from "../schema";
import { dueWork } from "./due-work";
import type { Span, WorkContext } from "./my-work-sections";

/** The reports the viewer's partner organisation should hand in: missed first, then sent back, then due soon. */
export function reportsDue({ viewer, db, today }: WorkContext, span: Span) {
  const due = dueWork(db, viewer.organisationId, today, { userId: viewer.userId }).filter(
    (item) => item.kind === "reporting_period",
  );
  return {
    total: due.length,
    items: due.slice(span.offset, span.offset + span.limit).map((item) => ({
      id: item.entityId,
      programmeName: item.programmeName,
      startsOn: item.period?.startsOn ?? "",
      endsOn: item.period?.endsOn ?? "",
      dueOn: item.dueOn,
      state: item.state,
      sentBack: item.period?.status === "teruggestuurd",
      href: item.href,
    })),
  };
}

/** Reports handed in on programmes the viewer may review, not archived: the one waiting longest first. */
export function reportsToReview({ viewer, db, today }: WorkContext, span: Span) {
  const where = and(
    visibleTo(
      viewer,
      KIND_PERMISSIONS.reportsToReview,
      { organisationId: submissions.organisationId, programmeId: submissions.programmeId },
      db,
    ),
    eq(submissions.status, "ingediend"),
    isNull(programmes.archivedAt),
  );
  const total =
    db
      .select({ total: count() })
      .from(submissions)
      .innerJoin(programmes, eq(programmes.id, submissions.programmeId))
      .where(where)
      .get()?.total ?? 0;
  const rows = db
    .select({
      id: submissions.id,
      periodId: submissions.periodId,
      programmeId: submissions.programmeId,
      programmeName: programmes.name,
      partnerName: partnerOrganisations.name,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
      submittedAt: submissions.submittedAt,
    })
    .from(submissions)
    .innerJoin(programmes, eq(programmes.id, submissions.programmeId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, submissions.periodId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, submissions.partnerOrganisationId))
    .where(where)
    .orderBy(asc(submissions.submittedAt), asc(submissions.id))
    .limit(span.limit)
    .offset(span.offset)
    .all();
  return {
    total,
    items: rows.map(({ submittedAt, ...row }) => {
      const submittedOn = submittedAt ? dayIn(submittedAt) : today;
      return {
        ...row,
        submittedOn,
        daysWaiting: daysBetween(submittedOn, today),
        href: `/programmes/${row.programmeId}/reporting/${row.periodId}`,
      };
    }),
  };
}
