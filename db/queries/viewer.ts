import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { ssoConfigured } from "@/lib/auth/sso-config";
import { gemeenteRefusingPassword } from "@/lib/domain/sso-requirement";
import { getDb } from "../index";
import { memberships, organisations, partnerOrganisations, users } from "../schema";

/**
 * The user, their active memberships and their open invitations. Only lib/auth/viewer.ts calls this; everything
 * else asks the viewer.
 */
export function loadViewerRecord(userId: number) {
  const db = getDb();
  const user = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      sessionVersion: users.sessionVersion,
      lastOrganisationId: users.lastOrganisationId,
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
      active: memberships.active,
      acceptedAt: memberships.acceptedAt,
      memberId: memberships.id,
      partnerOrganisationName: partnerOrganisations.name,
      requireSso: organisations.requireSso,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, memberships.partnerOrganisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name))
    .all();
  return {
    user,
    /** A gemeente of the person requires SSO: a session that began with a password no longer counts. */
    passwordRefused: gemeenteRefusingPassword(rows, ssoConfigured()) !== null,
    memberships: rows
      .filter((m) => m.active && m.acceptedAt !== null)
      .map(({ organisationId, organisationName, role, partnerOrganisationId }) => ({
        organisationId,
        organisationName,
        role,
        partnerOrganisationId,
      })),
    invitations: rows
      .filter((m) => m.acceptedAt === null)
      .map(({ memberId, organisationName, role, partnerOrganisationName }) => ({
        memberId,
        organisationName,
        role,
        partnerOrganisationName,
      })),
  };
}

/** Open invitations of a user, for the sign-in to know there is something to accept. */
export function hasOpenInvitation(userId: number) {
  return Boolean(
    getDb()
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), isNull(memberships.acceptedAt)))
      .get(),
  );
}
