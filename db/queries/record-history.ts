// The change history of one record of a programme, read from its audit events, newest first and paged: who changed
// it, when, and the before and after the change recorded. Everyone who reads the programme reads it, as they read
// the record itself.
import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { auditEvents, users } from "../schema";
import { guardProgramme } from "../write";

export const HISTORY_PAGE_SIZE = 10;

export async function listRecordHistory({
  programmeId,
  entityType,
  entityId,
  actions,
  page = 1,
}: {
  programmeId: number;
  entityType: string;
  entityId: number;
  /** The audit actions that change the record. */
  actions: readonly string[];
  page?: number;
}) {
  const { viewer, db } = await guardProgramme("programme.read", programmeId);
  const where = and(
    eq(auditEvents.organisationId, viewer.organisationId),
    eq(auditEvents.programmeId, programmeId),
    eq(auditEvents.entityType, entityType),
    eq(auditEvents.entityId, String(entityId)),
    inArray(auditEvents.action, [...actions]),
  );
  const total = db.select({ count: sql<number>`count(*)` }).from(auditEvents).where(where).get()?.count ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const events = db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      changes: auditEvents.changes,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(HISTORY_PAGE_SIZE)
    .offset((current - 1) * HISTORY_PAGE_SIZE)
    .all();
  return { events, total, page: current, pageCount };
}

export type RecordHistory = Awaited<ReturnType<typeof listRecordHistory>>;
