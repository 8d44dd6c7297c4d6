// Notifications against the demo database: the changes that tell someone, who hears of them (only those the kernel
// lets read the record, never the actor), the e-mail queued for those who want one right away, the versioned
// settings and marking read.
import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => ({
  ...(await import("../test-database")).testViewer,
  getAccount: async () => {
    const viewer = (await import("../test-database")).current.viewer;
    return viewer ? { user: { id: viewer.userId }, memberships: viewer.memberships, invitations: [] } : null;
  },
}));

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { addActionItem: addActionItemFixture, createProgramme } = await import("../fixtures");
const { addActionItem } = await import("./action-items");
const { decideCorrection, proposeCorrection } = await import("./correction-changes");
const { createPage, updatePage } = await import("./page-changes");
const { isFollowing, setPageFollow } = await import("./page-follows");
const { notify } = await import("./notify");
const { getNotificationSettings, saveNotificationSettings } = await import("./notification-settings");
const { failedEmails, listNotifications, markAllNotificationsRead, markNotificationRead, unreadNotificationCount } =
  await import("./notifications");

const SMTP = { SMTP_HOST: "127.0.0.1", SMTP_PORT: "2525", SMTP_FROM: "Impactkoers <test@voorbeeld.example>" };

let db: AppDatabase;
const people: Record<string, Viewer> = {};

function as(role: string) {
  current.viewer = people[role];
}

const id = (role: string) => people[role]?.userId ?? 0;

/** The notifications of a record, as [role, kind] pairs of who got them. */
function told(entityType: string, entityId: number) {
  const roles = new Map(Object.entries(people).map(([role, viewer]) => [viewer.userId, role]));
  return db
    .select({ userId: schema.notifications.userId, kind: schema.notifications.kind })
    .from(schema.notifications)
    .where(and(eq(schema.notifications.entityType, entityType), eq(schema.notifications.entityId, entityId)))
    .all()
    .map((row) => `${roles.get(row.userId) ?? row.userId}:${row.kind}`)
    .sort();
}

function freshProgramme() {
  return createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Meldingen ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: ["Stichting Buurtkracht"],
  });
}

function session(programme: { id: number; organisationId: number; ownerId: number; round: number }) {
  return addActionItemFixture(db, programme, {
    description: "Eerste actie",
    owner: "team@voorbeeld.example",
    dueDate: null,
  }).sessionId;
}

beforeAll(async () => {
  ({ db } = await demoDatabase());
  for (const [role, email] of Object.entries({
    beheerder: "beheerder@voorbeeld.example",
    programmamanager: "manager@voorbeeld.example",
    management: "management@voorbeeld.example",
    teamlid: "team@voorbeeld.example",
    partner: "partner@voorbeeld.example",
    testdorp: "beheerder@testdorp.example",
  })) {
    const viewer = demoViewer(db, email);
    const { organisationId, organisationName, role: r, partnerOrganisationId } = viewer;
    people[role] = { ...viewer, memberships: [{ organisationId, organisationName, role: r, partnerOrganisationId }] };
  }
});

afterEach(() => {
  for (const key of Object.keys(SMTP)) delete process.env[key];
});

describe("who is told", () => {
  it("tells the owner of a new action point, a partner too, but not someone who gives one to themselves", async () => {
    const programme = freshProgramme();
    const sessionId = session(programme);
    as("teamlid");
    const forManager = await addActionItem(
      { programmeId: programme.id, sessionId },
      { description: "Buurthuis bellen", ownerId: id("programmamanager"), dueDate: null },
    );
    const forPartner = await addActionItem(
      { programmeId: programme.id, sessionId },
      { description: "Flyers", ownerId: id("partner"), dueDate: null },
    );
    const forSelf = await addActionItem(
      { programmeId: programme.id, sessionId },
      { description: "Zelf doen", ownerId: id("teamlid"), dueDate: null },
    );
    if (!forManager.ok || !forPartner.ok || !forSelf.ok) throw new Error("not added");
    expect(told("action_item", forManager.value.actionItemId)).toEqual(["programmamanager:action_item_assigned"]);
    expect(told("action_item", forPartner.value.actionItemId)).toEqual(["partner:action_item_assigned"]);
    expect(told("action_item", forSelf.value.actionItemId)).toEqual([]);

    as("programmamanager");
    const list = await listNotifications({ page: 1 });
    const mine = list.rows.find((row) => row.params.description === "Buurthuis bellen");
    expect(mine).toMatchObject({ kind: "action_item_assigned", readAt: null });
    expect(mine?.params).toMatchObject({ actor: people.teamlid?.name, programme: expect.stringMatching(/^Meldingen/) });
  });

  it("asks everyone who may decide on a proposed correction, then tells the programme's team the decision", async () => {
    const programme = freshProgramme();
    as("programmamanager");
    const proposed = await proposeCorrection(
      { programmeId: programme.id },
      {
        title: "Minder flyers",
        whatChanges: "We stoppen met flyers.",
        why: "Ze werken niet.",
        decisionLevel: "team",
        tocChange: null,
        findingIds: [],
        learningQuestionIds: [],
        indicatorIds: [],
        lessonIds: [],
      },
    );
    if (!proposed.ok) throw new Error(proposed.error);
    const correctionId = proposed.value.correctionId;
    expect(told("course_correction", correctionId)).toEqual([
      "beheerder:correction_proposed",
      "management:correction_proposed",
    ]);

    as("management");
    expect(
      await decideCorrection({ programmeId: programme.id, correctionId }, { decision: "besloten", note: "Ja." }),
    ).toEqual({ ok: true, value: undefined });
    expect(told("course_correction", correctionId)).toEqual([
      "beheerder:correction_proposed",
      "management:correction_proposed",
      "programmamanager:correction_decided",
      "teamlid:correction_decided",
    ]);
  });

  it("tells a page's followers of a new version, only while they may read it, and never its writer", async () => {
    as("teamlid");
    const created = await createPage({ title: "Werkafspraken", body: "Eerste versie.", programmeId: null });
    if (!created.ok) throw new Error(created.error);
    const pageId = created.value.pageId;
    expect(await isFollowing({ pageId })).toBe(true);

    as("management");
    expect(await isFollowing({ pageId })).toBe(false);
    expect(await setPageFollow({ pageId }, true)).toEqual({ ok: true, value: { changed: true } });
    expect(await setPageFollow({ pageId }, true)).toEqual({ ok: true, value: { changed: false } });
    // A partner may not read a gemeente-wide page: following it is refused, and it is not there for them.
    as("partner");
    expect(await setPageFollow({ pageId }, true)).toEqual({ ok: false, error: "notFound" });

    // A follow from before they lost access (or written by hand) tells them nothing either.
    db.insert(schema.pageFollows)
      .values({ organisationId: people.partner?.organisationId ?? 0, userId: id("partner"), pageId })
      .run();

    as("programmamanager");
    const saved = await updatePage({ pageId }, { title: "Werkafspraken", body: "Tweede versie.", baseVersion: 1 });
    expect(saved).toMatchObject({ ok: true, value: { outcome: "saved", version: 2 } });
    expect(told("page", pageId)).toEqual(["management:page_changed", "teamlid:page_changed"]);

    as("management");
    await setPageFollow({ pageId }, false);
    as("teamlid");
    await updatePage({ pageId }, { title: "Werkafspraken", body: "Derde versie.", baseVersion: 2 });
    // The manager follows since their save; management stopped; the writer is not told of their own change.
    const third = db
      .select({ userId: schema.notifications.userId })
      .from(schema.notifications)
      .where(eq(schema.notifications.dedupeKey, `page_changed:${pageId}:3`))
      .all();
    expect(third.map((row) => row.userId)).toEqual([id("programmamanager")]);
  });

  it("leaves out whoever may not read the record: another gemeente, a partner elsewhere, an inactive member", () => {
    const programme = createProgramme(db, {
      gemeente: "Gemeente Voorbeeld",
      name: `Zonder partner ${Math.random()}`,
      societalChallenge: "x",
      owner: "manager@voorbeeld.example",
      team: [],
      partners: [],
    });
    db.update(schema.memberships)
      .set({ active: false })
      .where(eq(schema.memberships.userId, id("management")))
      .run();
    try {
      const created = db.transaction((tx) =>
        notify(tx, {
          organisationId: programme.organisationId,
          actorId: id("programmamanager"),
          kind: "action_item_assigned",
          params: { actor: "x", programme: "y", description: "z" },
          href: `/programmes/${programme.id}`,
          entity: { type: "test", id: programme.id },
          readable: { permission: "programme.read", programmeId: programme.id },
          recipients: ["programmamanager", "teamlid", "partner", "testdorp", "management", "beheerder"].map(id),
          dedupeKey: `test:${programme.id}`,
        }),
      );
      expect(created).toHaveLength(2);
      expect(told("test", programme.id)).toEqual(["beheerder:action_item_assigned", "teamlid:action_item_assigned"]);
    } finally {
      db.update(schema.memberships)
        .set({ active: true })
        .where(eq(schema.memberships.userId, id("management")))
        .run();
    }
  });
});

describe("e-mail right away", () => {
  it("queues an e-mail in the reader's language for those who chose it, only when e-mail is configured", async () => {
    const programme = freshProgramme();
    const sessionId = session(programme);
    as("programmamanager");
    expect(await saveNotificationSettings({ emailMode: "immediate", version: 1 })).toEqual({
      ok: false,
      error: "emailUnavailable",
      field: "emailMode",
    });
    Object.assign(process.env, SMTP, { APP_URL: "https://impactkoers.voorbeeld.example/" });
    expect(await saveNotificationSettings({ emailMode: "immediate", version: 1 })).toEqual({
      ok: true,
      value: { changed: true },
    });

    as("teamlid");
    const added = await addActionItem(
      { programmeId: programme.id, sessionId },
      { description: "Verslag schrijven", ownerId: id("programmamanager"), dueDate: null },
    );
    if (!added.ok) throw new Error(added.error);
    const notification = db
      .select()
      .from(schema.notifications)
      .where(eq(schema.notifications.dedupeKey, `action_item_assigned:${added.value.actionItemId}`))
      .get();
    expect(notification?.emailedAt).toBeInstanceOf(Date);
    const mail = db
      .select()
      .from(schema.emailOutbox)
      .where(eq(schema.emailOutbox.dedupeKey, `notification:${notification?.id}`))
      .get();
    expect(mail).toMatchObject({ toAddress: "manager@voorbeeld.example", status: "wachtend", attempts: 0 });
    expect(mail?.subject).toMatch(/^Impactkoers: .+ gaf u een actiepunt bij Meldingen .+: ‘Verslag schrijven’\.$/);
    expect(mail?.text).toContain(`https://impactkoers.voorbeeld.example/notifications/${notification?.id}/open`);
    expect(mail?.text).toContain("Gemeente: Gemeente Voorbeeld");

    // Without a mail server nothing is queued, whatever the person chose.
    for (const key of Object.keys(SMTP)) delete process.env[key];
    const quiet = await addActionItem(
      { programmeId: programme.id, sessionId },
      { description: "Nog iets", ownerId: id("programmamanager"), dueDate: null },
    );
    if (!quiet.ok) throw new Error(quiet.error);
    const count = db
      .select()
      .from(schema.emailOutbox)
      .where(eq(schema.emailOutbox.userId, id("programmamanager")));
    expect(count.all()).toHaveLength(1);

    as("programmamanager");
    await saveNotificationSettings({ emailMode: "off", version: 2 });
  });
});

describe("the settings", () => {
  it("refuses a save from an older version that would change what someone saved meanwhile", async () => {
    Object.assign(process.env, SMTP);
    as("teamlid");
    const start = await getNotificationSettings();
    expect(start).toMatchObject({ emailMode: "off", version: 1, emailAvailable: true });
    expect(await saveNotificationSettings({ emailMode: "daily", version: 1 })).toEqual({
      ok: true,
      value: { changed: true },
    });
    // The form of another browser tab was opened on version 1.
    const stale = await saveNotificationSettings({ emailMode: "immediate", version: 1 });
    expect(stale).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: { version: 2, changed: ["emailMode"] },
    });
    expect(await getNotificationSettings()).toMatchObject({ emailMode: "daily", version: 2 });
    // Saving the same as what is saved loses nothing and goes through.
    expect(await saveNotificationSettings({ emailMode: "daily", version: 1 })).toEqual({
      ok: true,
      value: { changed: false },
    });
    const audited = db
      .select({ after: schema.auditEvents.changes })
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.action, "user.notification_settings_changed"),
          eq(schema.auditEvents.actorId, id("teamlid")),
        ),
      )
      .all();
    expect(audited).toHaveLength(1);
    await saveNotificationSettings({ emailMode: "off", version: 2 });
  });
});

describe("marking read", () => {
  it("marks one's own notifications read, one or all, and never another person's", async () => {
    const programme = freshProgramme();
    const sessionId = session(programme);
    as("teamlid");
    for (const description of ["Een", "Twee", "Drie"]) {
      await addActionItem(
        { programmeId: programme.id, sessionId },
        { description, ownerId: id("management"), dueDate: null },
      );
    }
    as("management");
    const before = await unreadNotificationCount();
    const rows = (await listNotifications({ page: 1 })).rows.filter((row) =>
      ["Een", "Twee", "Drie"].includes(String(row.params.description)),
    );
    expect(rows.map((row) => row.params.description)).toEqual(["Drie", "Twee", "Een"]);
    const first = rows[0]?.id ?? 0;

    as("teamlid");
    expect(await markNotificationRead({ notificationId: first })).toEqual({ ok: false, error: "notificationGone" });
    as("management");
    expect(await markNotificationRead({ notificationId: first })).toMatchObject({
      ok: true,
      value: {
        href: expect.stringMatching(new RegExp(`^/programmes/${programme.id}/reflections/${sessionId}#actie-`)),
      },
    });
    expect(await unreadNotificationCount()).toBe(before - 1);
    expect(await markAllNotificationsRead()).toEqual({ ok: true, value: { count: before - 1 } });
    expect(await unreadNotificationCount()).toBe(0);
    expect(await markAllNotificationsRead()).toEqual({ ok: true, value: { count: 0 } });
  });

  it("pages the list, newest first", async () => {
    const programme = freshProgramme();
    const sessionId = session(programme);
    as("teamlid");
    for (let i = 1; i <= 23; i++) {
      await addActionItem(
        { programmeId: programme.id, sessionId },
        { description: `Punt ${i}`, ownerId: id("beheerder"), dueDate: null },
      );
    }
    as("beheerder");
    const first = await listNotifications({ page: 1 });
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0]?.params.description).toBe("Punt 23");
    const last = await listNotifications({ page: first.pageCount + 5 });
    expect(last.page).toBe(first.pageCount);
    expect(first.total).toBeGreaterThanOrEqual(23);
  });
});

describe("e-mails that could not be sent", () => {
  it("are counted for the beheerder: the gemeente's own and the summaries to its people, not another gemeente's", async () => {
    const voorbeeld = people.beheerder?.organisationId ?? 0;
    const testdorp = people.testdorp?.organisationId ?? 0;
    const mail = (dedupeKey: string, organisationId: number | null, userId: number, status: "mislukt" | "wachtend") =>
      db
        .insert(schema.emailOutbox)
        .values({ organisationId, userId, toAddress: "x@y", subject: "s", text: "t", dedupeKey, status })
        .run();
    mail("f1", voorbeeld, id("programmamanager"), "mislukt");
    mail("f2", null, id("teamlid"), "mislukt");
    mail("f3", testdorp, id("testdorp"), "mislukt");
    mail("f4", null, id("testdorp"), "mislukt");
    mail("f5", voorbeeld, id("teamlid"), "wachtend");
    as("beheerder");
    expect(await failedEmails()).toBe(2);
    as("testdorp");
    expect(await failedEmails()).toBe(2);
    as("programmamanager");
    expect(await failedEmails()).toBeNull();
  });
});
