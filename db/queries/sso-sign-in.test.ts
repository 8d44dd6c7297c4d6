// Single sign-on against the demo database: the provider's e-mail address lets in only an account Impactkoers already
// has, with a membership it may use, and every refusal is in the audit trail; a gemeente that requires SSO refuses its
// members' right passwords (and only right ones), and the beheerder's setting is checked, versioned and audited.
import Database from "better-sqlite3";
import { and, eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { DEMO_PASSWORD } = await import("../seed");
const { verifySsoSignIn } = await import("./sso-sign-in");
const { verifySignIn } = await import("./sign-in");
const { setSsoRequired } = await import("./security-settings");
const { claimedEmail } = await import("@/lib/auth/sso-config");
const { loadViewerRecord } = await import("./viewer");

const TEAM = "team@voorbeeld.example";
const ADVISER = "adviseur@voorbeeld.example";
const TESTDORP = "beheerder@testdorp.example";
const VIA_SSO = { viaSso: true };
const SSO_ENV = {
  AUTH_OIDC_ISSUER: "https://login.example/gemeente/v2.0",
  AUTH_OIDC_ID: "impactkoers",
  AUTH_OIDC_SECRET: "geheim",
};

let db: AppDatabase;
let close = () => {};
let seeded: AppDatabase;
let voorbeeld = 0;
let testdorp = 0;
let snapshot: Buffer;

const userId = (email: string) =>
  db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email)).get()?.id ?? 0;
const events = (action: string) =>
  db
    .select({
      organisationId: schema.auditEvents.organisationId,
      actorId: schema.auditEvents.actorId,
      summary: schema.auditEvents.summary,
      changes: schema.auditEvents.changes,
    })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, action))
    .all();
const membership = (email: string, organisationId: number) =>
  and(eq(schema.memberships.userId, userId(email)), eq(schema.memberships.organisationId, organisationId));
const requireSso = (organisationId: number, value = true) =>
  db.update(schema.organisations).set({ requireSso: value }).where(eq(schema.organisations.id, organisationId)).run();

beforeAll(async () => {
  ({ db: seeded, close } = await demoDatabase());
  voorbeeld = demoViewer(seeded, TEAM).organisationId;
  testdorp = demoViewer(seeded, TESTDORP).organisationId;
  snapshot = seeded.$client.serialize();
});
afterAll(() => close());
beforeEach(() => {
  // Every test starts from the demo data as seeded, in a copy of its own.
  db = drizzle({ client: new Database(snapshot), schema, casing: "snake_case" }) as AppDatabase;
  db.$client.pragma("foreign_keys = ON");
  current.db = db;
  Object.assign(process.env, SSO_ENV);
});
afterEach(() => {
  for (const name of Object.keys(SSO_ENV)) delete process.env[name];
});

describe("the e-mail address the provider vouches for", () => {
  it("is the configured claim in lower case, when it holds an address", () => {
    expect(claimedEmail({ email: " Team@Voorbeeld.Example " }, "email")).toBe(TEAM);
    expect(
      claimedEmail({ preferred_username: "Team@Voorbeeld.Example", email: "x@y.example" }, "preferred_username"),
    ).toBe(TEAM);
    expect(claimedEmail({ upn: "team@voorbeeld.example" }, "email")).toBeNull();
    expect(claimedEmail({ email: "geen adres" }, "email")).toBeNull();
    expect(claimedEmail({ email: ["team@voorbeeld.example"] }, "email")).toBeNull();
  });

  it("does not count when the provider says it did not verify it", () => {
    expect(claimedEmail({ email: TEAM, email_verified: false }, "email")).toBeNull();
    expect(claimedEmail({ email: TEAM, email_verified: true }, "email")).toBe(TEAM);
  });
});

describe("signing in through the provider", () => {
  it("lets in an existing account with an active membership, and audits it like a password sign-in", () => {
    const outcome = verifySsoSignIn(TEAM, "sub-1");
    expect(outcome).toEqual({
      kind: "ok",
      user: { id: userId(TEAM), name: "Sanne de Vries", email: TEAM, sessionVersion: 1 },
    });
    expect(events("auth.sign_in")).toEqual([
      {
        organisationId: voorbeeld,
        actorId: userId(TEAM),
        summary: TEAM,
        changes: { after: { sso: true } },
      },
    ]);
    const { lastSignInAt } =
      db
        .select()
        .from(schema.users)
        .where(eq(schema.users.id, userId(TEAM)))
        .get() ?? {};
    expect(lastSignInAt).toBeInstanceOf(Date);
  });

  it("refuses an address nobody has, records it in no gemeente, and creates nobody", async () => {
    const users = await db.$count(schema.users);
    expect(verifySsoSignIn("niemand@elders.example", "sub-2")).toEqual({ kind: "refused", reason: "noAccount" });
    expect(await db.$count(schema.users)).toBe(users);
    expect(events("auth.sso_no_account")).toEqual([
      { organisationId: null, actorId: null, summary: "niemand@elders.example", changes: null },
    ]);
    expect(events("auth.sign_in")).toEqual([]);
  });

  it("refuses an account whose only membership is switched off, in that gemeente's activity log", () => {
    db.update(schema.memberships).set({ active: false }).where(membership(TEAM, voorbeeld)).run();
    expect(verifySsoSignIn(TEAM, "sub-1")).toEqual({ kind: "refused", reason: "noAccount" });
    expect(events("auth.sso_no_account")).toEqual([
      { organisationId: voorbeeld, actorId: userId(TEAM), summary: TEAM, changes: null },
    ]);
  });

  it("refuses an account without any membership", () => {
    db.delete(schema.memberships).where(membership(TEAM, voorbeeld)).run();
    expect(verifySsoSignIn(TEAM, "sub-1")).toEqual({ kind: "refused", reason: "noAccount" });
  });

  it("refuses a provider that sent no address, naming the provider's id of the person", () => {
    expect(verifySsoSignIn(null, "sub-zonder-adres")).toEqual({ kind: "refused", reason: "noEmail" });
    expect(events("auth.sso_no_email")).toEqual([
      { organisationId: null, actorId: null, summary: "sub-zonder-adres", changes: null },
    ]);
  });

  it("lets in the adviser with one membership left active, in that gemeente", () => {
    db.update(schema.memberships).set({ active: false }).where(membership(ADVISER, testdorp)).run();
    expect(verifySsoSignIn(ADVISER, "sub-3").kind).toBe("ok");
    expect(events("auth.sign_in").map((e) => e.organisationId)).toEqual([voorbeeld]);
  });
});

describe("a gemeente that requires SSO", () => {
  it("refuses a member's right password, says why, and records it in that gemeente", async () => {
    requireSso(voorbeeld);
    expect(await verifySignIn(TEAM, DEMO_PASSWORD, "10.1.0.1")).toEqual({ kind: "ssoRequired" });
    expect(events("auth.password_refused_sso")).toEqual([
      { organisationId: voorbeeld, actorId: userId(TEAM), summary: TEAM, changes: null },
    ]);
    expect(events("auth.sign_in")).toEqual([]);
    // The provider still lets the member in.
    expect(verifySsoSignIn(TEAM, "sub-1").kind).toBe("ok");
  });

  it("answers a wrong password as wrong: the requirement tells nothing to who does not know the password", async () => {
    requireSso(voorbeeld);
    expect(await verifySignIn(TEAM, "fout-wachtwoord", "10.1.0.2")).toMatchObject({ kind: "invalid" });
    expect(events("auth.password_refused_sso")).toEqual([]);
  });

  it("refuses the password of someone who also works in a gemeente that does not require it", async () => {
    requireSso(voorbeeld);
    expect(await verifySignIn(ADVISER, DEMO_PASSWORD, "10.1.0.3")).toEqual({ kind: "ssoRequired" });
    requireSso(voorbeeld, false);
    requireSso(testdorp);
    expect(await verifySignIn(ADVISER, DEMO_PASSWORD, "10.1.0.3")).toEqual({ kind: "ssoRequired" });
  });

  it("does not count a membership that is switched off, nor other gemeenten's members", async () => {
    requireSso(testdorp);
    db.update(schema.memberships).set({ active: false }).where(membership(ADVISER, testdorp)).run();
    expect((await verifySignIn(ADVISER, DEMO_PASSWORD, "10.1.0.4")).kind).toBe("ok");
    expect((await verifySignIn(TEAM, DEMO_PASSWORD, "10.1.0.4")).kind).toBe("ok");
  });

  it("ends the sessions that began with a password: the viewer record says so", () => {
    expect(loadViewerRecord(userId(TEAM))?.passwordRefused).toBe(false);
    requireSso(voorbeeld);
    expect(loadViewerRecord(userId(TEAM))?.passwordRefused).toBe(true);
    expect(loadViewerRecord(userId(TESTDORP))?.passwordRefused).toBe(false);
  });

  it("waits while SSO is not configured, so that nobody is locked out", async () => {
    requireSso(voorbeeld);
    for (const name of Object.keys(SSO_ENV)) delete process.env[name];
    expect((await verifySignIn(TEAM, DEMO_PASSWORD, "10.1.0.5")).kind).toBe("ok");
  });
});

describe("the beheerder's setting", () => {
  const version = () =>
    db
      .select({ version: schema.organisations.version })
      .from(schema.organisations)
      .where(eq(schema.organisations.id, voorbeeld))
      .get()?.version ?? 0;
  const required = () =>
    db
      .select({ requireSso: schema.organisations.requireSso })
      .from(schema.organisations)
      .where(eq(schema.organisations.id, voorbeeld))
      .get()?.requireSso;

  beforeEach(() => {
    current.viewer = demoViewer(db, "beheerder@voorbeeld.example");
  });

  it("is switched on and off with the version it was loaded with, and audited", async () => {
    expect(await setSsoRequired({ requireSso: true, version: version() }, VIA_SSO)).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(required()).toBe(true);
    expect(await setSsoRequired({ requireSso: false, version: version() }, VIA_SSO)).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(required()).toBe(false);
    expect(events("organisation.sso_required")).toHaveLength(1);
    expect(events("organisation.sso_optional")).toHaveLength(1);
  });

  it("cannot be switched on while SSO is not configured", async () => {
    for (const name of Object.keys(SSO_ENV)) delete process.env[name];
    expect(await setSsoRequired({ requireSso: true, version: version() }, VIA_SSO)).toEqual({
      ok: false,
      error: "ssoNotConfigured",
      field: "requireSso",
    });
    expect(required()).toBe(false);
  });

  it("refuses a save from an older version that another beheerder changed, showing what is saved", async () => {
    const loaded = version();
    await setSsoRequired({ requireSso: true, version: loaded }, VIA_SSO);
    const answer = await setSsoRequired({ requireSso: false, version: loaded }, VIA_SSO);
    expect(answer).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: { version: loaded + 1, saved: { requireSso: "true" }, changed: ["requireSso"] },
    });
    expect(required()).toBe(true);
    expect(await db.$count(schema.auditEvents, sql`action like 'organisation.sso_%'`)).toBe(1);
  });

  it("is switched on only by a beheerder who signed in through SSO, so that it is known to work", async () => {
    expect(await setSsoRequired({ requireSso: true, version: version() }, { viaSso: false })).toEqual({
      ok: false,
      error: "ssoSignInFirst",
      field: "requireSso",
    });
    expect(required()).toBe(false);
  });

  it("is not for a teamlid", async () => {
    current.viewer = demoViewer(db, TEAM);
    expect(await setSsoRequired({ requireSso: true, version: version() }, VIA_SSO)).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(required()).toBe(false);
  });
});
