// The management dashboard: every figure of every programme the viewer may see, in a fixed number of statements
// (one per table, for all programmes at once), whatever the number of programmes. lib/domain/dashboard.ts computes.
import "server-only";
import { and, asc, eq, gte, inArray, isNull, lt, max, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Viewer } from "@/lib/auth/viewer";
import {
  computeDashboard,
  type DashboardFilters,
  type DashboardInput,
  filterProgrammes,
  ownerOptions,
  type Period,
  periodBounds,
} from "@/lib/domain/dashboard";
import { reaches } from "@/lib/domain/permissions";
import { todayInAmsterdam } from "@/lib/domain/time";
import { type Reader, visibleTo } from "../access";
import { ForbiddenError } from "../errors";
import {
  assumptionStatusChanges,
  assumptions,
  auditEvents,
  correctionTransitions,
  courseCorrections,
  indicators,
  learningQuestions,
  measurements,
  programmes,
  studies,
  users,
} from "../schema";
import { loadOverdueActions, loadWaiting } from "./dashboard-open-work";

/** How many SQL statements one dashboard request runs (besides loading the viewer), for any number of programmes. */
export const DASHBOARD_STATEMENTS = 10;

/** Runs a statement and counts it, so a test or benchmark can check that the count does not grow with the data. */
export function statementCounter() {
  let count = 0;
  return {
    all<T>(statement: { all(): T[] }): T[] {
      count += 1;
      return statement.all();
    },
    run<T>(statement: { run(): T }): T {
      count += 1;
      return statement.run();
    },
    get count() {
      return count;
    },
  };
}

/**
 * The dashboard for this viewer, as the kernel's "dashboard.read" says: management and beheerder see every programme
 * of the gemeente, a programme manager the programmes they own or are on the team of; anyone else is refused before
 * anything is read. Takes the database and the clock as arguments so tests can call it directly; `statements` tells
 * how many statements it ran. Computes every figure from the data; the page reads them through
 * db/queries/dashboard-cache.ts, which keeps them per gemeente.
 */
export function loadDashboard(
  db: Reader,
  viewer: Viewer,
  { filters, period }: { filters: DashboardFilters; period: Period },
  clock: { today: string; now: Date } = { today: todayInAmsterdam(), now: new Date() },
) {
  const run = statementCounter();
  const { visible, shown, owners, unknownOwner } = viewerProgrammes(db, viewer, filters, run);
  const ids = shown.map((p) => p.id);
  const org = viewer.organisationId;
  const input: DashboardInput = {
    programmes: shown,
    ...loadFigureRows(db, run, { organisationId: org, programmeIds: ids, period }),
    // 10. Action items past their due date.
    actionItems: loadOverdueActions(db, run, { organisationId: org, programmeIds: ids, today: clock.today }),
  };
  return {
    ...computeDashboard(input, { ...clock, period }),
    owners,
    /** The owner asked for is not among the owners of the programmes the viewer sees: the filter was ignored. */
    unknownOwner,
    total: visible.length,
    statements: run.count,
  };
}

/**
 * 1. The programmes the viewer may see, refused before anything is read when the kernel lets them read no dashboard;
 * the filters apply afterwards, so the owner choices stay complete.
 */
export function viewerProgrammes(
  db: Reader,
  viewer: Viewer,
  filters: DashboardFilters,
  run: ReturnType<typeof statementCounter>,
) {
  if (!reaches(viewer.role, "dashboard.read")) throw new ForbiddenError("dashboard.read");
  const readable = visibleTo(
    viewer,
    "dashboard.read",
    { organisationId: programmes.organisationId, programmeId: programmes.id },
    db,
  );
  const visible = run.all(
    db
      .select({
        id: programmes.id,
        name: programmes.name,
        route: programmes.route,
        status: programmes.status,
        phase: programmes.phase,
        round: programmes.round,
        ownerId: programmes.ownerId,
        ownerName: users.name,
      })
      .from(programmes)
      .innerJoin(users, eq(users.id, programmes.ownerId))
      .where(and(readable, isNull(programmes.archivedAt)))
      .orderBy(asc(programmes.name), asc(programmes.id)),
  );
  const owners = ownerOptions(visible);
  const unknownOwner = filters.ownerId !== undefined && !owners.some((o) => o.id === filters.ownerId);
  const shown = filterProgrammes(visible, unknownOwner ? { ...filters, ownerId: undefined } : filters);
  return { visible, shown, owners, unknownOwner };
}

/**
 * Statements 2 to 9: the rows the figures of these programmes are computed from, each table read once for all of
 * them. Depends on the data and the period only, not on who asks.
 */
export function loadFigureRows(
  db: Reader,
  run: ReturnType<typeof statementCounter>,
  {
    organisationId: org,
    programmeIds: ids,
    period,
  }: { organisationId: number; programmeIds: number[]; period: Period },
): Omit<DashboardInput, "programmes" | "actionItems"> {
  // 2. Indicators, each with its latest live measurement only (a withdrawn one counts nowhere): that one decides the
  // status and the next due date. The latest one is found per indicator through the (indicator, date) index, not by
  // ranking every measurement.
  const latest = alias(measurements, "latest_measurement");
  const indicatorRows = run.all(
    db
      .select({
        id: indicators.id,
        programmeId: indicators.programmeId,
        name: indicators.name,
        unit: indicators.unit,
        direction: indicators.direction,
        baselineValue: indicators.baselineValue,
        baselineDate: indicators.baselineDate,
        targetValue: indicators.targetValue,
        targetDate: indicators.targetDate,
        frequency: indicators.frequency,
        measuredOn: latest.measuredOn,
        value: latest.value,
      })
      .from(indicators)
      .leftJoin(
        latest,
        eq(
          latest.id,
          sql`(select m.id from ${measurements} m where m.indicator_id = ${indicators.id} and m.withdrawn_at is null order by m.measured_on desc, m.id desc limit 1)`,
        ),
      )
      .where(
        and(eq(indicators.organisationId, org), inArray(indicators.programmeId, ids), isNull(indicators.archivedAt)),
      ),
  );

  // 3 and 4. Assumptions and their status history (for the chart of the last months).
  const assumptionRows = run.all(
    db
      .select({
        id: assumptions.id,
        programmeId: assumptions.programmeId,
        statement: assumptions.statement,
        criticality: assumptions.criticality,
        status: assumptions.status,
        createdAt: assumptions.createdAt,
      })
      .from(assumptions)
      .where(
        and(eq(assumptions.organisationId, org), inArray(assumptions.programmeId, ids), isNull(assumptions.archivedAt)),
      ),
  );
  const statusChanges = run.all(
    db
      .select({
        id: assumptionStatusChanges.id,
        assumptionId: assumptionStatusChanges.assumptionId,
        fromStatus: assumptionStatusChanges.fromStatus,
        toStatus: assumptionStatusChanges.toStatus,
        changedAt: assumptionStatusChanges.changedAt,
      })
      .from(assumptionStatusChanges)
      .innerJoin(assumptions, eq(assumptions.id, assumptionStatusChanges.assumptionId))
      .where(
        and(
          eq(assumptionStatusChanges.organisationId, org),
          inArray(assumptions.programmeId, ids),
          isNull(assumptions.archivedAt),
        ),
      ),
  );

  // 5. Studies and 6. learning questions of these programmes.
  const studyRows = run.all(
    db
      .select({ programmeId: studies.programmeId, status: studies.status })
      .from(studies)
      .where(and(eq(studies.organisationId, org), inArray(studies.programmeId, ids), isNull(studies.archivedAt))),
  );
  const questionRows = run.all(
    db
      .select({
        programmeId: learningQuestions.programmeId,
        status: learningQuestions.status,
        dueDate: learningQuestions.dueDate,
      })
      .from(learningQuestions)
      .where(and(eq(learningQuestions.organisationId, org), inArray(learningQuestions.programmeId, ids))),
  );

  // 7. Corrections proposed, decided or carried out within the period.
  const bounds = periodBounds(period);
  const transitionRows = run.all(
    db
      .select({
        correctionId: courseCorrections.id,
        programmeId: courseCorrections.programmeId,
        title: courseCorrections.title,
        toStatus: correctionTransitions.toStatus,
        changedAt: correctionTransitions.changedAt,
      })
      .from(correctionTransitions)
      .innerJoin(courseCorrections, eq(courseCorrections.id, correctionTransitions.correctionId))
      .where(
        and(
          eq(correctionTransitions.organisationId, org),
          inArray(courseCorrections.programmeId, ids),
          inArray(correctionTransitions.toStatus, ["voorgesteld", "besloten", "doorgevoerd"]),
          bounds ? gte(correctionTransitions.changedAt, bounds.start) : undefined,
          bounds ? lt(correctionTransitions.changedAt, bounds.end) : undefined,
        ),
      ),
  );

  // 8. The latest event in the audit trail of each programme.
  const activityRows = run.all(
    db
      .select({ programmeId: auditEvents.programmeId, lastActivityAt: max(auditEvents.createdAt) })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, org), inArray(auditEvents.programmeId, ids)))
      .groupBy(auditEvents.programmeId),
  );

  // 9. Corrections waiting for a decision.
  const waiting = loadWaiting(db, run, { organisationId: org, programmeIds: ids });

  return {
    indicators: indicatorRows.map(({ measuredOn, value, ...row }) => ({
      ...row,
      measurements: measuredOn !== null && value !== null ? [{ measuredOn, value }] : [],
    })),
    assumptions: assumptionRows,
    statusChanges,
    studies: studyRows,
    questions: questionRows.flatMap((q) => (q.programmeId === null ? [] : [{ ...q, programmeId: q.programmeId }])),
    transitions: transitionRows,
    activity: activityRows.flatMap((a) =>
      a.programmeId !== null && a.lastActivityAt
        ? [{ programmeId: a.programmeId, lastActivityAt: a.lastActivityAt }]
        : [],
    ),
    waiting,
  };
}
