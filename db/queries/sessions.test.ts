// Sessions on the server, against a real SQLite file with the demo data: a session lives while it is used, ends on
// signing out, after the idle time, after its lifetime and with a new password; a person sees and ends only their
// own sessions, and every ending they ask for is in the activity log.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { DEMO_PASSWORD } = await import("../seed");
const { sessionIsLive, startSession, tokenHash } = await import("./session-check");
const sessions = await import("./sessions");
const account = await import("./account");

const MINUTE = 60_000;
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Safari/604.1";

let db: AppDatabase;
let close = () => {};
let manager: Viewer;
let team: Viewer;

const userOf = (viewer: Viewer) =>
  db
    .select({ id: schema.users.id, sessionVersion: schema.users.sessionVersion })
    .from(schema.users)
    .where(eq(schema.users.id, viewer.userId))
    .get() ?? { id: 0, sessionVersion: -1 };

const row = (token: string) =>
  db
    .select()
    .from(schema.userSessions)
    .where(eq(schema.userSessions.tokenHash, tokenHash(token)))
    .get();

/** A browser of the viewer, signed in now; the test then acts in it. */
function signIn(viewer: Viewer, agent = FIREFOX) {
  const token = startSession(viewer.userId, userOf(viewer).sessionVersion, agent);
  current.viewer = viewer;
  current.sessionToken = token;
  return token;
}

const auditActions = (viewer: Viewer, action: string) =>
  db
    .select({ id: schema.auditEvents.id })
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.actorId, viewer.userId), eq(schema.auditEvents.action, action)))
    .all().length;

beforeAll(async () => {
  ({ db, close } = await demoDatabase("sessions"));
  manager = demoViewer(db, "manager@voorbeeld.example");
  team = demoViewer(db, "team@voorbeeld.example");
});
afterAll(() => close());
beforeEach(() => {
  db.update(schema.userSessions).set({ endedAt: new Date(), endReason: "afgemeld" }).run();
});

describe("a session on the server", () => {
  it("lives while it is used, and only for its own user", () => {
    const token = signIn(manager);
    expect(sessionIsLive(token, userOf(manager))).toBe(true);
    expect(sessionIsLive(token, userOf(team))).toBe(false);
    expect(sessionIsLive("a-made-up-token", userOf(manager))).toBe(false);
    expect(sessionIsLive(undefined, userOf(manager))).toBe(false);
    expect(row(token)?.device).toBe("Firefox / Windows");
  });

  it("writes down its last request at most once a minute", () => {
    const token = signIn(manager);
    const seen = row(token)?.lastSeenAt.getTime() ?? 0;
    expect(sessionIsLive(token, userOf(manager), seen + 30_000)).toBe(true);
    expect(row(token)?.lastSeenAt.getTime()).toBe(seen);
    expect(sessionIsLive(token, userOf(manager), seen + 2 * MINUTE)).toBe(true);
    expect(row(token)?.lastSeenAt.getTime()).toBe(seen + 2 * MINUTE);
  });

  it("ends after 60 minutes without a request, and stays ended", () => {
    const token = signIn(manager);
    const seen = row(token)?.lastSeenAt.getTime() ?? 0;
    expect(sessionIsLive(token, userOf(manager), seen + 59 * MINUTE)).toBe(true);
    expect(sessionIsLive(token, userOf(manager), seen + 59 * MINUTE + 61 * MINUTE)).toBe(false);
    expect(row(token)?.endReason).toBe("verlopen");
    expect(sessionIsLive(token, userOf(manager), seen + 60 * MINUTE)).toBe(false);
  });

  it("ends 12 hours after signing in, however busy", () => {
    const token = signIn(manager);
    const start = row(token)?.createdAt.getTime() ?? 0;
    for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
      expect(sessionIsLive(token, userOf(manager), start + minutes * MINUTE)).toBe(true);
    }
    expect(sessionIsLive(token, userOf(manager), start + 12 * 60 * MINUTE + MINUTE)).toBe(false);
  });

  it("ends when the account's session version goes up (a password reset by the beheerder)", () => {
    const token = signIn(team);
    db.update(schema.users)
      .set({ sessionVersion: userOf(team).sessionVersion + 1 })
      .where(eq(schema.users.id, team.userId))
      .run();
    expect(sessionIsLive(token, userOf(team))).toBe(false);
  });
});

describe("signing out", () => {
  it("ends this browser's session at once and leaves the others", async () => {
    const phone = signIn(manager, IPHONE);
    const laptop = signIn(manager);
    await account.recordSignOut();
    expect(sessionIsLive(laptop, userOf(manager))).toBe(false);
    expect(row(laptop)?.endReason).toBe("afgemeld");
    expect(sessionIsLive(phone, userOf(manager))).toBe(true);
  });

  it("also ends the session of someone signed in without a viewer yet, who must set up an authenticator app", async () => {
    const laptop = signIn(team);
    const before = auditActions(team, "auth.sign_out");
    current.viewer = undefined;
    current.accountOnly = team.userId;
    try {
      await account.recordSignOut();
    } finally {
      current.accountOnly = undefined;
    }
    expect(row(laptop)?.endReason).toBe("afgemeld");
    expect(auditActions(team, "auth.sign_out")).toBe(before + 1);
  });
});

describe("one's own sessions", () => {
  it("lists the live ones with the device, this browser's marked, another person's not", async () => {
    signIn(team);
    const phone = signIn(manager, IPHONE);
    const ended = signIn(manager);
    await account.recordSignOut();
    const laptop = signIn(manager);
    const { sessions: listed, total } = await sessions.listOwnSessions();
    expect(total).toBe(2);
    expect(listed.map((s) => [s.device, s.current])).toEqual([
      ["Firefox / Windows", true],
      ["Safari / iOS", false],
    ]);
    expect(JSON.stringify(listed)).not.toContain(tokenHash(laptop));
    expect(listed.map((s) => s.id)).not.toContain(row(ended)?.id);
    expect(listed.map((s) => s.id)).toContain(row(phone)?.id);
  });

  it("ends one on another device, audited; another person's session is not found", async () => {
    const theirs = signIn(team);
    const phone = signIn(manager, IPHONE);
    signIn(manager);
    const before = auditActions(manager, "auth.session_ended");
    expect(await sessions.endOwnSession(row(phone)?.id ?? 0)).toMatchObject({ ok: true });
    expect(sessionIsLive(phone, userOf(manager))).toBe(false);
    expect(auditActions(manager, "auth.session_ended")).toBe(before + 1);
    expect(await sessions.endOwnSession(row(theirs)?.id ?? 0)).toMatchObject({ ok: false, error: "notFound" });
    expect(sessionIsLive(theirs, userOf(team))).toBe(true);
  });

  it("does not end this browser's own session as if it were another device", async () => {
    const laptop = signIn(manager);
    expect(await sessions.endOwnSession(row(laptop)?.id ?? 0)).toMatchObject({ ok: false, error: "notFound" });
    expect(sessionIsLive(laptop, userOf(manager))).toBe(true);
  });

  it("signs out everywhere: every session of the person ends, nobody else's", async () => {
    const theirs = signIn(team);
    const phone = signIn(manager, IPHONE);
    const laptop = signIn(manager);
    const result = await sessions.endAllOwnSessions();
    expect(result).toEqual({ ok: true, value: { ended: 2 } });
    expect(sessionIsLive(phone, userOf(manager))).toBe(false);
    expect(sessionIsLive(laptop, userOf(manager))).toBe(false);
    expect(sessionIsLive(theirs, userOf(team))).toBe(true);
    expect(auditActions(manager, "auth.signed_out_everywhere")).toBeGreaterThan(0);
  });
});

describe("a new password", () => {
  it("keeps this browser signed in and ends every other session", async () => {
    const phone = signIn(manager, IPHONE);
    const laptop = signIn(manager);
    const result = await account.changeOwnPassword({
      currentPassword: DEMO_PASSWORD,
      newPassword: "een-heel-nieuw-wachtwoord",
      confirmPassword: "een-heel-nieuw-wachtwoord",
    });
    expect(result.ok).toBe(true);
    expect(sessionIsLive(laptop, userOf(manager))).toBe(true);
    expect(sessionIsLive(phone, userOf(manager))).toBe(false);
  });
});
