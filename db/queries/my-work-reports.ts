// The partner reporting in "Mijn werk": for a partner, its organisation's reports to hand in (missed, sent back, due
// soon), as the due work says; for whoever may review reports, those handed in and waiting, the longest first. Each
// answers one page and the total, in a fixed number of statements whatever the number of programmes.
import "server-only";
import { daysBetween } from "@/lib/domain/my-work";
import { dayIn } from "@/lib/domain/time";
import { dueWork } from "./due-work";
import type { Span, WorkContext } from "./my-work-sections";
import { handedInReports } from "./reporting-overview";

/** The reports the viewer's partner organisation should hand in: missed first, then sent back, then due soon. */
export function reportsDue({ viewer, db, today }: WorkContext, span: Span) {
  const due = dueWork(db, viewer.organisationId, today, { userId: viewer.userId, kinds: ["reporting_period"] });
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
  const { total, items: rows } = handedInReports(db, viewer, span);
  return {
    total,
    items: rows.map(({ submittedAt, submissionId, ...row }) => {
      const submittedOn = submittedAt ? dayIn(submittedAt) : today;
      return {
        ...row,
        id: submissionId,
        submittedOn,
        daysWaiting: daysBetween(submittedOn, today),
        href: `/programmes/${row.programmeId}/reporting/${row.periodId}`,
      };
    }),
  };
}
