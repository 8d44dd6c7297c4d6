// The password throttle against the demo database, with argon2 itself counting the passwords it really checks:
// attempts at once on one account check no more passwords than the limit, a spray from one client address stops at
// the client's limit, blocked attempts and wrong current passwords are in the activity log, and a right password
// starts afresh.
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

const argon = vi.hoisted(() => ({ verifications: 0, hold: undefined as Promise<void> | undefined }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    verify: async (...args: Parameters<typeof real.verify>) => {
      argon.verifications += 1;
      if (argon.hold) await argon.hold;
      return real.verify(...args);
    },
  };
});
vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { DEMO_PASSWORD } = await import("../seed");
const { startSession } = await import("./session-check");
const { verifySignIn } = await import("./sign-in");
const { changeOwnPassword } = await import("./account");
const { ACCOUNT_POLICY, CLIENT_POLICY } = await import("@/lib/domain/sign-in-throttle");
const { HASHING } = await import("@/lib/auth/password");

const TEAM = "team@voorbeeld.example";
const MANAGER = "manager@voorbeeld.example";
let db: AppDatabase;
let close = () => {};
let voorbeeld = 0;

const events = (action: string, summary?: string) =>
  db
    .select({ organisationId: schema.auditEvents.organisationId, actorId: schema.auditEvents.actorId })
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.action, action),
        summary === undefined ? undefined : eq(schema.auditEvents.summary, summary),
      ),
    )
    .all();
const throttleRow = (key: string) =>
  db.select().from(schema.signInThrottle).where(eq(schema.signInThrottle.email, key)).get();
function kinds(outcomes: { kind: string }[]) {
  const count: Record<string, number> = {};
  for (const { kind } of outcomes) count[kind] = (count[kind] ?? 0) + 1;
  return count;
}
const wrong = (index: number) => `fout-wachtwoord-${index}`;

beforeAll(async () => {
  ({ db, close } = await demoDatabase());
  voorbeeld = demoViewer(db, TEAM).organisationId;
});
afterAll(() => close());
beforeEach(() => {
  db.delete(schema.signInThrottle).run();
  argon.verifications = 0;
});
afterEach(() => vi.useRealTimers());

describe("signing in", () => {
  it("checks at most five passwords of 100 wrong attempts at once on one account, whatever address they use", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => verifySignIn(TEAM, wrong(i), `10.0.${Math.floor(i / 250)}.${i % 250}`)),
    );
    expect(argon.verifications).toBe(ACCOUNT_POLICY.maxFailures);
    expect(kinds(outcomes)).toEqual({ invalid: 5, blocked: 95 });
    // Each refused attempt is in the account's gemeente's activity log.
    const blocked = events("auth.sign_in_blocked", TEAM);
    expect(blocked).toHaveLength(95);
    expect(blocked.every((event) => event.organisationId === voorbeeld)).toBe(true);
    // The right password waits for the block too.
    expect(await verifySignIn(TEAM, DEMO_PASSWORD, "192.0.2.50")).toMatchObject({ kind: "blocked" });
  });

  it("blocks a client address that tries many accounts, and no other address", async () => {
    const client = "198.51.100.7";
    const outcomes = [];
    for (let i = 0; i < 25; i++) outcomes.push(await verifySignIn(`sproei-${i}@elders.example`, "zomer2026", client));
    expect(outcomes.slice(0, CLIENT_POLICY.maxFailures).map((o) => o.kind)).toEqual(Array(20).fill("invalid"));
    // The last allowed failure already says how long to wait.
    expect(outcomes[CLIENT_POLICY.maxFailures - 1]).toEqual({ kind: "invalid", retryAfterMs: CLIENT_POLICY.blockMs });
    expect(outcomes.slice(CLIENT_POLICY.maxFailures).map((o) => o.kind)).toEqual(Array(5).fill("blocked"));
    expect(argon.verifications).toBe(CLIENT_POLICY.maxFailures);
    // An unknown address belongs to no gemeente: the event is kept without one.
    expect(events("auth.sign_in_blocked", "sproei-24@elders.example")).toEqual([
      { organisationId: null, actorId: null },
    ]);
    // The same client is refused for a real account too; another client is not blocked.
    expect(await verifySignIn(MANAGER, DEMO_PASSWORD, client)).toMatchObject({ kind: "blocked" });
    expect(await verifySignIn("sproei-99@elders.example", "zomer2026", "198.51.100.8")).toEqual({
      kind: "invalid",
      retryAfterMs: 0,
    });
    expect(await verifySignIn(MANAGER, DEMO_PASSWORD, "198.51.100.8")).toMatchObject({ kind: "ok" });
  });

  it("starts an account afresh after its right password, and never counts a right password against the client", async () => {
    for (let i = 0; i < 4; i++) expect((await verifySignIn(TEAM, wrong(i), "192.0.2.1")).kind).toBe("invalid");
    expect((await verifySignIn(TEAM, DEMO_PASSWORD, "192.0.2.1")).kind).toBe("ok");
    expect(throttleRow(TEAM)).toBeUndefined();
    expect(throttleRow("ip:192.0.2.1")?.failures).toBe(4);
    for (let i = 0; i < 4; i++) {
      expect(await verifySignIn(TEAM, wrong(i), "192.0.2.1")).toEqual({ kind: "invalid", retryAfterMs: 0 });
    }
    expect(await verifySignIn(TEAM, wrong(5), "192.0.2.1")).toEqual({
      kind: "invalid",
      retryAfterMs: ACCOUNT_POLICY.blockMs,
    });

    // A whole office signing in from one gateway is never blocked for it.
    for (let i = 0; i < CLIENT_POLICY.maxFailures + 5; i++) {
      expect((await verifySignIn(MANAGER, DEMO_PASSWORD, "192.0.2.2")).kind).toBe("ok");
    }
    expect(throttleRow("ip:192.0.2.2")?.failures).toBe(0);
  });

  it("answers busy beyond the password checks one process runs and queues, and counts nothing for them", async () => {
    let release = () => {};
    argon.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const attempts = Array.from({ length: 30 }, (_, i) =>
      verifySignIn(`druk-${i}@elders.example`, "zomer2026", `203.0.113.${i}`),
    );
    // The attempts that neither run nor fit in the queue are answered at once, while the others still wait.
    const early = await Promise.race([Promise.all(attempts.slice(-10)), new Promise((r) => setTimeout(r, 2_000))]);
    expect(early).toEqual(Array(10).fill({ kind: "busy" }));
    release();
    argon.hold = undefined;
    const outcomes = await Promise.all(attempts);
    const busy = HASHING.running + HASHING.waiting;
    expect(kinds(outcomes)).toEqual({ invalid: busy, busy: 30 - busy });
    expect(throttleRow("druk-29@elders.example")?.failures).toBe(0);
    expect(throttleRow("ip:203.0.113.29")?.failures).toBe(0);
    expect(throttleRow("druk-0@elders.example")?.failures).toBe(1);
  });
});

describe("the current password when changing it", () => {
  const change = (currentPassword: string) =>
    changeOwnPassword({
      currentPassword,
      newPassword: "een-heel-nieuw-wachtwoord",
      confirmPassword: "een-heel-nieuw-wachtwoord",
    });

  function signedIn(email: string): Viewer {
    const viewer = demoViewer(db, email);
    const { sessionVersion } = db
      .select({ sessionVersion: schema.users.sessionVersion })
      .from(schema.users)
      .where(eq(schema.users.id, viewer.userId))
      .get() ?? { sessionVersion: 0 };
    current.viewer = viewer;
    current.sessionToken = startSession(viewer.userId, sessionVersion, "vitest");
    return viewer;
  }

  it("blocks after five wrong answers, refuses even the right one until the block ends, and logs each wrong one", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.UTC(2026, 11, 2, 9, 0, 0);
    vi.setSystemTime(start);
    const viewer = signedIn("partner@voorbeeld.example");
    for (let i = 0; i < 4; i++) {
      expect(await change(wrong(i))).toEqual({ ok: false, error: "currentPasswordWrong", field: "currentPassword" });
    }
    const tooMany = { ok: false, error: "tooManyAttempts", field: "currentPassword", params: { minutes: 10 } };
    expect(await change(wrong(4))).toEqual(tooMany);
    expect(await change(DEMO_PASSWORD)).toEqual(tooMany);
    expect(argon.verifications).toBe(5);
    const failed = events("user.password_check_failed").filter((event) => event.actorId === viewer.userId);
    expect(failed).toEqual(Array(5).fill({ organisationId: viewer.organisationId, actorId: viewer.userId }));
    // The account's sign-in waits as well: it is one throttle per account.
    expect(await verifySignIn("partner@voorbeeld.example", DEMO_PASSWORD, "192.0.2.9")).toMatchObject({
      kind: "blocked",
    });

    vi.setSystemTime(start + ACCOUNT_POLICY.blockMs - 60_000);
    expect(await change(DEMO_PASSWORD)).toEqual({ ...tooMany, params: { minutes: 1 } });
    vi.setSystemTime(start + ACCOUNT_POLICY.blockMs);
    expect(await change(DEMO_PASSWORD)).toEqual({ ok: true, value: undefined });
    expect(throttleRow("partner@voorbeeld.example")).toBeUndefined();
  });

  it("starts afresh after the right answer", async () => {
    signedIn("taalhuis@voorbeeld.example");
    for (let i = 0; i < 4; i++) expect((await change(wrong(i))).ok).toBe(false);
    expect((await change(DEMO_PASSWORD)).ok).toBe(true);
    expect(throttleRow("taalhuis@voorbeeld.example")).toBeUndefined();
  });
});
