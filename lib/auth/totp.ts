// Authenticator-app codes (TOTP, RFC 6238, as Google Authenticator, Microsoft Authenticator and FreeOTP show them),
// recovery codes and sign-in challenge tokens. Only hashes of recovery codes and tokens are ever stored.
import { createHash, randomBytes, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { RECOVERY_CODE_COUNT, TOTP_DIGITS, TOTP_PERIOD_SECONDS, TOTP_WINDOW } from "../domain/mfa";

const ISSUER = "Impactkoers";

/** A new secret of 160 bits, as RFC 4226 recommends, in base32 (what apps accept when typed in). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** The otpauth:// address a QR code carries: the app reads issuer, account and secret from it. */
export function otpauthUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The time step of `now`: the number of 30-second periods since 1970. */
export function timeStep(now: number): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now });
}

/** The time step a code of the app belongs to, within one step of now; null when it matches none of them. */
export function matchingStep(secret: string, code: string, now: number): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  return delta === null ? null : timeStep(now) + delta;
}

/** The code the app shows at `now` (for tests and the demo data). */
export function totpCode(secret: string, now: number): string {
  return totp(secret).generate({ timestamp: now });
}

// No 0/O, 1/l/I: these codes are written down on paper and typed in again.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten codes such as "k7mq-x2pr-c4nd" (about 59 bits each), to use once each when the app is not at hand. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = "";
    for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(ALPHABET.length)];
    return code;
  });
}

/**
 * The stored form of a recovery code or a challenge token. A plain hash suffices: both are long random values, not
 * something a person chose, so there is nothing to guess from the hash.
 */
export function secretHash(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** The token of a sign-in challenge: 256 random bits, in a form a cookie carries as it is. */
export function newChallengeToken(): string {
  return randomBytes(32).toString("base64url");
}
