// The second step against the demo database: setting up an authenticator app, signing in with its code or a
// recovery code, codes that are refused when used again, and wrong codes counted under the sign-in throttle.
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

// As the server runs: with an AUTH_SECRET, from which the key that encrypts the apps' keys is derived.
process.env.AUTH_SECRET = "geheim-van-deze-test-installatie";
const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { DEMO_PASSWORD, DEMO_TOTP_SECRET } = await import("../seed");
const { verifySignIn } = await import("./sign-in");
const { verifySignInCode } = await import("./sign-in-code");
const { confirmMfaSetup, getOwnMfa, renewRecoveryCodes, startMfaSetup, turnOffMfa } = await import("./mfa");
const { mustSetUpMfaNow } = await import("./mfa-check");
const { resetMemberMfa } = await import("./member-mfa");
const { totpCode } = await import("@/lib/auth/totp");
const { ACCOUNT_POLICY } = await import("@/lib/domain/sign-in-throttle");

const BEHEERDER = "beheerder@voorbeeld.example";
const CLIENT = "192.0.2.10";
let db: AppDatabase;
let close = () => {};
let clock = Date.UTC(2026, 11, 2, 9, 0, 5);

/** Moves the clock on by whole 30-second steps, so that the app shows a new code. */
const later = (steps = 1) => {
  clock += steps * 30_000;
  vi.setSystemTime(clock);
};
const events = (action: string) =>
  db
    .select({ organisationId: schema.auditEvents.organisationId, actorId: schema.auditEvents.actorId })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, action))
    .all();
const throttleRow = (key: string) =>
  db.select().from(schema.signInThrottle).where(eq(schema.signInThrottle.email, key)).get();
const sessionsOf = () =>
  db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, "auth.sign_in")).all();

/** Signs in as the viewer's own account to the point of the code: the challenge's token. */
async function passwordStep(email: string, client = CLIENT) {
  const outcome = await verifySignIn(email, DEMO_PASSWORD, client);
  if (outcome.kind !== "code") throw new Error(`expected a code to be asked, got ${outcome.kind}`);
  return outcome.challenge;
}

/** Sets up an app for the demo account as the person would: returns its secret and recovery codes. */
async function setUp(email: string) {
  current.viewer = demoViewer(db, email);
  expect(await startMfaSetup()).toEqual({ ok: true, value: undefined });
  const own = await getOwnMfa();
  const secret = own?.setup?.secret ?? "";
  const confirmed = await confirmMfaSetup({ code: totpCode(secret, clock) });
  if (!confirmed.ok) throw new Error(confirmed.error);
  later();
  return { secret, recoveryCodes: confirmed.value.recoveryCodes, viewer: current.viewer };
}

beforeAll(async () => {
  ({ db, close } = await demoDatabase());
});
afterAll(() => close());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  later();
  db.delete(schema.signInThrottle).run();
});
afterEach(() => vi.useRealTimers());

describe("setting up an app", () => {
  it("counts only after a code of the app confirmed it, and then gives ten recovery codes once", async () => {
    const email = "team@voorbeeld.example";
    current.viewer = demoViewer(db, email);
    expect(await getOwnMfa()).toMatchObject({ status: "off", setup: null, requirement: null });
    await startMfaSetup();
    const own = await getOwnMfa();
    expect(own?.status).toBe("pending");
    const secret = own?.setup?.secret ?? "";
    expect(own?.setup?.uri).toContain(`secret=${secret}`);
    // The database holds the key encrypted, not as the app shows it.
    const kept = db.select().from(schema.userTotp).where(eq(schema.userTotp.userId, current.viewer.userId)).get();
    expect(kept?.secret).toMatch(/^v1:/);
    expect(kept?.secret).not.toContain(secret);
    // Not yet on: signing in still needs only the password.
    expect((await verifySignIn(email, DEMO_PASSWORD, CLIENT)).kind).toBe("ok");

    expect(await confirmMfaSetup({ code: totpCode(DEMO_TOTP_SECRET, clock) })).toEqual({
      ok: false,
      error: "mfaCodeWrong",
      field: "code",
    });
    expect(events("user.mfa_code_failed")).toEqual([
      { organisationId: current.viewer.organisationId, actorId: current.viewer.userId },
    ]);
    const confirmed = await confirmMfaSetup({ code: totpCode(secret, clock) });
    expect(confirmed.ok && confirmed.value.recoveryCodes).toHaveLength(10);
    expect(await getOwnMfa()).toMatchObject({ status: "on", setup: null, recoveryCodesLeft: 10 });
    // Only hashes are kept.
    const stored = db.select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, current.viewer.userId));
    const codes = confirmed.ok ? confirmed.value.recoveryCodes : [];
    for (const row of stored.all()) expect(codes).not.toContain(row.codeHash);
    expect(events("user.mfa_enabled").filter((e) => e.actorId === current.viewer?.userId)).toHaveLength(1);
    // The right code counted nothing against the account.
    expect(throttleRow(email)?.failures ?? 0).toBe(1);
    expect(await startMfaSetup()).toEqual({ ok: false, error: "mfaAlreadyOn" });
  });
});

describe("signing in with the second step", () => {
  it("asks for the code after a right password, and signs in only with a right one", async () => {
    const { secret } = await setUp("management@voorbeeld.example");
    const before = sessionsOf().length;
    const challenge = await passwordStep("management@voorbeeld.example");
    // No sign-in yet: only the password was checked.
    expect(sessionsOf()).toHaveLength(before);
    expect(verifySignInCode(challenge, totpCode(DEMO_TOTP_SECRET, clock), CLIENT)).toEqual({
      kind: "invalid",
      retryAfterMs: 0,
    });
    expect(events("auth.code_failed")).toHaveLength(1);
    expect(verifySignInCode(challenge, totpCode(secret, clock), CLIENT)).toMatchObject({ kind: "ok" });
    expect(sessionsOf()).toHaveLength(before + 1);
    // The challenge is used up.
    expect(verifySignInCode(challenge, totpCode(secret, clock + 30_000), CLIENT)).toEqual({ kind: "expired" });
  });

  it("refuses a code used once already, also within its window, and accepts the next one", async () => {
    const { secret } = await setUp("partner@voorbeeld.example");
    const code = totpCode(secret, clock);
    expect(verifySignInCode(await passwordStep("partner@voorbeeld.example"), code, CLIENT).kind).toBe("ok");
    // The same code, and the code of the step before, still in the window: refused.
    const again = await passwordStep("partner@voorbeeld.example");
    expect(verifySignInCode(again, code, CLIENT).kind).toBe("invalid");
    expect(verifySignInCode(again, totpCode(secret, clock - 30_000), CLIENT).kind).toBe("invalid");
    later();
    expect(verifySignInCode(again, totpCode(secret, clock), CLIENT).kind).toBe("ok");
  });

  it("takes each recovery code once", async () => {
    const { recoveryCodes } = await setUp("taalhuis@voorbeeld.example");
    const [first, second] = recoveryCodes;
    const typed = (first ?? "").toUpperCase().replace(/(.{4})/g, "$1 ");
    expect(verifySignInCode(await passwordStep("taalhuis@voorbeeld.example"), typed, CLIENT).kind).toBe("ok");
    expect(events("auth.recovery_code_used")).toHaveLength(1);
    const again = await passwordStep("taalhuis@voorbeeld.example");
    expect(verifySignInCode(again, first ?? "", CLIENT).kind).toBe("invalid");
    expect(verifySignInCode(again, second ?? "", CLIENT).kind).toBe("ok");
    current.viewer = demoViewer(db, "taalhuis@voorbeeld.example");
    expect((await getOwnMfa())?.recoveryCodesLeft).toBe(8);
  });

  it("lets a challenge wait five minutes, no longer", async () => {
    const challenge = await passwordStep(BEHEERDER);
    later(10);
    expect(verifySignInCode(challenge, totpCode(DEMO_TOTP_SECRET, clock), CLIENT)).toEqual({ kind: "expired" });
    expect(verifySignInCode("no-such-challenge-token-at-all", "123456", CLIENT)).toEqual({ kind: "expired" });
  });

  it("signs in the demo beheerder with the demo app's code", async () => {
    const challenge = await passwordStep(BEHEERDER);
    expect(verifySignInCode(challenge, totpCode(DEMO_TOTP_SECRET, clock), CLIENT)).toMatchObject({
      kind: "ok",
      user: { email: BEHEERDER },
    });
  });
});

describe("throttling codes", () => {
  it("blocks after five wrong codes, refuses even the right one, and a right password buys no fresh guesses", async () => {
    const email = "adviseur@voorbeeld.example";
    const { secret } = await setUp(email);
    db.delete(schema.signInThrottle).run();
    const failedBefore = events("auth.code_failed").length;
    const challenge = await passwordStep(email);
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures - 2; i++) {
      expect(verifySignInCode(challenge, `00000${i}`, CLIENT)).toEqual({ kind: "invalid", retryAfterMs: 0 });
    }
    // The password again: it is right, yet the wrong codes keep counting.
    const next = await passwordStep(email, "192.0.2.11");
    expect(throttleRow(email)?.failures).toBe(ACCOUNT_POLICY.maxFailures - 2);
    expect(verifySignInCode(next, "111111", "192.0.2.11")).toEqual({ kind: "invalid", retryAfterMs: 0 });
    expect(verifySignInCode(next, "222222", "192.0.2.11")).toEqual({
      kind: "invalid",
      retryAfterMs: ACCOUNT_POLICY.blockMs,
    });
    expect(verifySignInCode(next, totpCode(secret, clock), "192.0.2.11")).toMatchObject({ kind: "blocked" });
    expect(await verifySignIn(email, DEMO_PASSWORD, "192.0.2.12")).toMatchObject({ kind: "blocked" });
    expect(events("auth.code_failed")).toHaveLength(failedBefore + ACCOUNT_POLICY.maxFailures);
    const userId = demoViewer(db, email).userId;
    expect(
      db
        .select()
        .from(schema.auditEvents)
        .where(and(eq(schema.auditEvents.action, "auth.sign_in_blocked"), eq(schema.auditEvents.actorId, userId)))
        .all(),
    ).toHaveLength(2);
    // Each code attempt counted against its client address too.
    expect(throttleRow(`ip:${CLIENT}`)?.failures).toBe(ACCOUNT_POLICY.maxFailures - 2);

    later(Math.ceil(ACCOUNT_POLICY.blockMs / 30_000));
    expect(verifySignInCode(await passwordStep(email), totpCode(secret, clock), CLIENT).kind).toBe("ok");
    expect(throttleRow(email)).toBeUndefined();
  });

  it("counts wrong codes on the account page under the same throttle", async () => {
    const email = "management@voorbeeld.example";
    current.viewer = demoViewer(db, email);
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures - 1; i++) {
      expect(await turnOffMfa({ code: `12345${i}` })).toEqual({ ok: false, error: "mfaCodeWrong", field: "code" });
    }
    const tooMany = { ok: false, error: "tooManyAttempts", field: "code", params: { minutes: 10 } };
    expect(await renewRecoveryCodes({ code: "999999" })).toEqual(tooMany);
    expect((await getOwnMfa())?.status).toBe("on");
    expect(await verifySignIn(email, DEMO_PASSWORD, "192.0.2.20")).toMatchObject({ kind: "blocked" });
  });
});

describe("turning the app off and new recovery codes", () => {
  it("asks a current code for either, and refuses the same code twice", async () => {
    const email = "manager@voorbeeld.example";
    const { secret, recoveryCodes } = await setUp(email);
    const renewed = await renewRecoveryCodes({ code: totpCode(secret, clock) });
    expect(renewed.ok && renewed.value.recoveryCodes).toHaveLength(10);
    expect(events("user.mfa_recovery_codes_renewed")).toHaveLength(1);
    // The old recovery codes are gone; the code just used does not count twice.
    expect(await turnOffMfa({ code: recoveryCodes[0] ?? "" })).toMatchObject({ ok: false, error: "mfaCodeWrong" });
    expect(await turnOffMfa({ code: totpCode(secret, clock) })).toMatchObject({ ok: false, error: "mfaCodeWrong" });
    const fresh = renewed.ok ? renewed.value.recoveryCodes[0] : "";
    expect(await turnOffMfa({ code: fresh ?? "" })).toEqual({ ok: true, value: undefined });
    expect(await getOwnMfa()).toMatchObject({ status: "off", recoveryCodesLeft: 0 });
    expect(
      db
        .select()
        .from(schema.recoveryCodes)
        .where(eq(schema.recoveryCodes.userId, current.viewer?.userId ?? 0))
        .all(),
    ).toEqual([]);
    expect(events("user.mfa_disabled")).toHaveLength(1);
    expect((await verifySignIn(email, DEMO_PASSWORD, CLIENT)).kind).toBe("ok");
  });
});

describe("a reset by a beheerder", () => {
  /** The membership in Gemeente Voorbeeld, the beheerder's own. */
  const memberIdOf = (email: string) =>
    db
      .select({ id: schema.memberships.id })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      .where(
        and(
          eq(schema.users.email, email),
          eq(schema.memberships.organisationId, demoViewer(db, BEHEERDER).organisationId),
        ),
      )
      .get()?.id ?? 0;

  it("takes away someone's app and codes, never one's own, nor that of someone who works elsewhere too", async () => {
    const withApp = (email: string) =>
      db
        .insert(schema.userTotp)
        .values({ userId: demoViewer(db, email).userId, secret: DEMO_TOTP_SECRET, confirmedAt: new Date() })
        .onConflictDoUpdate({ target: schema.userTotp.userId, set: { confirmedAt: new Date() } })
        .run();
    const teamId = demoViewer(db, "team@voorbeeld.example").userId;
    withApp("team@voorbeeld.example");
    withApp("adviseur@voorbeeld.example");
    current.viewer = demoViewer(db, BEHEERDER);
    expect(await resetMemberMfa({ memberId: memberIdOf(BEHEERDER) })).toEqual({ ok: false, error: "mfaResetSelf" });
    // The adviser works for Testdorp too, where this beheerder is not beheerder.
    expect(await resetMemberMfa({ memberId: memberIdOf("adviseur@voorbeeld.example") })).toEqual({
      ok: false,
      error: "mfaResetElsewhere",
    });
    expect(await resetMemberMfa({ memberId: memberIdOf("team@voorbeeld.example") })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(db.select().from(schema.userTotp).where(eq(schema.userTotp.userId, teamId)).all()).toEqual([]);
    expect(db.select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, teamId)).all()).toEqual([]);
    expect(events("user.mfa_reset")).toEqual([
      { organisationId: current.viewer.organisationId, actorId: current.viewer.userId },
    ]);
    expect(await resetMemberMfa({ memberId: memberIdOf("team@voorbeeld.example") })).toEqual({
      ok: false,
      error: "mfaNotOn",
    });
  });
});

describe("who must set up an app first", () => {
  it("is a beheerder who signed in with a password and has none, and everyone of a gemeente that asks it", () => {
    const beheerder = demoViewer(db, BEHEERDER).userId;
    expect(mustSetUpMfaNow(beheerder, "credentials")).toBe(false);
    db.delete(schema.userTotp).where(eq(schema.userTotp.userId, beheerder)).run();
    expect(mustSetUpMfaNow(beheerder, "credentials")).toBe(true);
    expect(mustSetUpMfaNow(beheerder, "oidc")).toBe(false);

    const team = demoViewer(db, "team@voorbeeld.example");
    db.delete(schema.userTotp).where(eq(schema.userTotp.userId, team.userId)).run();
    expect(mustSetUpMfaNow(team.userId, "credentials")).toBe(false);
    db.update(schema.organisations)
      .set({ mfaRequired: true })
      .where(eq(schema.organisations.id, team.organisationId))
      .run();
    expect(mustSetUpMfaNow(team.userId, "credentials")).toBe(true);
  });
});
