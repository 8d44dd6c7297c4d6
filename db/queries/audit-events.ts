import "server-only";
import { and, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import { getDb } from "../index";
import { auditEvents, memberships, users } from "../schema";
import { guard } from "../write";
import { auditNames } from "./audit-names";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  actorId?: number;
  action?: string;
  from?: Date;
  /** Exclusive. */
  until?: Date;
  page?: number;
};

export async function listAuditEvents(filter: AuditFilter) {
  const { viewer } = await guard("audit.read");
  const conditions: SQL[] = [eq(auditEvents.organisationId, viewer.organisationId)];
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.from) conditions.push(gte(auditEvents.createdAt, filter.from));
  if (filter.until) conditions.push(lt(auditEvents.createdAt, filter.until));
  const where = and(...conditions);
  const page = Math.max(1, filter.page ?? 1);

  const db = getDb();
  const rows = db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      summary: auditEvents.summary,
      changes: auditEvents.changes,
      createdAt: auditEvents.createdAt,
      actorId: auditEvents.actorId,
      programmeId: auditEvents.programmeId,
    })
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const total = db.select({ count: sql<number>`count(*)` }).from(auditEvents).where(where).get()?.count ?? 0;
  // The raw events stay as they are (the JSON export shows them so); the log names what they refer to.
  const names = auditNames(db, viewer.organisationId, rows);
  return {
    rows,
    names,
    organisationName: viewer.organisationName,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

/** The people and kinds of event the filters offer: only what occurs in this gemeente. */
export async function auditFilterOptions() {
  const { viewer } = await guard("audit.read");
  const db = getDb();
  const actors = db
    .select({ id: users.id, name: users.name, former: sql<number>`${users.anonymisedAt} is not null` })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, viewer.organisationId))
    .orderBy(users.name)
    .all();
  const actions = db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, viewer.organisationId))
    .orderBy(auditEvents.action)
    .all()
    .map((row) => row.action);
  return { actors, actions };
}
