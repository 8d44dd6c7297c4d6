import "server-only";
import { eq, sql } from "drizzle-orm";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { currentSessionToken, getAccount, getViewer, requireViewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/domain/constants";
import { accountKey, minutesToWait } from "@/lib/domain/sign-in-throttle";
import type { ChangePasswordInput } from "@/lib/validation/account";
import { users } from "../schema";
import { writeOwn } from "../write";
import { type MutationResult, ok, refuse } from "./result";
import { endSessionIn, keepOnlySessionIn } from "./sessions";
import { clearAttempts, releaseAttempt, reserveAttempt } from "./throttle";

/**
 * Changes the viewer's own password. Every other session of this user ends (the session version goes up).
 * The current password is checked under the same throttle as signing in to the account (its e-mail address), so
 * that someone who took over a session cannot guess it here either: after five wrong answers even the right one
 * waits until the block ends. Each wrong answer is in the activity log.
 */
export async function changeOwnPassword(input: ChangePasswordInput): Promise<MutationResult> {
  const viewer = await requireViewer();
  const reserved = await writeOwn(({ tx, userId }) => {
    const account = tx
      .select({ email: users.email, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    if (!account) return refuse("forbidden");
    const key = accountKey(account.email);
    const reservation = reserveAttempt(tx, [key], Date.now());
    if (reservation.kind === "blocked") return tooManyAttempts(reservation.retryAfterMs);
    return ok({ key, reservation, passwordHash: account.passwordHash });
  });
  if (!reserved.ok) return reserved;
  const { key, reservation, passwordHash: currentHash } = reserved.value;

  const check = await verifyPassword(currentHash, input.currentPassword);
  if (check === "busy") {
    await writeOwn(({ tx }) => {
      releaseAttempt(tx, reservation);
      return ok(undefined);
    });
    return refuse("busyTryAgain", "currentPassword");
  }
  if (check === "mismatch") {
    // The failure was counted with the reservation; what is left is the audit event.
    await writeOwn(({ userId, audit }) => {
      audit({
        organisationId: viewer.organisationId,
        action: "user.password_check_failed",
        entityType: "user",
        entityId: userId,
        summary: viewer.name,
      });
      return ok(undefined);
    });
    if (reservation.blocksFor > 0) return tooManyAttempts(reservation.blocksFor);
    return refuse("currentPasswordWrong", "currentPassword");
  }

  const passwordHash = await hashPassword(input.newPassword);
  const token = await currentSessionToken();
  return writeOwn(({ tx, userId, audit }) => {
    clearAttempts(tx, [key]);
    const { sessionVersion } = tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ sessionVersion: users.sessionVersion })
      .get();
    keepOnlySessionIn(tx, userId, token, sessionVersion);
    audit({
      organisationId: viewer.organisationId,
      action: "user.password_changed",
      entityType: "user",
      entityId: userId,
      summary: viewer.name,
    });
    return ok(undefined);
  });
}

const tooManyAttempts = (retryAfterMs: number) =>
  refuse("tooManyAttempts", "currentPassword", { minutes: minutesToWait(retryAfterMs) });

export async function setOwnLocale(locale: Locale): Promise<void> {
  const viewer = await requireViewer();
  if (viewer.locale === locale) return;
  await writeOwn(({ tx, userId, audit }) => {
    tx.update(users).set({ locale }).where(eq(users.id, userId)).run();
    audit({
      organisationId: viewer.organisationId,
      action: "user.locale_changed",
      entityType: "user",
      entityId: userId,
      summary: viewer.name,
      before: { locale: viewer.locale },
      after: { locale },
    });
    return ok(undefined);
  });
}

/** The gemeente the viewer works in from now on, also after the next sign-in. Only one they are an active member of. */
export async function setOwnGemeente(organisationId: number): Promise<boolean> {
  const viewer = await requireViewer();
  const membership = viewer.memberships.find((m) => m.organisationId === organisationId);
  if (!membership) return false;
  await writeOwn(({ tx, userId, audit }) => {
    tx.update(users).set({ lastOrganisationId: organisationId }).where(eq(users.id, userId)).run();
    audit({
      organisationId,
      action: "auth.gemeente_chosen",
      entityType: "user",
      entityId: userId,
      summary: viewer.email,
    });
    return ok(undefined);
  });
  return true;
}

/** Signing out: this browser's session ends on the server at once, and the sign-out is in the activity log. */
export async function recordSignOut(): Promise<void> {
  // Also someone signed in without a viewer yet (an authenticator app to set up first, only invitations to answer).
  const account = await getAccount();
  if (!account) return;
  const viewer = await getViewer();
  const token = await currentSessionToken();
  await writeOwn(({ tx, userId, audit }) => {
    endSessionIn(tx, userId, token);
    audit({
      organisationId: viewer?.organisationId ?? null,
      action: "auth.sign_out",
      entityType: "user",
      entityId: userId,
      summary: account.user.email,
    });
    return ok(undefined);
  });
}
