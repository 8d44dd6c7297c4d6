// The keys of authenticator apps are kept encrypted in the database (AES-256-GCM), with a key derived from the
// installation's AUTH_SECRET: a copy of the database file alone does not give anyone the codes of a beheerder's app.
// Changing AUTH_SECRET therefore means setting up the apps again (recovery codes, kept as hashes, still work).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const PREFIX = "v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function key(secret: string | undefined): Buffer | null {
  if (!secret) return null;
  return Buffer.from(hkdfSync("sha256", secret, "impactkoers", "authenticator app key", 32));
}

/**
 * Encrypts an authenticator app's key for storage. Without an AUTH_SECRET (only scripts and tests run without one;
 * the server does not start without it) the key is stored as it is, and read back as it is.
 */
export function sealSecret(plain: string, secret = process.env.AUTH_SECRET): string {
  const k = key(secret);
  if (!k) return plain;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", k, iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The key as the app has it; null when it was sealed with another AUTH_SECRET or changed in the database. */
export function openSecret(stored: string, secret = process.env.AUTH_SECRET): string | null {
  if (!stored.startsWith(PREFIX)) return stored;
  const k = key(secret);
  if (!k) return null;
  const raw = Buffer.from(stored.slice(PREFIX.length), "base64url");
  if (raw.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", k, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
