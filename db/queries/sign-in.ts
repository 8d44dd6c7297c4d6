import "server-only";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { registerFailure, remainingBlock } from "@/lib/domain/sign-in-throttle";
import { recordAudit } from "../audit";
import { getDb, type Transaction, transact } from "../index";
import { memberships, organisations, signInThrottle, users } from "../schema";

export type SignInOutcome =
  | { kind: "ok"; user: { id: number; name: string; email: string; sessionVersion: number } }
  | { kind: "invalid" }
  | { kind: "blocked" };

/**
 * Checks an e-mail address and password. Unknown addresses, wrong passwords and accounts without an active
 * membership all answer "invalid", so the sign-in page cannot be used to find out who has an account.
 */
export async function verifySignIn(email: string, password: string): Promise<SignInOutcome> {
  const db = getDb();
  if (signInBlockedFor(email) > 0) return { kind: "blocked" };

  const user = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      lastOrganisationId: users.lastOrganisationId,
    })
    .from(users)
    .where(eq(users.email, email))
    .get();
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const rows = user
    ? db
        .select({
          id: memberships.id,
          organisationId: memberships.organisationId,
          active: memberships.active,
          acceptedAt: memberships.acceptedAt,
        })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.userId, user.id))
        .orderBy(asc(organisations.name))
        .all()
    : [];
  const active = rows.filter((m) => m.active && m.acceptedAt !== null);
  const invited = rows.filter((m) => m.acceptedAt === null);
  // The gemeente the user lands in, whose activity log alone records this sign-in: the one used last, else the
  // first by name. None while the account has only invitations.
  const landing =
    active.find((m) => m.organisationId === user?.lastOrganisationId)?.organisationId ??
    active[0]?.organisationId ??
    null;

  if (!user || !passwordOk || (active.length === 0 && invited.length === 0)) {
    transact((tx) => {
      const now = Date.now();
      const current = tx.select().from(signInThrottle).where(eq(signInThrottle.email, email)).get();
      const next = registerFailure(current, now);
      tx.insert(signInThrottle)
        .values({ email, ...next })
        .onConflictDoUpdate({ target: signInThrottle.email, set: next })
        .run();
      recordAudit(tx, {
        organisationId: landing,
        actorId: user?.id ?? null,
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: user?.id ?? null,
        summary: email,
      });
    });
    return { kind: "invalid" };
  }

  transact((tx) => {
    tx.delete(signInThrottle).where(eq(signInThrottle.email, email)).run();
    tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id)).run();
    const welcomed = acceptFirstInvitation(tx, user.id, user.email);
    recordAudit(tx, {
      organisationId: landing ?? welcomed,
      actorId: user.id,
      action: "auth.sign_in",
      entityType: "user",
      entityId: user.id,
      summary: user.email,
    });
  });
  return {
    kind: "ok",
    user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
  };
}

/**
 * A new account was made by an invitation: signing in with its one-time password accepts that invitation. Any
 * other invitation, and every invitation of an account that has worked anywhere before, waits for the person's
 * own answer. Returns the gemeente of the accepted invitation.
 */
function acceptFirstInvitation(tx: Transaction, userId: number, email: string): number | null {
  const accepted = tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNotNull(memberships.acceptedAt)))
    .get();
  if (accepted) return null;
  const first = tx
    .select({ id: memberships.id, organisationId: memberships.organisationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNull(memberships.acceptedAt)))
    .orderBy(asc(memberships.id))
    .get();
  if (!first) return null;
  tx.update(memberships).set({ active: true, acceptedAt: new Date() }).where(eq(memberships.id, first.id)).run();
  recordAudit(tx, {
    organisationId: first.organisationId,
    actorId: userId,
    action: "membership.accepted",
    entityType: "membership",
    entityId: first.id,
    summary: email,
  });
  return first.organisationId;
}

/** Milliseconds until this e-mail address may try again; 0 when it may try now. */
export function signInBlockedFor(email: string): number {
  const state = getDb().select().from(signInThrottle).where(eq(signInThrottle.email, email)).get();
  return remainingBlock(state, Date.now());
}

export function currentSessionVersion(userId: number): number | undefined {
  return getDb().select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId)).get()
    ?.sessionVersion;
}
