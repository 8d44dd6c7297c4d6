// When a signed-in session ends: at the latest SESSION_MAX_AGE_SECONDS after signing in, and sooner after a spell of
// inactivity (60 minutes unless SESSION_IDLE_MINUTES says otherwise).
import { SESSION_MAX_AGE_SECONDS } from "./constants";

export const DEFAULT_IDLE_MINUTES = 60;
const MIN_IDLE_MINUTES = 5;
const MAX_IDLE_MINUTES = SESSION_MAX_AGE_SECONDS / 60;

/** How long a session stays alive without a request. A value outside 5 minutes to 12 hours falls back to 60. */
export function idleTimeoutMs(setting = process.env.SESSION_IDLE_MINUTES): number {
  const minutes = Number(setting);
  const valid =
    setting?.trim() && Number.isInteger(minutes) && minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES;
  return (valid ? minutes : DEFAULT_IDLE_MINUTES) * 60_000;
}

/** A session's last request is written down at most this often: one write a minute, not one per request. */
export const SEEN_INTERVAL_MS = 60_000;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; endedAt: Date | null };
export type SessionState = "live" | "ended" | "idle" | "expired";

export function sessionState(session: SessionTimes, now: number, idleMs = idleTimeoutMs()): SessionState {
  if (session.endedAt) return "ended";
  if (now - session.createdAt.getTime() > SESSION_MAX_AGE_SECONDS * 1000) return "expired";
  if (now - session.lastSeenAt.getTime() > idleMs) return "idle";
  return "live";
}

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/**
 * The browser and system of a user agent, in words a person recognises on the account page ("Firefox op Windows").
 * Only for showing: nothing is decided on it.
 */
export function deviceLabel(userAgent: string | null | undefined): { browser: string | null; system: string | null } {
  const agent = userAgent ?? "";
  const browser = BROWSERS.find(([pattern]) => pattern.test(agent))?.[1] ?? null;
  const system = SYSTEMS.find(([pattern]) => pattern.test(agent))?.[1] ?? null;
  return { browser, system };
}
