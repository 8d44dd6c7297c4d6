// Signing in through the installation's OpenID Connect provider (lib/auth/sso-config.ts), and the gemeente's choice to
// refuse passwords. The provider vouches for an e-mail address; Impactkoers only lets in an account it already has with
// that address and a membership the person may use, the same accounts a password lets in. Nobody is created here.
import "server-only";
import { asc, eq } from "drizzle-orm";
import type { SsoRefusalReason } from "@/lib/auth/sso-refusal";
import type { Reader } from "../access";
import { recordAudit } from "../audit";
import { getDb, transact } from "../index";
import { memberships } from "../schema";
import { accountOf, recordSignIn } from "./sign-in";

/** Why the provider's sign-in was refused: it sent no usable e-mail address, or nobody with it may enter. */
export type SsoRefusal = Exclude<SsoRefusalReason, "failed">;

export type SsoSignInOutcome =
  | { kind: "ok"; user: { id: number; name: string; email: string; sessionVersion: number } }
  | { kind: "refused"; reason: SsoRefusal };

/** A gemeente of the user's, active or not: where a refusal of a known account is recorded when it has no active one. */
function anyGemeenteOf(db: Reader, userId: number): number | null {
  return (
    db
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .where(eq(memberships.userId, userId))
      .orderBy(asc(memberships.id))
      .get()?.organisationId ?? null
  );
}

/**
 * Lets in the account with the e-mail address the provider vouched for (already in lower case; null when it sent
 * none), when that account has an active membership or an invitation to answer, exactly as a password would. A
 * deactivated membership, no membership or no account refuse the sign-in and record why in the audit trail: in the
 * person's gemeente when the account is known, else (like a failed password for an unknown address) in none.
 * `subject` is the provider's id of the person, recorded when no e-mail address came along.
 */
export function verifySsoSignIn(email: string | null, subject: string): SsoSignInOutcome {
  const { user, landing, mayEnter } = email ? accountOf(getDb(), email) : { user: undefined, landing: null };
  if (!email || !user || !mayEnter) {
    const reason: SsoRefusal = email ? "noAccount" : "noEmail";
    transact((tx) =>
      recordAudit(tx, {
        organisationId: user ? (landing ?? anyGemeenteOf(tx, user.id)) : null,
        actorId: user?.id ?? null,
        action: reason === "noAccount" ? "auth.sso_no_account" : "auth.sso_no_email",
        entityType: "user",
        entityId: user?.id ?? null,
        summary: email ?? subject,
      }),
    );
    return { kind: "refused", reason };
  }
  // The same event as a sign-in with a password, saying which way the person came in.
  transact((tx) => recordSignIn(tx, user, landing, { sso: true }));
  return {
    kind: "ok",
    user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
  };
}
