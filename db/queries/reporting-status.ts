// Partner reporting as its readers see it: who reports which indicators in a programme (a partner only its own
// organisation), and, for management across the gemeente, how many periods per partner organisation and per programme
// are due, late, handed in, sent back or approved. The periods one by one are in reporting-overview.ts.
import "server-only";
import { and, asc, count, eq, isNull, min, sql } from "drizzle-orm";
import { addDays } from "@/lib/domain/measurement-schedule";
import { type PeriodState, periodState } from "@/lib/domain/submissions";
import { todayInAmsterdam } from "@/lib/domain/time";
import { permits, visibleTo } from "../access";
import {
  indicators,
  partnerOrganisations,
  programmePartners,
  programmes,
  reportingAssignments,
  reportingPeriods,
  submissions,
} from "../schema";
import { guard, guardProgramme, isRefusal } from "../write";
import { DUE_HORIZON_DAYS } from "./due-work";
import { REPORTING_PAGE_SIZE } from "./reporting-overview";
import { ownOrganisationOnly } from "./reporting-rules";

/** Whether the viewer may read the programme's reporting: for showing the way in, never as the check itself. */
export async function readsReporting({ programmeId }: { programmeId: number }): Promise<boolean> {
  try {
    await guardProgramme("reporting.read", programmeId);
    return true;
  } catch (error) {
    if (isRefusal(error)) return false;
    throw error;
  }
}

/**
 * The partner organisations of a programme, each with the indicators it reports on now; a partner sees only its own
 * organisation. `mayManage`: the viewer may change who reports what (the forms, ending an assignment).
 */
export async function reportingParties({ programmeId }: { programmeId: number }) {
  const { viewer, db } = await guardProgramme("reporting.read", programmeId);
  const own = ownOrganisationOnly(viewer, "reporting.read") ? (viewer.partnerOrganisationId ?? -1) : null;
  const partners = db
    .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(programmePartners)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, programmePartners.partnerOrganisationId))
    .where(
      and(
        eq(programmePartners.programmeId, programmeId),
        own === null ? undefined : eq(programmePartners.partnerOrganisationId, own),
      ),
    )
    .orderBy(asc(partnerOrganisations.name))
    .all();
  const assignments = db
    .select({
      id: reportingAssignments.id,
      partnerOrganisationId: reportingAssignments.partnerOrganisationId,
      indicatorId: reportingAssignments.indicatorId,
      indicatorName: indicators.name,
      archived: sql<boolean>`${indicators.archivedAt} is not null`.mapWith(Boolean),
    })
    .from(reportingAssignments)
    .innerJoin(indicators, eq(indicators.id, reportingAssignments.indicatorId))
    .where(
      and(
        eq(reportingAssignments.programmeId, programmeId),
        isNull(reportingAssignments.endedAt),
        own === null ? undefined : eq(reportingAssignments.partnerOrganisationId, own),
      ),
    )
    .orderBy(asc(indicators.name))
    .all();
  return {
    partners: partners.map((partner) => ({
      ...partner,
      assignments: assignments.filter((a) => a.partnerOrganisationId === partner.id),
    })),
    mayManage: permits(viewer, "reporting.manage", programmeId, db),
  };
}

/** The states the status overview counts; a period that is not due yet asks nothing of anyone. */
export const COUNTED_STATES = ["due", "overdue", "submitted", "sent_back", "approved"] as const;
export type CountedState = (typeof COUNTED_STATES)[number];
export type StateCounts = Record<CountedState, number>;

const noCounts = (): StateCounts => ({ due: 0, overdue: 0, submitted: 0, sent_back: 0, approved: 0 });
const counted = (state: PeriodState): state is CountedState => (COUNTED_STATES as readonly string[]).includes(state);

type Line = { id: number; name: string; counts: StateCounts };

function add(lines: Map<number, Line>, id: number, name: string, state: PeriodState, periods: number) {
  const line = lines.get(id) ?? { id, name, counts: noCounts() };
  if (counted(state)) line.counts[state] += periods;
  lines.set(id, line);
}

function pageOf(lines: Map<number, Line>, asked: number | undefined) {
  const sorted = [...lines.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const pageCount = Math.max(1, Math.ceil(sorted.length / REPORTING_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(asked ?? 1)), pageCount);
  return {
    lines: sorted.slice((page - 1) * REPORTING_PAGE_SIZE, page * REPORTING_PAGE_SIZE),
    total: sorted.length,
    page,
    pageCount,
  };
}

/**
 * For management and the beheerder (whoever reads the whole gemeente's dashboard): per partner organisation and per
 * programme that is not archived, the number of periods due, late, handed in, sent back and approved, each list paged,
 * with the gemeente's totals. One statement however many programmes and periods there are: the periods are counted in
 * groups whose days all give the same state, and each group is given its state by the one rule (periodState).
 */
export async function reportingStatus({
  partnerPage,
  programmePage,
}: {
  partnerPage?: number;
  programmePage?: number;
}) {
  const { viewer, db } = await guard("dashboard.read");
  const today = todayInAmsterdam();
  const dueSoon = addDays(today, DUE_HORIZON_DAYS) ?? today;
  const when = sql`case when ${reportingPeriods.dueOn} < ${today} then 0 when ${reportingPeriods.dueOn} <= ${dueSoon} then 1 else 2 end`;
  const columns = { organisationId: reportingPeriods.organisationId, programmeId: reportingPeriods.programmeId };
  const groups = db
    .select({
      partnerId: reportingPeriods.partnerOrganisationId,
      partnerName: partnerOrganisations.name,
      programmeId: reportingPeriods.programmeId,
      programmeName: programmes.name,
      status: submissions.status,
      dueOn: min(reportingPeriods.dueOn),
      periods: count(),
    })
    .from(reportingPeriods)
    .innerJoin(programmes, eq(programmes.id, reportingPeriods.programmeId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, reportingPeriods.partnerOrganisationId))
    .leftJoin(submissions, eq(submissions.periodId, reportingPeriods.id))
    .where(and(visibleTo(viewer, "reporting.read", columns, db), isNull(programmes.archivedAt)))
    .groupBy(reportingPeriods.partnerOrganisationId, reportingPeriods.programmeId, submissions.status, when)
    .all();
  const partners = new Map<number, Line>();
  const programmeLines = new Map<number, Line>();
  const totals = noCounts();
  for (const group of groups) {
    const state = periodState(group.status, group.dueOn ?? today, today, dueSoon);
    add(partners, group.partnerId, group.partnerName, state, group.periods);
    add(programmeLines, group.programmeId, group.programmeName, state, group.periods);
    if (counted(state)) totals[state] += group.periods;
  }
  return { totals, partners: pageOf(partners, partnerPage), programmes: pageOf(programmeLines, programmePage) };
}
