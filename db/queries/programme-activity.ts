import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { auditEvents, users } from "../schema";
import { requireProgramme } from "./programme-access";

/** The latest events of one programme, from the audit trail. */
export async function recentProgrammeActivity({ programmeId }: { programmeId: number }, limit = 8) {
  const { viewer } = await requireProgramme(programmeId, "read");
  return getDb()
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
