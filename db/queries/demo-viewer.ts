// For tests of the data layer: a demo account as the viewer the app would load for it, in its first gemeente.
import { eq } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";
import { memberships, organisations, users } from "../schema";

export function demoViewer(db: AppDatabase, email: string): Viewer {
  const row = db
    .select({
      userId: users.id,
      name: users.name,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      role: memberships.role,
      partnerOrganisationId: memberships.partnerOrganisationId,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(users.email, email))
    .get();
  if (!row) throw new Error(`no demo account ${email}`);
  return { ...row, email, locale: "nl", memberships: [] };
}
