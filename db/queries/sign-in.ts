import "server-only";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { accountKey, clientKey, type ThrottleKey } from "@/lib/domain/sign-in-throttle";
import type { Reader } from "../access";
import { recordAudit } from "../audit";
import { getDb, type Transaction, transact } from "../index";
import { memberships, organisations, users } from "../schema";
import { createChallenge, hasMfa } from "./mfa-check";
import { gemeenteRequiringSso, recordPasswordRefusedBySso } from "./sso-requirement";
import { clearAttempts, type Reservation, releaseAttempt, reserveAttempt } from "./throttle";

export type SignInOutcome =
  | { kind: "ok"; user: { id: number; name: string; email: string; sessionVersion: number } }
  /** The password was right and the account has an authenticator app: its code comes next, with this token. */
  | { kind: "code"; challenge: string }
  /** `retryAfterMs` > 0: this failure used up the last attempt, and the next is refused for that long. */
  | { kind: "invalid"; retryAfterMs: number }
  | { kind: "blocked"; retryAfterMs: number }
  /** Too many password checks at once in this server process; nothing was counted. */
  | { kind: "busy" }
  /** The right password, but a gemeente of the person requires single sign-on (db/queries/sso-requirement.ts). */
  | { kind: "ssoRequired" };

/** What an attempt counts against: the account it names and the client address it came from. */
export const signInKeys = (email: string, client: string): ThrottleKey[] => [accountKey(email), clientKey(client)];

/** The account behind an e-mail address, and the gemeente whose activity log alone records its sign-in attempts. */
export function accountOf(db: Reader, email: string) {
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
  const rows = user
    ? db
        .select({
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
  // The one used last, else the first by name. None while the account has only invitations.
  const landing =
    active.find((m) => m.organisationId === user?.lastOrganisationId)?.organisationId ??
    active[0]?.organisationId ??
    null;
  return { user, landing, mayEnter: active.length > 0 || invited.length > 0 };
}

/**
 * Checks an e-mail address and password, coming from client address `client`. Unknown addresses, wrong passwords
 * and accounts without an active membership all answer "invalid", so the sign-in page cannot be used to find out
 * who has an account. The attempt is counted before the password is checked, in one transaction with the check of
 * the throttle: however many attempts arrive at once, no more passwords are checked than the throttle allows.
 */
export async function verifySignIn(email: string, password: string, client: string): Promise<SignInOutcome> {
  const keys = signInKeys(email, client);
  const reservation = transact((tx) => {
    const reserved = reserveAttempt(tx, keys, Date.now());
    if (reserved.kind === "blocked") {
      const { user, landing } = accountOf(tx, email);
      recordAudit(tx, {
        organisationId: landing,
        actorId: user?.id ?? null,
        action: "auth.sign_in_blocked",
        entityType: "user",
        entityId: user?.id ?? null,
        summary: email,
      });
    }
    return reserved;
  });
  if (reservation.kind === "blocked") return reservation;

  const { user, landing, mayEnter } = accountOf(getDb(), email);
  const check = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (check === "busy") {
    transact((tx) => releaseAttempt(tx, reservation));
    return { kind: "busy" };
  }

  if (!user || check !== "match" || !mayEnter) {
    // The failure was counted with the reservation; what is left is the audit event.
    transact((tx) =>
      recordAudit(tx, {
        organisationId: landing,
        actorId: user?.id ?? null,
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: user?.id ?? null,
        summary: email,
      }),
    );
    return { kind: "invalid", retryAfterMs: reservation.blocksFor };
  }

  const requiring = gemeenteRequiringSso(getDb(), user.id);
  if (requiring !== null) {
    recordPasswordRefusedBySso(user, requiring);
    return { kind: "ssoRequired" };
  }

  const challenge = transact((tx) => {
    if (!hasMfa(tx, user.id)) {
      completeSignIn(tx, user, reservation, landing);
      return null;
    }
    // Only this attempt is taken back: earlier wrong passwords and codes keep counting until the code is right as
    // well, so that knowing the password does not buy fresh guesses at the code.
    releaseAttempt(tx, reservation);
    recordAudit(tx, {
      organisationId: landing,
      actorId: user.id,
      action: "auth.code_requested",
      entityType: "user",
      entityId: user.id,
      summary: user.email,
    });
    return createChallenge(tx, user.id, Date.now());
  });
  if (challenge) return { kind: "code", challenge };
  return {
    kind: "ok",
    user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
  };
}

/**
 * The last step of every sign-in, with a password alone or with its code: the account starts afresh; of the client
 * address only this attempt is taken back, so that signing in to one's own account between guesses does not wipe
 * out the guesses at others.
 */
export function completeSignIn(
  tx: Transaction,
  user: { id: number; email: string },
  reservation: Reservation,
  landing: number | null,
) {
  clearAttempts(tx, [accountKey(user.email)]);
  releaseAttempt(tx, reservation, (key) => key.key !== accountKey(user.email).key);
  recordSignIn(tx, user, landing);
}

/**
 * A new account was made by an invitation: signing in with its one-time password accepts that invitation. Any
 * other invitation, and every invitation of an account that has worked anywhere before, waits for the person's
 * own answer. Returns the gemeente of the accepted invitation.
 */
/**
 * A sign-in that was let through, whichever way the person came in: the moment is kept, a first invitation accepted,
 * and "auth.sign_in" recorded in the gemeente they land in (with `after` saying how, when not by password).
 */
export function recordSignIn(
  tx: Transaction,
  user: { id: number; email: string },
  landing: number | null,
  after?: Record<string, unknown>,
) {
  tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id)).run();
  const welcomed = acceptFirstInvitation(tx, user.id, user.email);
  recordAudit(tx, {
    organisationId: landing ?? welcomed,
    actorId: user.id,
    action: "auth.sign_in",
    entityType: "user",
    entityId: user.id,
    summary: user.email,
    ...(after ? { after } : {}),
  });
}

export function acceptFirstInvitation(tx: Transaction, userId: number, email: string): number | null {
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

export function currentSessionVersion(userId: number): number | undefined {
  return getDb().select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId)).get()
    ?.sessionVersion;
}
