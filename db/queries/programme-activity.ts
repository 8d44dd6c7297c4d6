import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { auditEvents } from "../schema";
import { guardProgramme } from "../write";
import { auditNames } from "./audit-names";

/** The latest events of one programme, from the audit trail. */
export async function recentProgrammeActivity({ programmeId }: { programmeId: number }, limit = 8) {
  const { db, viewer } = await guardProgramme("programme.read", programmeId);
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
    .where(and(eq(auditEvents.organisationId, viewer.organisationId), eq(auditEvents.programmeId, programmeId)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit)
    .all();
  return { rows, names: auditNames(db, viewer.organisationId, rows), organisationName: viewer.organisationName };
}
