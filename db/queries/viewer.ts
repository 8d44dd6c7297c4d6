import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../index";
import { memberships, organisations, users } from "../schema";

/** The user and their active memberships. Only lib/auth/viewer.ts calls this; everything else asks the viewer. */
export function loadViewerRecord(userId: number) {
  const db = getDb();
  const user = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return null;
  const rows = db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      role: memberships.role,
      partnerOrganisationId: memberships.partnerOrganisationId,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.active, true)))
    .orderBy(asc(organisations.name))
    .all();
  return { user, memberships: rows };
}
