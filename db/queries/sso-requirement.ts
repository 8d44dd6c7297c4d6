// A gemeente's choice to refuse passwords (organisations.require_sso, set at /admin/security): asked by the password
// sign-in (db/queries/sign-in.ts) once the password proved right, so that the refusal tells nothing to someone who
// does not know it.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { ssoConfigured } from "@/lib/auth/sso-config";
import { gemeenteRefusingPassword } from "@/lib/domain/sso-requirement";
import type { Reader } from "../access";
import { recordAudit } from "../audit";
import { transact } from "../index";
import { memberships, organisations } from "../schema";

/** The gemeente that refuses this account a password (lib/domain/sso-requirement.ts); null when none does. */
export function gemeenteRequiringSso(db: Reader, userId: number, env = process.env): number | null {
  const rows = db
    .select({
      organisationId: memberships.organisationId,
      requireSso: organisations.requireSso,
      active: memberships.active,
      acceptedAt: memberships.acceptedAt,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.id))
    .all();
  return gemeenteRefusingPassword(rows, ssoConfigured(env));
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
