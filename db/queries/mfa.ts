// A person's own authenticator app: setting it up (a new secret, confirmed with a code of the app, then ten recovery
// codes shown once), turning it off and making new recovery codes (both with a current code). Every code typed here
// counts under the account's sign-in throttle, so that someone who took over a session cannot guess codes here.
import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";
import { newTotpSecret, otpauthUri } from "@/lib/auth/totp";
import { getAccount, getViewer } from "@/lib/auth/viewer";
import { mfaRequirement } from "@/lib/domain/mfa";
import { accountKey, minutesToWait } from "@/lib/domain/sign-in-throttle";
import type { MfaCodeInput, MfaSetupInput } from "@/lib/validation/mfa";
import { getDb, type Transaction } from "../index";
import { recoveryCodes, users, userTotp } from "../schema";
import { type OwnScope, writeOwn } from "../write";
import { matchingStepOfPending, mfaStateOf, removeMfa, replaceRecoveryCodes, spendCode } from "./mfa-check";
import { type MutationResult, ok, refuse } from "./result";
import { releaseAttempt, reserveAttempt } from "./throttle";

export type OwnMfa = {
  status: "off" | "pending" | "on";
  /** While setting up: the secret, and the address the QR code carries. */
  setup: { secret: string; uri: string } | null;
  recoveryCodesLeft: number;
  /** Why the person must use an app ("role", "gemeente"), or null when it is their own choice. */
  requirement: ReturnType<typeof mfaRequirement>;
};

export type NewRecoveryCodes = { recoveryCodes: string[] };

/** The signed-in person's app, for the account page and the set-up page. */
export async function getOwnMfa(): Promise<OwnMfa | null> {
  const account = await getAccount();
  if (!account) return null;
  const db = getDb();
  const userId = account.user.id;
  const app = db
    .select({ secret: userTotp.secret, confirmedAt: userTotp.confirmedAt })
    .from(userTotp)
    .where(eq(userTotp.userId, userId))
    .get();
  const left =
    db
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.n ?? 0;
  // A set-up whose key cannot be read any more (AUTH_SECRET changed since) starts afresh.
  const pendingKey = app && !app.confirmedAt ? openSecret(app.secret) : null;
  const status = app?.confirmedAt ? "on" : pendingKey ? "pending" : "off";
  return {
    status,
    setup: pendingKey ? { secret: pendingKey, uri: otpauthUri(pendingKey, account.user.email) } : null,
    recoveryCodesLeft: status === "on" ? left : 0,
    requirement: mfaRequirement(mfaStateOf(db, userId).memberships),
  };
}

/** The gemeente whose activity log records a change of the person's own account: where they work now. */
async function ownGemeente(): Promise<number | null> {
  const viewer = await getViewer();
  if (viewer) return viewer.organisationId;
  // Not yet a viewer: someone who must set up the app before anything else.
  const account = await getAccount();
  const memberships = account?.memberships ?? [];
  return (
    (memberships.find((m) => m.organisationId === account?.user.lastOrganisationId) ?? memberships[0])
      ?.organisationId ?? null
  );
}

const tooManyAttempts = (retryAfterMs: number) =>
  refuse("tooManyAttempts", "code", { minutes: minutesToWait(retryAfterMs) });

/**
 * Checks a code typed on the account page under the account's throttle, in the change's transaction: counted before
 * it is checked, taken back when it is right, left counted and in the activity log when it is wrong.
 */
function checkOwnCode<T>(
  { tx, userId, audit }: OwnScope,
  organisationId: number | null,
  check: (tx: Transaction) => T | null,
): MutationResult<T> {
  const account = tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId)).get();
  if (!account) return refuse("forbidden");
  const reservation = reserveAttempt(tx, [accountKey(account.email)], Date.now());
  if (reservation.kind === "blocked") return tooManyAttempts(reservation.retryAfterMs);
  const right = check(tx);
  if (right === null) {
    audit({
      organisationId,
      action: "user.mfa_code_failed",
      entityType: "user",
      entityId: userId,
      summary: account.name,
    });
    if (reservation.blocksFor > 0) return tooManyAttempts(reservation.blocksFor);
    return refuse("mfaCodeWrong", "code");
  }
  releaseAttempt(tx, reservation);
  return ok(right);
}

const nameOf = (tx: Transaction, userId: number) =>
  tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? "";

/** Whether the person has an app, and since when it counts (null: still being set up). */
const ownApp = (tx: Transaction, userId: number) =>
  tx.select({ confirmedAt: userTotp.confirmedAt }).from(userTotp).where(eq(userTotp.userId, userId)).get();

/** A change of the person's own app, in the activity log of the gemeente they work in now. */
function auditOwn(scope: OwnScope, organisationId: number | null, action: string) {
  scope.audit({
    organisationId,
    action,
    entityType: "user",
    entityId: scope.userId,
    summary: nameOf(scope.tx, scope.userId),
  });
}

/** Starts setting up an app: a new secret, which counts only once a code of the app confirmed it. */
export async function startMfaSetup(): Promise<MutationResult> {
  const organisationId = await ownGemeente();
  return writeOwn((scope) => {
    const { tx, userId } = scope;
    const app = ownApp(tx, userId);
    if (app?.confirmedAt) return refuse("mfaAlreadyOn");
    const secret = sealSecret(newTotpSecret());
    tx.insert(userTotp)
      .values({ userId, secret })
      .onConflictDoUpdate({ target: userTotp.userId, set: { secret, confirmedAt: null, lastUsedStep: null } })
      .run();
    auditOwn(scope, organisationId, "user.mfa_setup_started");
    return ok(undefined);
  });
}

/**
 * Confirms the app being set up with a code it shows: from now on signing in asks for a code. Returns ten new
 * recovery codes, to show this once (only their hashes are kept).
 */
export async function confirmMfaSetup(input: MfaSetupInput): Promise<MutationResult<NewRecoveryCodes>> {
  const organisationId = await ownGemeente();
  const now = Date.now();
  return writeOwn((scope): MutationResult<NewRecoveryCodes> => {
    const { tx, userId } = scope;
    const app = ownApp(tx, userId);
    if (!app) return refuse("mfaNoSetup");
    if (app.confirmedAt) return refuse("mfaAlreadyOn");
    const step = checkOwnCode(scope, organisationId, (t) => matchingStepOfPending(t, userId, input.code, now));
    if (!step.ok) return step;
    tx.update(userTotp)
      .set({ confirmedAt: new Date(now), lastUsedStep: step.value })
      .where(eq(userTotp.userId, userId))
      .run();
    const codes = replaceRecoveryCodes(tx, userId);
    auditOwn(scope, organisationId, "user.mfa_enabled");
    return ok({ recoveryCodes: codes });
  });
}

/** The app and its recovery codes no longer count: signing in asks only for the password again. */
export async function turnOffMfa(input: MfaCodeInput): Promise<MutationResult> {
  const organisationId = await ownGemeente();
  const now = Date.now();
  return writeOwn((scope) => {
    const { tx, userId } = scope;
    const app = ownApp(tx, userId);
    if (!app?.confirmedAt) return refuse("mfaNotOn");
    const checked = checkOwnCode(scope, organisationId, (t) => spendCode(t, userId, input.code, now));
    if (!checked.ok) return checked;
    removeMfa(tx, userId);
    auditOwn(scope, organisationId, "user.mfa_disabled");
    return ok(undefined);
  });
}

/** Ten new recovery codes in place of the old ones (used or not), to show this once. */
export async function renewRecoveryCodes(input: MfaCodeInput): Promise<MutationResult<NewRecoveryCodes>> {
  const organisationId = await ownGemeente();
  const now = Date.now();
  return writeOwn((scope): MutationResult<NewRecoveryCodes> => {
    const { tx, userId } = scope;
    const app = ownApp(tx, userId);
    if (!app?.confirmedAt) return refuse("mfaNotOn");
    const checked = checkOwnCode(scope, organisationId, (t) => spendCode(t, userId, input.code, now));
    if (!checked.ok) return checked;
    const codes = replaceRecoveryCodes(tx, userId);
    auditOwn(scope, organisationId, "user.mfa_recovery_codes_renewed");
    return ok({ recoveryCodes: codes });
  });
}
