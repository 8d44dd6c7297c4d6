// The dashboard's figures, computed once per change of a gemeente's data instead of on every request. Each
// programme's part (lib/domain/dashboard.ts, ProgrammePart) is kept in dashboard_figures with what it was computed
// from: the gemeente's latest audit event, the day and the period. Every change of a gemeente's data writes an audit
// event in its own transaction (db/write.ts), so a kept part whose audit event is no longer the gemeente's latest is
// simply not read: the next request computes the gemeente's parts again. The check is one statement on the audit
// trail's (gemeente, id) index, in SQLite, so it holds for every server process alike; nothing is kept in memory.
// What changes without a write of the gemeente is read fresh on every request: which programmes the viewer sees, with
// their names, phases and owners, and the action items past their due date (with their owners' names). What changes
// with the day (late, days waiting, the line to the target) is kept per day.
import "server-only";
import { and, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import {
  assembleDashboard,
  computeParts,
  type DashboardFilters,
  type Period,
  type ProgrammePart,
} from "@/lib/domain/dashboard";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { AppDatabase } from "../client";
import { getDb } from "../index";
import { dashboardFigures, programmes } from "../schema";
import { loadFigureRows, statementCounter, viewerProgrammes } from "./dashboard";
import { loadOverdueActions } from "./dashboard-open-work";

/** Raise when ProgrammePart or the way it is computed changes: parts of an older format are then never read. */
const FORMAT = 1;

/** Statements of a request whose parts were kept: the viewer's programmes, the kept parts, the late action items. */
export const CACHED_DASHBOARD_STATEMENTS = 3;

type Clock = { today: string; now: Date };

/**
 * The viewer's dashboard, like loadDashboard (db/queries/dashboard.ts) computes it, from the parts kept for the
 * gemeente when they still hold, else computed and kept now. `fromCache` tells which.
 */
export function loadCachedDashboard(
  db: AppDatabase,
  viewer: Viewer,
  { filters, period }: { filters: DashboardFilters; period: Period },
  clock: Clock = { today: todayInAmsterdam(), now: new Date() },
) {
  const run = statementCounter();
  const { visible, shown, owners, unknownOwner } = viewerProgrammes(db, viewer, filters, run);
  const organisationId = viewer.organisationId;
  const computedFor = `${FORMAT}|${clock.today}|${period.from}|${period.to}`;

  // The kept parts that still hold: computed at the gemeente's latest audit event, for this day and period.
  const kept = run.all({
    all: () =>
      db.all<{ current: number; programmeId: number | null; figures: string | null }>(sql`
        select v.current as current, f.programme_id as programmeId, f.figures as figures
        from (select coalesce(max(id), 0) as current from audit_events where organisation_id = ${organisationId}) v
        left join ${dashboardFigures} f on f.organisation_id = ${organisationId}
          and f.computed_for = ${computedFor} and f.audit_version = v.current`),
  });
  let parts = new Map<number, ProgrammePart>();
  for (const row of kept) if (row.programmeId !== null && row.figures) parts.set(row.programmeId, parse(row.figures));
  const fromCache = shown.every((p) => parts.has(p.id));
  if (!fromCache) parts = refresh(db, run, { organisationId, computedFor, period, clock });

  const actionItems = loadOverdueActions(db, run, {
    organisationId,
    programmeIds: shown.map((p) => p.id),
    today: clock.today,
  });
  return {
    ...assembleDashboard(shown, parts, actionItems, clock),
    owners,
    /** The owner asked for is not among the owners of the programmes the viewer sees: the filter was ignored. */
    unknownOwner,
    total: visible.length,
    statements: run.count,
    fromCache,
  };
}

/**
 * Computes the parts of every programme of the gemeente (not only the viewer's: the parts do not depend on who asks)
 * from one snapshot of the data, read together with the audit event it holds for, and keeps them.
 */
function refresh(
  db: AppDatabase,
  run: ReturnType<typeof statementCounter>,
  {
    organisationId,
    computedFor,
    period,
    clock,
  }: { organisationId: number; computedFor: string; period: Period; clock: Clock },
): Map<number, ProgrammePart> {
  // A read transaction: the audit event and the rows are of the same moment, whatever another process writes.
  const { version, parts } = db.transaction((tx) => {
    const [latest] = run.all({
      all: () =>
        tx.all<{ current: number }>(
          sql`select coalesce(max(id), 0) as current from audit_events where organisation_id = ${organisationId}`,
        ),
    });
    const all = run.all(
      tx
        .select({ id: programmes.id })
        .from(programmes)
        .where(and(eq(programmes.organisationId, organisationId), isNull(programmes.archivedAt))),
    );
    const programmeIds = all.map((p) => p.id);
    const rows = loadFigureRows(tx, run, { organisationId, programmeIds, period });
    return {
      version: latest?.current ?? 0,
      parts: computeParts({ programmes: all, ...rows, actionItems: [] }, { ...clock, period }),
    };
  });

  try {
    // Immediate: the write lock first. Parts of an older audit event or of another day go; parts a process kept
    // meanwhile for a later audit event stay.
    db.transaction(
      (tx) => {
        run.run(
          tx
            .delete(dashboardFigures)
            .where(
              and(
                eq(dashboardFigures.organisationId, organisationId),
                or(
                  lt(dashboardFigures.auditVersion, version),
                  ne(
                    sql`substr(${dashboardFigures.computedFor}, 1, ${prefixOf(computedFor).length})`,
                    prefixOf(computedFor),
                  ),
                ),
              ),
            ),
        );
        if (parts.size === 0) return;
        run.run(
          tx
            .insert(dashboardFigures)
            .values(
              [...parts].map(([programmeId, part]) => ({
                organisationId,
                computedFor,
                programmeId,
                auditVersion: version,
                figures: stringify(part),
              })),
            )
            .onConflictDoUpdate({
              target: [dashboardFigures.organisationId, dashboardFigures.computedFor, dashboardFigures.programmeId],
              set: {
                auditVersion: sql`excluded.audit_version`,
                figures: sql`excluded.figures`,
                computedAt: sql`excluded.computed_at`,
              },
              setWhere: sql`excluded.audit_version >= ${dashboardFigures.auditVersion}`,
            }),
        );
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    // The figures are right either way; keeping them can wait for the next request when another process holds the
    // write lock too long.
    if (
      !(
        error instanceof Error &&
        /SQLITE_BUSY|database is locked/i.test(`${error.message} ${String((error as { code?: unknown }).code)}`)
      )
    ) {
      throw error;
    }
  }
  return parts;
}

/** "<format>|<today>|": parts computed for another day no longer hold, whatever their period. */
function prefixOf(computedFor: string) {
  return `${computedFor.split("|").slice(0, 2).join("|")}|`;
}

// Dates as {"$date": milliseconds}: JSON would turn them into strings, and a text someone typed could look like one.
function stringify(part: ProgrammePart): string {
  return JSON.stringify(part, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.getTime() } : value;
  });
}

function parse(figures: string): ProgrammePart {
  return JSON.parse(figures, (_key, value) =>
    value !== null && typeof value === "object" && typeof value.$date === "number" && Object.keys(value).length === 1
      ? new Date(value.$date)
      : value,
  ) as ProgrammePart;
}

export type DashboardData = ReturnType<typeof loadCachedDashboard>;

/** For the page: the signed-in viewer's dashboard (ForbiddenError for a role the kernel does not let read one). */
export async function getDashboard(options: { filters: DashboardFilters; period: Period }) {
  return loadCachedDashboard(getDb(), await requireViewer(), options);
}
