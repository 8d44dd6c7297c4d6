// The history of an indicator, read from the audit trail: every change of its definition (baseline, target, kind,
// bounds and the rest) and every correction and withdrawal of one of its measurements, with who, when, the values
// before and after and the reason. The audit trail cannot be changed, so neither can this history.
import "server-only";
import { and, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { auditEvents, measurements, users } from "../schema";
import { guardProgramme } from "../write";
import { requireIndicatorOf } from "./indicator-of";

/** How many changes one page of the history shows. */
export const HISTORY_PAGE_SIZE = 10;

export const HISTORY_ACTIONS = ["indicator.updated", "measurement.corrected", "measurement.withdrawn"] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export type HistoryEntry = {
  id: number;
  action: HistoryAction;
  at: Date;
  actorName: string | null;
  /** The measurement a correction or withdrawal is about; null for a change of the indicator itself. */
  measurementId: number | null;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * One page of the history of an indicator, newest first; with `measurementId`, of that measurement only. For
 * everyone who may read the programme, as its recent activity is.
 */
export async function indicatorHistory({
  programmeId,
  indicatorId,
  measurementId,
  page = 1,
}: {
  programmeId: number;
  indicatorId: number;
  measurementId?: number;
  page?: number;
}) {
  const { db, viewer } = await guardProgramme("programme.read", programmeId);
  requireIndicatorOf(db, programmeId, indicatorId);
  const ofMeasurements = and(
    eq(auditEvents.entityType, "measurement"),
    inArray(auditEvents.action, ["measurement.corrected", "measurement.withdrawn"]),
    measurementId === undefined
      ? inArray(
          auditEvents.entityId,
          db
            .select({ id: sql<string>`cast(${measurements.id} as text)` })
            .from(measurements)
            .where(eq(measurements.indicatorId, indicatorId)),
        )
      : eq(auditEvents.entityId, String(measurementId)),
  );
  const ofIndicator = and(
    eq(auditEvents.entityType, "indicator"),
    eq(auditEvents.entityId, String(indicatorId)),
    eq(auditEvents.action, "indicator.updated"),
  );
  const where = and(
    eq(auditEvents.organisationId, viewer.organisationId),
    eq(auditEvents.programmeId, programmeId),
    measurementId === undefined ? or(ofIndicator, ofMeasurements) : ofMeasurements,
  );
  const total = db.select({ n: count() }).from(auditEvents).where(where).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const rows = db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entityId: auditEvents.entityId,
      at: auditEvents.createdAt,
      actorName: users.name,
      changes: auditEvents.changes,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(where)
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(HISTORY_PAGE_SIZE)
    .offset((current - 1) * HISTORY_PAGE_SIZE)
    .all();
  const entries: HistoryEntry[] = rows.map((row) => ({
    id: row.id,
    action: row.action as HistoryAction,
    at: row.at,
    actorName: row.actorName,
    measurementId: row.action === "indicator.updated" ? null : Number(row.entityId),
    before: asRecord(row.changes?.before),
    after: asRecord(row.changes?.after),
  }));
  return { entries, total, page: current, pages };
}
