// Signing in with a second step: who must set one up, what a typed code is, and which codes still count. Pure: the
// data layer, the guard and the pages ask it.
import type { Role } from "./constants";
import { mustUseMfa } from "./permissions";

/** Authenticator apps show a new code of six digits every 30 seconds. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** A code of the step before or after now counts too: a phone's clock a little off, or a code typed just too late. */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
/** How long a right password waits for its code. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
/** The Auth.js provider that signs in with a password; other providers (single sign-on) bring their own second step. */
export const PASSWORD_SIGN_IN = "credentials";

export type CodeKind = "totp" | "recovery";

/** What a person typed, as it is compared: spaces, dashes and capitals do not count. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, "").toLowerCase();
}

/** Six digits are a code from the app; twelve letters and digits a recovery code; anything else is neither. */
export function codeKind(input: string): CodeKind | null {
  const code = normaliseCode(input);
  if (/^\d{6}$/.test(code)) return "totp";
  if (/^[a-z0-9]{12}$/.test(code)) return "recovery";
  return null;
}

/** "k7mqx2prc4nd" → "k7mq-x2pr-c4nd": how a recovery code is shown. */
export function formatRecoveryCode(code: string): string {
  return (
    normaliseCode(code)
      .match(/.{1,4}/g)
      ?.join("-") ?? ""
  );
}

/** A secret in groups of four, to copy by hand into an app that cannot scan. */
export function formatSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? "";
}

/**
 * Whether a code of time step `matched` may be used: only when it is later than the step of the last accepted code,
 * so that a code seen over someone's shoulder or in a log cannot be used again within its window.
 */
export function isFreshStep(matched: number, lastUsed: number | null): boolean {
  return lastUsed === null || matched > lastUsed;
}

export type MfaRequirement = "role" | "gemeente" | null;

/**
 * Why an account must use an authenticator app: a role that must (in any gemeente it works for), a gemeente that asks
 * it of everyone, or not at all.
 */
export function mfaRequirement(memberships: readonly { role: Role; mfaRequired: boolean }[]): MfaRequirement {
  if (memberships.some((m) => mustUseMfa(m.role))) return "role";
  if (memberships.some((m) => m.mfaRequired)) return "gemeente";
  return null;
}

/**
 * Whether a signed-in person must set up the app before anything else: they signed in with a password (a session
 * from before sign-in methods were recorded counts as one), have no app yet, and must use one.
 */
export function mustSetUpMfa(account: {
  signInMethod: string | undefined;
  mfaEnabled: boolean;
  memberships: readonly { role: Role; mfaRequired: boolean }[];
}): boolean {
  if (account.mfaEnabled) return false;
  if (account.signInMethod !== undefined && account.signInMethod !== PASSWORD_SIGN_IN) return false;
  return mfaRequirement(account.memberships) !== null;
}
