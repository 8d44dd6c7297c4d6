// Memberships across gemeenten against the demo database: an invitation answers the same for an existing and a new
// address, gives no access until the person accepts it, and one gemeente's changes never reach another.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked; the account behind them is read as the app reads it.
vi.mock("@/lib/auth/viewer", async () => ({
  ...(await import("../test-database")).testViewer,
  getAccount: async () => {
    const { loadViewerRecord } = await import("./viewer");
    const { current } = await import("../test-database");
    return current.viewer ? loadViewerRecord(current.viewer.userId) : null;
  },
}));

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { createUser, getUser, listUsers, resetPassword, setUserActive } = await import("./users");
const { answerInvitation } = await import("./invitations");
const { loadViewerRecord } = await import("./viewer");
const { verifySignIn } = await import("./sign-in");

const PASSWORD = "welkom-impactkoers";
let db: AppDatabase;

const as = (email: string) => {
  current.viewer = demoViewer(db, email);
};
const userId = (email: string) =>
  db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email)).get()?.id ?? 0;
const account = (email: string) => db.select().from(schema.users).where(eq(schema.users.email, email)).get();
const organisationId = (slug: string) =>
  db.select({ id: schema.organisations.id }).from(schema.organisations).where(eq(schema.organisations.slug, slug)).get()
    ?.id ?? 0;
const eventsOf = (organisation: number, action: string) =>
  db
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.organisationId, organisation), eq(schema.auditEvents.action, action)))
    .all();
const gemeentenOf = (email: string) => loadViewerRecord(userId(email))?.memberships.map((m) => m.organisationName);

beforeAll(async () => {
  ({ db } = await demoDatabase());
});

describe("inviting someone to a gemeente", () => {
  it("answers the same whether or not the address already has an account, and shows only what was typed", async () => {
    as("beheerder@testdorp.example");
    const before = account("team@voorbeeld.example");
    const existing = await createUser({
      name: "S. de Vries",
      email: "team@voorbeeld.example",
      role: "teamlid",
      partnerOrganisationId: null,
    });
    const fresh = await createUser({
      name: "Nieuwe Collega",
      email: "nieuw@testdorp.example",
      role: "teamlid",
      partnerOrganisationId: null,
    });
    if (!existing.ok || !fresh.ok) throw new Error("invitation refused");
    expect(Object.keys(existing.value).sort()).toEqual(Object.keys(fresh.value).sort());
    expect(existing.value.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(fresh.value.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    const invited = (await listUsers()).filter((u) => u.status === "invited");
    expect(invited.map((u) => u.name).sort()).toEqual(["Nieuwe Collega", "S. de Vries"]);
    expect(invited.every((u) => u.lastSignInAt === null)).toBe(true);
    const testdorp = organisationId("testdorp");
    expect(eventsOf(testdorp, "membership.invited").map((e) => e.summary)).toEqual([
      "S. de Vries (team@voorbeeld.example): teamlid",
      "Nieuwe Collega (nieuw@testdorp.example): teamlid",
    ]);
    for (const memberId of [existing.value.memberId, fresh.value.memberId]) {
      const member = await getUser({ memberId });
      expect(member.canResetPassword).toBe(true);
      const reset = await resetPassword({ memberId });
      expect(reset.ok).toBe(true);
    }
    // The existing account kept its own password and its sessions, whatever Testdorp did.
    const after = account("team@voorbeeld.example");
    expect(after?.passwordHash).toBe(before?.passwordHash);
    expect(after?.sessionVersion).toBe(before?.sessionVersion);
  });

  it("gives no access until the person accepts, on their next sign-in", async () => {
    expect(gemeentenOf("team@voorbeeld.example")).toEqual(["Gemeente Voorbeeld"]);
    expect(loadViewerRecord(userId("team@voorbeeld.example"))?.invitations.map((i) => i.organisationName)).toEqual([
      "Gemeente Testdorp",
    ]);
    // Signing in with their own password does not accept it for them.
    expect((await verifySignIn("team@voorbeeld.example", PASSWORD, "192.0.2.1")).kind).toBe("ok");
    expect(gemeentenOf("team@voorbeeld.example")).toEqual(["Gemeente Voorbeeld"]);

    as("team@voorbeeld.example");
    const invitation = loadViewerRecord(userId("team@voorbeeld.example"))?.invitations[0];
    const answered = await answerInvitation({ memberId: invitation?.memberId ?? 0 }, "accept");
    expect(answered).toEqual({ ok: true, value: { organisationId: organisationId("testdorp") } });
    expect(gemeentenOf("team@voorbeeld.example")).toEqual(["Gemeente Testdorp", "Gemeente Voorbeeld"]);
    expect(eventsOf(organisationId("testdorp"), "membership.accepted")).toHaveLength(1);
  });

  it("lets nobody else answer someone's invitation", async () => {
    as("beheerder@testdorp.example");
    const invited = await createUser({
      name: "Manager Voorbeeld",
      email: "manager@voorbeeld.example",
      role: "management",
      partnerOrganisationId: null,
    });
    if (!invited.ok) throw new Error("invitation refused");
    as("partner@voorbeeld.example");
    expect(await answerInvitation({ memberId: invited.value.memberId }, "accept")).toEqual({
      ok: true,
      value: { organisationId: null },
    });
    expect(gemeentenOf("manager@voorbeeld.example")).toEqual(["Gemeente Voorbeeld"]);
    // Declined by the person: no membership is left, and Testdorp's log says so.
    as("manager@voorbeeld.example");
    await answerInvitation({ memberId: invited.value.memberId }, "decline");
    expect(loadViewerRecord(userId("manager@voorbeeld.example"))?.invitations).toEqual([]);
    expect(eventsOf(organisationId("testdorp"), "membership.declined")).toHaveLength(1);
  });

  it("lets a new account accept the invitation that made it by signing in with its one-time password", async () => {
    as("beheerder@testdorp.example");
    const created = await createUser({
      name: "Eerste Keer",
      email: "eerste@testdorp.example",
      role: "management",
      partnerOrganisationId: null,
    });
    if (!created.ok) throw new Error("invitation refused");
    expect(gemeentenOf("eerste@testdorp.example")).toEqual([]);
    expect((await verifySignIn("eerste@testdorp.example", created.value.password, "192.0.2.1")).kind).toBe("ok");
    expect(gemeentenOf("eerste@testdorp.example")).toEqual(["Gemeente Testdorp"]);
  });
});

describe("one gemeente's changes stay in that gemeente", () => {
  it("deactivating a membership ends that gemeente's access only, not the person's sessions", async () => {
    as("beheerder@testdorp.example");
    const before = account("team@voorbeeld.example");
    const member = (await listUsers()).find((u) => u.email === "team@voorbeeld.example");
    expect(
      await setUserActive({ memberId: member?.memberId ?? 0 }, { active: false, version: member?.version ?? 0 }),
    ).toEqual({ ok: true, value: undefined });
    expect(gemeentenOf("team@voorbeeld.example")).toEqual(["Gemeente Voorbeeld"]);
    expect(account("team@voorbeeld.example")?.sessionVersion).toBe(before?.sessionVersion);
  });

  it("records a sign-in only in the gemeente the user lands in: the one used last", async () => {
    const adviser = userId("adviseur@voorbeeld.example");
    const [voorbeeld, testdorp] = [organisationId("voorbeeld"), organisationId("testdorp")];
    db.update(schema.users).set({ lastOrganisationId: testdorp }).where(eq(schema.users.id, adviser)).run();
    const signIns = (organisation: number) =>
      eventsOf(organisation, "auth.sign_in").filter((e) => e.actorId === adviser).length;
    const [inVoorbeeld, inTestdorp] = [signIns(voorbeeld), signIns(testdorp)];
    expect((await verifySignIn("adviseur@voorbeeld.example", PASSWORD, "192.0.2.1")).kind).toBe("ok");
    expect(signIns(voorbeeld)).toBe(inVoorbeeld);
    expect(signIns(testdorp)).toBe(inTestdorp + 1);
  });

  it("does not let a beheerder name or reach a membership of another gemeente", async () => {
    as("beheerder@voorbeeld.example");
    const theirs = (
      await (async () => {
        as("beheerder@testdorp.example");
        return listUsers();
      })()
    )[0];
    as("beheerder@voorbeeld.example");
    await expect(getUser({ memberId: theirs?.memberId ?? 0 })).rejects.toThrow("not found");
    expect(
      await setUserActive({ memberId: theirs?.memberId ?? 0 }, { active: false, version: theirs?.version ?? 0 }),
    ).toEqual({ ok: false, error: "notFound" });
  });
});
