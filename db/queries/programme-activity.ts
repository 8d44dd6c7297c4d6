import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { auditEvents, users } from "../schema";
import { guardProgramme } from "../write";

/** The latest events of one programme, from the audit trail. */
export async function recentProgrammeActivity({ programmeId }: { programmeId: number }, limit = 8) {
  const { db, viewer } = await guardProgramme("programme.read", programmeId);
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      summary: auditEvents.summary,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.organisationId, viewer.organisationId), eq(auditEvents.programmeId, programmeId)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit)
    .all();
}
