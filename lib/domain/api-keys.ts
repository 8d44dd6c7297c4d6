// Keys of the read API: how one is made, how it is recognised and stored (only its SHA-256), how long it may live,
// and how a request presents it. Pure: no database.
import { createHash, randomBytes } from "node:crypto";
import { dayIn, endOfDay, parseDay, todayInAmsterdam } from "./time";

/** Every key starts with this, so a leaked key is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = "ik_";
/** 32 random bytes in base64url. */
const KEY_PATTERN = /^ik_[A-Za-z0-9_-]{43}$/;
/** How much of the key lists show: enough to tell keys apart, far too little to use one. */
const SHOWN_LENGTH = API_KEY_PREFIX.length + 8;

export const DEFAULT_VALIDITY_YEARS = 1;
export const MAX_VALIDITY_YEARS = 2;

export type NewApiKey = { key: string; prefix: string; hash: string };

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function generateApiKey(): NewApiKey {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, SHOWN_LENGTH), hash: hashApiKey(key) };
}

export function isApiKeyShape(token: string): boolean {
  return KEY_PATTERN.test(token);
}

/**
 * The key of an `Authorization: Bearer <key>` header: null without one, "malformed" for another scheme or a token
 * that cannot be one of our keys.
 */
export function bearerToken(header: string | null): string | null | "malformed" {
  if (header === null || header.trim() === "") return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match?.[1] || !isApiKeyShape(match[1])) return "malformed";
  return match[1];
}

/** The same calendar day `years` later; 29 February becomes 28 February in a year without one. */
export function addYears(day: string, years: number): string {
  const parts = parseDay(day);
  if (!parts) throw new Error(`not a day: ${day}`);
  const year = parts.year + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const date = parts.month === 2 && parts.day === 29 && !leap ? 28 : parts.day;
  return `${String(year).padStart(4, "0")}-${String(parts.month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

/** The last day a new key is valid by default: a year from today. */
export function defaultExpiryDay(now = new Date()): string {
  return addYears(todayInAmsterdam(now), DEFAULT_VALIDITY_YEARS);
}

/** What is wrong with the last day of a new key: today or earlier, or more than two years ahead. */
export function expiryProblem(day: string, now = new Date()): "expiryPast" | "expiryTooFar" | null {
  const today = todayInAmsterdam(now);
  if (day <= today) return "expiryPast";
  if (day > addYears(today, MAX_VALIDITY_YEARS)) return "expiryTooFar";
  return null;
}

/** A key is valid through its last day, in Amsterdam: it stops at the start of the next day. */
export function expiresAtFor(day: string): Date {
  const end = endOfDay(day);
  if (!end) throw new Error(`not a day: ${day}`);
  return end;
}

/** The last calendar day a key works, in Amsterdam. */
export function lastValidDay(expiresAt: Date): string {
  return dayIn(new Date(expiresAt.getTime() - 1));
}

export type ApiKeyStatus = "active" | "expired" | "revoked";

export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date }, now = new Date()): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  return key.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}
