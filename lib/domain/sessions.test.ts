import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS } from "./constants";
import { DEFAULT_IDLE_MINUTES, deviceLabel, idleTimeoutMs, sessionState } from "./sessions";

const MINUTE = 60_000;
const start = new Date("2026-12-01T09:00:00Z").getTime();
const session = (lastSeenMinutesAgo: number, createdMinutesAgo = lastSeenMinutesAgo, ended = false) => ({
  createdAt: new Date(start - createdMinutesAgo * MINUTE),
  lastSeenAt: new Date(start - lastSeenMinutesAgo * MINUTE),
  endedAt: ended ? new Date(start - MINUTE) : null,
});

describe("idle timeout", () => {
  it("is 60 minutes unless set", () => {
    expect(idleTimeoutMs(undefined)).toBe(DEFAULT_IDLE_MINUTES * MINUTE);
    expect(idleTimeoutMs("")).toBe(60 * MINUTE);
  });
  it.each([
    ["15", 15],
    ["5", 5],
    ["720", 720],
  ])("takes %s minutes from the setting", (setting, minutes) => {
    expect(idleTimeoutMs(setting)).toBe(minutes * MINUTE);
  });
  it.each(["4", "721", "0", "-10", "15.5", "een uur", " "])("falls back to 60 for %j", (setting) => {
    expect(idleTimeoutMs(setting)).toBe(60 * MINUTE);
  });
});

describe("a session's state", () => {
  it("is live while used within the idle time and the lifetime", () => {
    expect(sessionState(session(59, 600), start, 60 * MINUTE)).toBe("live");
  });
  it("ends after the idle time without a request", () => {
    expect(sessionState(session(61, 61), start, 60 * MINUTE)).toBe("idle");
    expect(sessionState(session(16, 16), start, 15 * MINUTE)).toBe("idle");
  });
  it("ends after the lifetime however active", () => {
    const lifetime = SESSION_MAX_AGE_SECONDS / 60;
    expect(sessionState(session(0, lifetime - 1), start)).toBe("live");
    expect(sessionState(session(0, lifetime + 1), start)).toBe("expired");
  });
  it("stays ended once ended", () => {
    expect(sessionState(session(0, 1, true), start)).toBe("ended");
  });
});

describe("the device of a session", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0",
      "Edge",
      "Windows",
    ],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox", "Windows"],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Safari",
      "iOS",
    ],
    [
      "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
      "Chrome",
      "Android",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      "Safari",
      "macOS",
    ],
  ])("names %s", (agent, browser, system) => {
    expect(deviceLabel(agent)).toEqual({ browser, system });
  });
  it("names nothing it does not know", () => {
    expect(deviceLabel("curl/8.5.0")).toEqual({ browser: null, system: null });
    expect(deviceLabel(null)).toEqual({ browser: null, system: null });
  });
});
