// The steps of a partner's report that tell someone, each called from its write inside that write's transaction: a
// report handed in asks the programme's owner and team to review it; sent back, approved or reopened, the people of
// the partner organisation that reports hear of it. Nobody of another partner organisation hears of a report.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { NotificationKind } from "@/lib/domain/constants";
import type { Reader } from "../access";
import { memberships, programmes } from "../schema";
import type { WriteScope } from "../write";
import { notify, programmeTeam } from "./notify";
import type { PeriodRow } from "./reporting-rules";

/** Where the report of a period is read and written. */
export const reportHref = (period: Pick<PeriodRow, "id" | "programmeId">) =>
  `/programmes/${period.programmeId}/reporting/${period.id}`;

/** The people of one partner organisation in the gemeente; the kernel decides which of them may hear of a report. */
export function partnerPeople(db: Reader, organisationId: number, partnerOrganisationId: number): number[] {
  return db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(eq(memberships.organisationId, organisationId), eq(memberships.partnerOrganisationId, partnerOrganisationId)),
    )
    .all()
    .map((row) => row.userId);
}

/** The values every notification of a report is written from: who, which programme, which partner and period. */
export function reportParams(db: Reader, period: PeriodRow, actor: string | null) {
  const programme =
    db.select({ name: programmes.name }).from(programmes).where(eq(programmes.id, period.programmeId)).get()?.name ??
    "";
  return {
    actor,
    programme,
    partner: period.partnerName,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    dueOn: period.dueOn,
  };
}

type Report = { id: number; version: number };

/** A report handed in (again): the programme's owner and team who may review it are asked to. */
export function reportSubmitted(scope: WriteScope, period: PeriodRow, report: Report) {
  const { tx, viewer } = scope;
  notify(tx, {
    organisationId: viewer.organisationId,
    actorId: viewer.userId,
    kind: "report_submitted",
    params: reportParams(tx, period, viewer.name),
    href: reportHref(period),
    entity: { type: "submission", id: report.id },
    readable: { permission: "reporting.review", programmeId: period.programmeId },
    recipients: programmeTeam(tx, period.programmeId),
    // Each hand-in is a version of its own: handed in again after it was sent back, it asks again.
    dedupeKey: `report_submitted:${report.id}:${report.version}`,
  });
}

/** A review step on a report: the people of the partner organisation that may report on the programme hear of it. */
export function reportReviewed(
  scope: WriteScope,
  kind: Extract<NotificationKind, "report_sent_back" | "report_approved" | "report_reopened">,
  period: PeriodRow,
  report: Report,
  reason?: string,
) {
  const { tx, viewer } = scope;
  notify(tx, {
    organisationId: viewer.organisationId,
    actorId: viewer.userId,
    kind,
    params: { ...reportParams(tx, period, viewer.name), ...(reason === undefined ? {} : { reason }) },
    href: reportHref(period),
    entity: { type: "submission", id: report.id },
    readable: { permission: "reporting.submit", programmeId: period.programmeId },
    recipients: partnerPeople(tx, viewer.organisationId, period.partnerOrganisationId),
    dedupeKey: `${kind}:${report.id}:${report.version}`,
  });
}
