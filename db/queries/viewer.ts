import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { ssoConfigured } from "@/lib/auth/sso-config";
import { gemeenteRefusingPassword } from "@/lib/domain/sso-requirement";
import { preparedOnce } from "../client";
import { getDb } from "../index";
import { memberships, organisations, partnerOrganisations, users, userTotp } from "../schema";

// Built once per connection (db/client.ts preparedOnce): both run on every request.
const userRecord = preparedOnce((db) =>
  db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      sessionVersion: users.sessionVersion,
      lastOrganisationId: users.lastOrganisationId,
      // Written out: in a select list drizzle leaves column names unqualified.
      mfaEnabled: sql<number>`exists (select 1 from ${userTotp} ut where ut.user_id = "users"."id" and ut.confirmed_at is not null)`,
    })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare(),
);

const membershipRecords = preparedOnce((db) =>
  db
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
      mfaRequired: organisations.mfaRequired,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, memberships.partnerOrganisationId))
    .where(eq(memberships.userId, sql.placeholder("userId")))
    .orderBy(asc(organisations.name))
    .prepare(),
);

/**
 * The user, their active memberships and their open invitations, and what decides whether they must set up an
 * authenticator app first; in two statements, since it is read on every request. Only lib/auth/viewer.ts calls this;
 * everything else asks the viewer.
 */
export function loadViewerRecord(userId: number) {
  const db = getDb();
  const found = userRecord(db).get({ userId });
  if (!found) return null;
  const { mfaEnabled, ...user } = found;
  const rows = membershipRecords(db).all({ userId });
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
    /** For lib/domain/mfa.ts mustSetUpMfa: whether the account has an app, and the roles it works in. */
    mfa: {
      mfaEnabled: Boolean(mfaEnabled),
      memberships: rows
        .filter((m) => m.active && m.acceptedAt !== null)
        .map(({ role, mfaRequired }) => ({ role, mfaRequired })),
    },
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
