// A gemeente's choice to refuse passwords (organisations.require_sso, set at /admin/security): asked by the password
// sign-in (db/queries/sign-in.ts) once the password proved right, so that the refusal tells nothing to someone who
// does not know it.
import "server-only";
import { and, asc, eq, isNotNull, isNull, or } from "drizzle-orm";
import { ssoConfigured } from "@/lib/auth/sso-config";
import type { Reader } from "../access";
import { recordAudit } from "../audit";
import { transact } from "../index";
import { memberships, organisations } from "../schema";

/**
 * The gemeente that refuses this account a password, because it requires single sign-on and the person works there
 * (or is invited to); null when a password may open the account. One gemeente requiring it is enough, also for a person in several gemeenten: a password session
 * opens every gemeente of the person, so "only when all of them require it" would let a second membership, granted
 * by another gemeente's beheerder, undo the first gemeente's choice. The provider is one for the whole installation,
 * so whoever must use it for one gemeente can use it for all of theirs. Deactivated memberships do not count.
 */
export function gemeenteRequiringSso(db: Reader, userId: number, env = process.env): number | null {
  // Without a provider nobody could sign in at all: the requirement waits until SSO is configured again.
  if (!ssoConfigured(env)) return null;
  const usable = or(
    and(eq(memberships.active, true), isNotNull(memberships.acceptedAt)),
    isNull(memberships.acceptedAt),
  );
  const row = db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(organisations.requireSso, true), usable))
    .orderBy(asc(memberships.id))
    .get();
  return row?.organisationId ?? null;
}

/**
 * Records the refused password in the activity log of the gemeente that requires SSO. The attempt stays counted by the throttle like any refused
 * sign-in: the way in is the SSO button, not trying the password again.
 */
export function recordPasswordRefusedBySso(user: { id: number; email: string }, organisationId: number | null) {
  transact((tx) =>
    recordAudit(tx, {
      organisationId,
      actorId: user.id,
      action: "auth.password_refused_sso",
      entityType: "user",
      entityId: user.id,
      summary: user.email,
    }),
  );
}
