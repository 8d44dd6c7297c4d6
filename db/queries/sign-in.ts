import "server-only";
import { and, eq } from "drizzle-orm";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { registerFailure, remainingBlock } from "@/lib/domain/sign-in-throttle";
import { recordAudit } from "../audit";
import { getDb, transact } from "../index";
import { memberships, signInThrottle, users } from "../schema";

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
    })
    .from(users)
    .where(eq(users.email, email))
    .get();
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const organisationIds = user
    ? db
        .select({ organisationId: memberships.organisationId })
        .from(memberships)
        .where(and(eq(memberships.userId, user.id), eq(memberships.active, true)))
        .all()
        .map((m) => m.organisationId)
    : [];

  if (!user || !passwordOk || organisationIds.length === 0) {
    transact((tx) => {
      const now = Date.now();
      const current = tx.select().from(signInThrottle).where(eq(signInThrottle.email, email)).get();
      const next = registerFailure(current, now);
      tx.insert(signInThrottle)
        .values({ email, ...next })
        .onConflictDoUpdate({ target: signInThrottle.email, set: next })
        .run();
      for (const organisationId of organisationIds.length ? organisationIds : [null]) {
        recordAudit(tx, {
          organisationId,
          actorId: user?.id ?? null,
          action: "auth.sign_in_failed",
          entityType: "user",
          entityId: user?.id ?? null,
          summary: email,
        });
      }
    });
    return { kind: "invalid" };
  }

  transact((tx) => {
    tx.delete(signInThrottle).where(eq(signInThrottle.email, email)).run();
    tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id)).run();
    for (const organisationId of organisationIds) {
      recordAudit(tx, {
        organisationId,
        actorId: user.id,
        action: "auth.sign_in",
        entityType: "user",
        entityId: user.id,
        summary: user.email,
      });
    }
  });
  return {
    kind: "ok",
    user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
  };
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
