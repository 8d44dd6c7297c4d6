// Anonymising a person against the demo database: only a beheerder, only for someone deactivated in every gemeente;
// their personal data is gone, their activity stays and reads "Voormalig gebruiker", and the audit trail's hash
// chains still add up.
import { and, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type AuditRecord, renderAuditEvent, type Translate } from "@/lib/audit/render";
import type { Viewer } from "@/lib/auth/viewer";
import { accountKey } from "@/lib/domain/sign-in-throttle";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { createUser, setUserActive, resetPassword, changeRole } = await import("./users");
const { answerInvitation } = await import("./invitations");
const { createPage } = await import("./page-changes");
const { getPage } = await import("./pages");
const { setOwnLocale } = await import("./account");
const { startSession } = await import("./session-check");
const { listAuditEvents } = await import("./audit-events");
const { anonymiseUser, anonymisedEmail, FORMER_USER_NAME, INVITATION_REMOVED } = await import("./anonymise");
const { verifyAllChains } = await import("../audit-verify");

let db: AppDatabase;

const NAME = "Mirjam Wisselaar";
const EMAIL = "mirjam.wisselaar@voorbeeld.example";

const viewerOf = (email: string): Viewer => {
  const viewer = demoViewer(db, email);
  const { organisationId, organisationName, role, partnerOrganisationId } = viewer;
  return { ...viewer, memberships: [{ organisationId, organisationName, role, partnerOrganisationId }] };
};
const as = (email: string) => {
  current.viewer = viewerOf(email);
};
const organisationId = (slug: string) =>
  db.select().from(schema.organisations).where(eq(schema.organisations.slug, slug)).get()?.id ?? 0;
const userRow = (id: number) => db.select().from(schema.users).where(eq(schema.users.id, id)).get();
const membership = (id: number) => db.select().from(schema.memberships).where(eq(schema.memberships.id, id)).get();
const memberOf = (email: string, slug: string) =>
  db
    .select({ memberId: schema.memberships.id, userId: schema.users.id })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .where(and(eq(schema.users.email, email), eq(schema.memberships.organisationId, organisationId(slug))))
    .get() ?? { memberId: 0, userId: 0 };
const count = (sql: string, ...params: unknown[]) =>
  Number(
    db.$client
      .prepare(sql)
      .pluck()
      .get(...params),
  );

function translator(locale: "nl" | "en"): Translate {
  return createTranslator({
    locale,
    messages: locale === "nl" ? nl : en,
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;
}

/** The gemeente's activity log as its beheerder reads it, every line as one text. */
async function activityLog(beheerder: string, locale: "nl" | "en" = "nl") {
  as(beheerder);
  const { rows, names, organisationName } = await listAuditEvents({});
  const ctx = { t: translator(locale), locale, names, organisationName };
  return rows.map((row) => {
    const event = renderAuditEvent(row as AuditRecord, ctx);
    return { row, text: [event.sentence, ...event.lines.map((l) => l.text)].join(" | ") };
  });
}

/** A person of Voorbeeld with a page, a session, settings, notifications and an open invitation from Testdorp. */
async function makePerson() {
  as("beheerder@voorbeeld.example");
  const invited = await createUser({ name: NAME, email: EMAIL, role: "teamlid", partnerOrganisationId: null });
  if (!invited.ok) throw new Error("invitation refused");
  const { memberId } = invited.value;
  const { userId } = memberOf(EMAIL, "voorbeeld");
  current.viewer = { ...viewerOf(EMAIL), role: "teamlid" };
  await answerInvitation({ memberId }, "accept");
  as(EMAIL);
  const page = await createPage({ title: "Werkafspraken buurtteam", body: "Wij spreken af…", programmeId: null });
  if (!page.ok) throw new Error("page refused");
  await setOwnLocale("en");
  startSession(userId, userRow(userId)?.sessionVersion ?? 1, "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0");

  const voorbeeld = organisationId("voorbeeld");
  const manager = memberOf("manager@voorbeeld.example", "voorbeeld").userId;
  db.insert(schema.notificationSettings).values({ userId, emailMode: "daily" }).run();
  db.insert(schema.notifications)
    .values([
      { organisationId: voorbeeld, userId, kind: "page_changed", params: { actor: "Joost", title: "x" }, href: "/" },
      // One they caused, for someone else: it names them.
      {
        organisationId: voorbeeld,
        userId: manager,
        actorId: userId,
        kind: "page_changed",
        params: { actor: NAME, title: "Werkafspraken buurtteam" },
        href: "/",
      },
    ])
    .run();
  db.insert(schema.emailOutbox)
    .values({ userId, toAddress: EMAIL, subject: "Melding", text: `Beste ${NAME}`, dedupeKey: `t:${userId}` })
    .run();
  db.insert(schema.signInThrottle)
    .values({ email: accountKey(EMAIL).key, failures: 2, windowStartedAt: Date.now(), blockedUntil: null })
    .run();
  db.insert(schema.userTotp).values({ userId, secret: "JBSWY3DPEHPK3PXP", confirmedAt: new Date() }).run();
  db.insert(schema.recoveryCodes).values({ userId, codeHash: "hash" }).run();
  db.insert(schema.signInChallenges)
    .values({ userId, tokenHash: `challenge-${userId}`, expiresAt: new Date(Date.now() + 60_000) })
    .run();

  as("beheerder@testdorp.example");
  const elsewhere = await createUser({
    name: "M. Wisselaar",
    email: EMAIL,
    role: "management",
    partnerOrganisationId: null,
  });
  if (!elsewhere.ok) throw new Error("second invitation refused");
  return { memberId, userId, pageId: page.value.pageId, invitationId: elsewhere.value.memberId, manager };
}

async function deactivate(email: string, slug = "voorbeeld") {
  as(slug === "voorbeeld" ? "beheerder@voorbeeld.example" : "beheerder@testdorp.example");
  const { memberId } = memberOf(email, slug);
  const result = await setUserActive({ memberId }, { active: false, version: membership(memberId)?.version ?? 0 });
  expect(result).toEqual({ ok: true, value: undefined });
}

let person: Awaited<ReturnType<typeof makePerson>>;

beforeAll(async () => {
  ({ db } = await demoDatabase());
  person = await makePerson();
});

describe("anonymising a person", () => {
  it("is refused while the membership is active, and to anyone but a beheerder", async () => {
    as("beheerder@voorbeeld.example");
    expect(await anonymiseUser({ memberId: person.memberId })).toMatchObject({ ok: false, error: "anonymiseActive" });
    await deactivate(EMAIL);
    for (const email of ["manager@voorbeeld.example", "management@voorbeeld.example", "team@voorbeeld.example"]) {
      as(email);
      expect(await anonymiseUser({ memberId: person.memberId }), email).toEqual({ ok: false, error: "forbidden" });
    }
    // Another gemeente's beheerder does not find Voorbeeld's membership at all.
    as("beheerder@testdorp.example");
    expect(await anonymiseUser({ memberId: person.memberId })).toEqual({ ok: false, error: "notFound" });
    expect(userRow(person.userId)).toMatchObject({ name: NAME, email: EMAIL, anonymisedAt: null });
  });

  it("is refused for someone still active in another gemeente, with nothing changed", async () => {
    const adviseur = memberOf("adviseur@voorbeeld.example", "voorbeeld");
    await deactivate("adviseur@voorbeeld.example");
    const before = userRow(adviseur.userId);
    as("beheerder@voorbeeld.example");
    expect(await anonymiseUser({ memberId: adviseur.memberId })).toEqual({ ok: false, error: "activeElsewhere" });
    expect(userRow(adviseur.userId)).toEqual(before);
    expect(count("select count(*) from audit_events where action = 'user.anonymised'")).toBe(0);
  });

  it("removes the personal data, keeps the activity under 'Voormalig gebruiker', and leaves the chains intact", async () => {
    const { userId, pageId, invitationId, manager } = person;
    const ownEvents = count("select count(*) from audit_events where actor_id = ?", userId);
    expect(ownEvents).toBeGreaterThan(2);
    // Before: the log shows the invitation with the address the beheerder typed.
    expect((await activityLog("beheerder@voorbeeld.example")).map((e) => e.text).join("\n")).toContain(EMAIL);

    as("beheerder@voorbeeld.example");
    expect(await anonymiseUser({ memberId: person.memberId })).toEqual({ ok: true, value: undefined });

    expect(userRow(userId)).toMatchObject({
      name: FORMER_USER_NAME,
      email: anonymisedEmail(userId),
      passwordHash: "",
      locale: "nl",
      lastSignInAt: null,
      lastOrganisationId: null,
      anonymisedAt: expect.any(Date),
    });
    expect(count("select count(*) from user_sessions where user_id = ?", userId)).toBe(0);
    expect(count("select count(*) from notifications where user_id = ?", userId)).toBe(0);
    expect(count("select count(*) from notification_settings where user_id = ?", userId)).toBe(0);
    expect(count("select count(*) from page_follows where user_id = ?", userId)).toBe(0);
    expect(count("select count(*) from email_outbox where user_id = ? or to_address = ?", userId, EMAIL)).toBe(0);
    expect(count("select count(*) from sign_in_throttle where email = ?", accountKey(EMAIL).key)).toBe(0);
    for (const table of ["user_totp", "recovery_codes", "sign_in_challenges"]) {
      expect(count(`select count(*) from ${table} where user_id = ?`, userId), table).toBe(0);
    }
    expect(membership(invitationId), "the open invitation elsewhere").toBeUndefined();
    expect(membership(person.memberId)).toMatchObject({ invitedName: null, active: false });
    // Nowhere in the database's own tables but the audit trail does the name or address remain.
    const dump = JSON.stringify(
      ["users", "memberships", "notifications", "user_sessions", "email_outbox", "sign_in_throttle"].map((table) =>
        db.$client.prepare(`select * from ${table}`).all(),
      ),
    );
    expect(dump).not.toContain(EMAIL);
    expect(dump).not.toContain(NAME);
    expect(
      db.select().from(schema.notifications).where(eq(schema.notifications.userId, manager)).all()[0]?.params,
    ).toMatchObject({ actor: FORMER_USER_NAME });

    // What they made keeps them as its author, by the new name.
    expect(count("select count(*) from audit_events where actor_id = ?", userId)).toBe(ownEvents);
    expect(db.select().from(schema.pages).where(eq(schema.pages.id, pageId)).get()?.createdById).toBe(userId);
    expect((await getPage({ pageId })).updatedByName).toBe(FORMER_USER_NAME);

    // The activity log: their events under "Voormalig gebruiker", nothing of the name or the address.
    const log = await activityLog("beheerder@voorbeeld.example");
    const theirs = log.filter((e) => e.row.actorId === userId);
    expect(theirs.length).toBeGreaterThan(2);
    for (const event of theirs) expect(event.text).toMatch(/^Voormalig gebruiker /);
    const all = log.map((e) => e.text).join("\n");
    expect(all).not.toContain(EMAIL);
    expect(all).not.toContain(NAME);
    expect(all).toContain("Fatima el Amrani wiste de persoonsgegevens van Voormalig gebruiker");
    expect(all).toContain("Fatima el Amrani nodigde Voormalig gebruiker uit");
    const english = (await activityLog("beheerder@voorbeeld.example", "en")).map((e) => e.text).join("\n");
    expect(english).toContain("Former user");
    expect(english).not.toContain(EMAIL);
    // Testdorp's log: its invitation went, and names nobody.
    const testdorp = (await activityLog("beheerder@testdorp.example")).map((e) => e.text).join("\n");
    expect(testdorp).not.toContain(EMAIL);
    expect(testdorp).not.toContain("M. Wisselaar");
    expect(testdorp).toContain("Karin Jansen nodigde Voormalig gebruiker uit");
    expect(
      count(
        "select count(*) from audit_events where action = ? and entity_id = ?",
        INVITATION_REMOVED,
        String(invitationId),
      ),
    ).toBe(1);

    // The event itself holds nothing of the person; the chains of every gemeente still add up.
    const event = db.$client.prepare("select * from audit_events where action = 'user.anonymised'").get();
    expect(event).toMatchObject({
      organisation_id: organisationId("voorbeeld"),
      entity_id: String(userId),
      summary: "",
    });
    expect(JSON.stringify(event)).not.toContain(EMAIL);
    const chains = verifyAllChains(db.$client);
    expect(chains.length).toBeGreaterThan(1);
    expect(chains.filter((chain) => chain.broken !== null)).toEqual([]);
  });

  it("cannot be undone or used again", async () => {
    as("beheerder@voorbeeld.example");
    const { memberId } = person;
    const version = membership(memberId)?.version ?? 0;
    expect(await anonymiseUser({ memberId })).toMatchObject({ ok: false, error: "alreadyAnonymised" });
    expect(await setUserActive({ memberId }, { active: true, version })).toMatchObject({
      ok: false,
      error: "anonymised",
    });
    expect(await resetPassword({ memberId })).toMatchObject({ ok: false, error: "anonymised" });
    expect(await changeRole({ memberId }, { role: "management", partnerOrganisationId: null, version })).toMatchObject({
      ok: false,
      error: "anonymised",
    });
    // Its placeholder address cannot be invited either.
    const again = await createUser({
      name: "Iemand",
      email: anonymisedEmail(person.userId),
      role: "teamlid",
      partnerOrganisationId: null,
    });
    expect(again).toMatchObject({ ok: false, error: "emailTaken" });
    expect(userRow(person.userId)).toMatchObject({ name: FORMER_USER_NAME, passwordHash: "" });
  });
});
