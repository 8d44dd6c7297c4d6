// Where partner reporting stands: the set-up of a programme (who reports which indicators), the periods of a
// programme with their state per partner (for the manager and management), a partner's own periods that ask for
// action (its home page), and the review queue. A partner sees only its own organisation's periods.
import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { addDays } from "@/lib/domain/measurement-schedule";
import { type PeriodState, periodState } from "@/lib/domain/submissions";
import { todayInAmsterdam } from "@/lib/domain/time";
import { type Reader, visibleTo } from "../access";
import { getDb } from "../index";
import {
  indicators,
  partnerOrganisations,
  programmePartners,
  programmes,
  reportingAssignments,
  reportingPeriods,
  submissions,
} from "../schema";
import { guardProgramme } from "../write";
import { DUE_HORIZON_DAYS } from "./due-work";
import { ownOrganisationOnly } from "./reporting-rules";

export const REPORTING_PAGE_SIZE = 25;

const pageOf = (page: number | undefined) => Math.max(1, Math.floor(page ?? 1));
const paging = (total: number, page: number) => ({
  total,
  page,
  pageCount: Math.max(1, Math.ceil(total / REPORTING_PAGE_SIZE)),
});

/** Today and the last day that still counts as due soon, in Amsterdam. */
function horizon(today = todayInAmsterdam()) {
  return { today, dueSoon: addDays(today, DUE_HORIZON_DAYS) ?? today };
}

/** For setting up a programme's reporting: its partner organisations, live indicators and every assignment. */
export async function reportingSetup({ programmeId }: { programmeId: number }) {
  const { db } = await guardProgramme("reporting.manage", programmeId);
  return {
    partners: db
      .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
      .from(programmePartners)
      .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, programmePartners.partnerOrganisationId))
      .where(eq(programmePartners.programmeId, programmeId))
      .orderBy(asc(partnerOrganisations.name))
      .all(),
    indicators: db
      .select({ id: indicators.id, name: indicators.name, unit: indicators.unit })
      .from(indicators)
      .where(and(eq(indicators.programmeId, programmeId), isNull(indicators.archivedAt)))
      .orderBy(asc(indicators.name))
      .all(),
    assignments: db
      .select({
        id: reportingAssignments.id,
        indicatorId: reportingAssignments.indicatorId,
        indicatorName: indicators.name,
        partnerOrganisationId: reportingAssignments.partnerOrganisationId,
        partnerName: partnerOrganisations.name,
        createdAt: reportingAssignments.createdAt,
        endedAt: reportingAssignments.endedAt,
      })
      .from(reportingAssignments)
      .innerJoin(indicators, eq(indicators.id, reportingAssignments.indicatorId))
      .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, reportingAssignments.partnerOrganisationId))
      .where(eq(reportingAssignments.programmeId, programmeId))
      .orderBy(asc(partnerOrganisations.name), asc(indicators.name), desc(reportingAssignments.createdAt))
      .all(),
  };
}

const periodColumns = {
  id: reportingPeriods.id,
  programmeId: reportingPeriods.programmeId,
  partnerOrganisationId: reportingPeriods.partnerOrganisationId,
  partnerName: partnerOrganisations.name,
  startsOn: reportingPeriods.startsOn,
  endsOn: reportingPeriods.endsOn,
  dueOn: reportingPeriods.dueOn,
  submissionId: submissions.id,
  status: submissions.status,
  submittedAt: submissions.submittedAt,
  version: submissions.version,
  /** When the period was set and its report last changed: together, the period's last change. */
  createdAt: reportingPeriods.createdAt,
  updatedAt: submissions.updatedAt,
};

export type OverviewFilter = {
  programmeId: number;
  partnerOrganisationId?: number;
  state?: PeriodState;
  page?: number;
};

/**
 * The periods of a programme with where each stands (open, due, overdue, submitted, sent back, approved), newest first
 * per partner, paged; with the number in each state per partner. A partner sees only its own organisation's.
 */
export async function programmeReportingOverview(filter: OverviewFilter) {
  const { viewer, db } = await guardProgramme("reporting.read", filter.programmeId);
  const own = ownOrganisationOnly(viewer, "reporting.read");
  const { today, dueSoon } = horizon();
  const rows = db
    .select(periodColumns)
    .from(reportingPeriods)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, reportingPeriods.partnerOrganisationId))
    .leftJoin(submissions, eq(submissions.periodId, reportingPeriods.id))
    .where(
      and(
        eq(reportingPeriods.programmeId, filter.programmeId),
        own ? eq(reportingPeriods.partnerOrganisationId, viewer.partnerOrganisationId ?? -1) : undefined,
      ),
    )
    .orderBy(asc(partnerOrganisations.name), desc(reportingPeriods.startsOn))
    .all()
    .map((row) => ({ ...row, state: periodState(row.status, row.dueOn, today, dueSoon) }));
  const partners = new Map<number, { id: number; name: string; states: Record<PeriodState, number> }>();
  for (const row of rows) {
    const partner = partners.get(row.partnerOrganisationId) ?? {
      id: row.partnerOrganisationId,
      name: row.partnerName,
      states: { open: 0, due: 0, overdue: 0, submitted: 0, sent_back: 0, approved: 0 },
    };
    partner.states[row.state] += 1;
    partners.set(partner.id, partner);
  }
  const chosen = rows.filter(
    (row) =>
      (filter.partnerOrganisationId === undefined || row.partnerOrganisationId === filter.partnerOrganisationId) &&
      (filter.state === undefined || row.state === filter.state),
  );
  const page = pageOf(filter.page);
  return {
    partners: [...partners.values()],
    periods: chosen.slice((page - 1) * REPORTING_PAGE_SIZE, page * REPORTING_PAGE_SIZE),
    ...paging(chosen.length, page),
  };
}

const URGENCY: Partial<Record<PeriodState, number>> = { overdue: 0, sent_back: 1, due: 2 };

/**
 * The signed-in partner's periods that ask for its action, across its programmes: overdue, sent back, due within two
 * weeks; the most pressing first, paged. Empty for anyone who does not report as a partner.
 */
export async function partnerReportingWork({ page: asked }: { page?: number } = {}) {
  const viewer = await requireViewer();
  const db = getDb();
  const { today, dueSoon } = horizon();
  const columns = { organisationId: reportingPeriods.organisationId, programmeId: reportingPeriods.programmeId };
  const rows = db
    .select({ ...periodColumns, programmeName: programmes.name })
    .from(reportingPeriods)
    .innerJoin(programmes, eq(programmes.id, reportingPeriods.programmeId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, reportingPeriods.partnerOrganisationId))
    .leftJoin(submissions, eq(submissions.periodId, reportingPeriods.id))
    .where(
      and(
        visibleTo(viewer, "reporting.submit", columns, db),
        eq(reportingPeriods.partnerOrganisationId, viewer.partnerOrganisationId ?? -1),
        isNull(programmes.archivedAt),
        or(isNull(submissions.status), inArray(submissions.status, ["concept", "teruggestuurd"])),
        or(lte(reportingPeriods.dueOn, dueSoon), eq(submissions.status, "teruggestuurd")),
      ),
    )
    .all()
    .map((row) => ({ ...row, state: periodState(row.status, row.dueOn, today, dueSoon) }))
    .filter((row) => URGENCY[row.state] !== undefined)
    .sort((a, b) => (URGENCY[a.state] ?? 9) - (URGENCY[b.state] ?? 9) || a.dueOn.localeCompare(b.dueOn));
  const page = pageOf(asked);
  return {
    periods: rows.slice((page - 1) * REPORTING_PAGE_SIZE, page * REPORTING_PAGE_SIZE),
    ...paging(rows.length, page),
  };
}

/**
 * The handed-in reports the viewer may review, of programmes that are not archived, the one waiting longest first: one
 * span of them and how many there are, in two statements whatever the number of programmes. The review queue and
 * "Mijn werk" both list them.
 */
export function handedInReports(db: Reader, viewer: Viewer, span: { limit: number; offset: number }) {
  const where = and(
    visibleTo(
      viewer,
      "reporting.review",
      { organisationId: submissions.organisationId, programmeId: submissions.programmeId },
      db,
    ),
    eq(submissions.status, "ingediend"),
    isNull(programmes.archivedAt),
  );
  const total =
    db
      .select({ n: count() })
      .from(submissions)
      .innerJoin(programmes, eq(programmes.id, submissions.programmeId))
      .where(where)
      .get()?.n ?? 0;
  const items = db
    .select({
      submissionId: submissions.id,
      periodId: submissions.periodId,
      programmeId: submissions.programmeId,
      programmeName: programmes.name,
      partnerName: partnerOrganisations.name,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
      dueOn: reportingPeriods.dueOn,
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
  return { total, items };
}

/** The review queue: the handed-in reports the viewer may review, paged. */
export async function reviewQueue({ page: asked }: { page?: number } = {}) {
  const viewer = await requireViewer();
  const page = pageOf(asked);
  const { total, items } = handedInReports(getDb(), viewer, {
    limit: REPORTING_PAGE_SIZE,
    offset: (page - 1) * REPORTING_PAGE_SIZE,
  });
  return { items, ...paging(total, page) };
}
