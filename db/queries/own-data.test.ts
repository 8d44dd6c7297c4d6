// "Mijn gegevens downloaden" against the demo database: the file holds the person's profile, gemeenten, sessions,
// settings, notifications, records and log lines, in every gemeente, and nothing of anyone else; the download is in
// the activity log.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { createPage } = await import("./page-changes");
const { startSession } = await import("./session-check");
const { exportOwnData } = await import("./own-data");

let db: AppDatabase;

const ADVISEUR = "adviseur@voorbeeld.example";

const viewerOf = (email: string): Viewer => {
  const viewer = demoViewer(db, email);
  const { organisationId, organisationName, role, partnerOrganisationId } = viewer;
  return { ...viewer, memberships: [{ organisationId, organisationName, role, partnerOrganisationId }] };
};
const userId = (email: string) =>
  db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email)).get()?.id ?? 0;
const organisationId = (slug: string) =>
  db.select().from(schema.organisations).where(eq(schema.organisations.slug, slug)).get()?.id ?? 0;

let pageId = 0;

beforeAll(async () => {
  ({ db } = await demoDatabase());
  // The adviser works in two gemeenten. They write a page; the manager answers in a notification to them.
  const me = userId(ADVISEUR);
  const manager = userId("manager@voorbeeld.example");
  current.viewer = viewerOf(ADVISEUR);
  const page = await createPage({ title: "Notities adviesgesprek", body: "Eerste indruk.", programmeId: null });
  if (!page.ok) throw new Error("page refused");
  pageId = page.value.pageId;
  startSession(me, 1, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Safari/605.1.15");
  startSession(manager, 1, "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0");
  db.insert(schema.notificationSettings).values({ userId: me, emailMode: "immediate" }).run();
  db.insert(schema.notifications)
    .values([
      {
        organisationId: organisationId("testdorp"),
        userId: me,
        actorId: userId("beheerder@testdorp.example"),
        kind: "page_changed",
        params: { actor: "Karin Jansen", title: "Werkplan Testdorp" },
        href: "/pages/1",
      },
      // Someone else's notification: not theirs to download.
      {
        organisationId: organisationId("voorbeeld"),
        userId: manager,
        actorId: me,
        kind: "page_changed",
        params: { actor: "Pieter Smit", title: "Alleen voor Joost" },
        href: "/pages/2",
      },
    ])
    .run();
});

describe("downloading one's own data", () => {
  it("holds the person's own data in every gemeente, and nothing of anyone else", async () => {
    current.viewer = viewerOf(ADVISEUR);
    const me = userId(ADVISEUR);
    const data = await exportOwnData();

    expect(data.profile).toMatchObject({ id: me, email: ADVISEUR, name: "Pieter Smit" });
    expect(data.gemeenten.map((g) => `${g.gemeente}: ${g.role}`)).toEqual([
      "Gemeente Testdorp: management",
      "Gemeente Voorbeeld: programmamanager",
    ]);
    expect(data.sessions).toEqual([expect.objectContaining({ device: "Safari / macOS", endedAt: null })]);
    expect(data.notificationSettings).toMatchObject({ emailMode: "immediate" });
    expect(data.notifications).toEqual([
      expect.objectContaining({
        gemeente: "Gemeente Testdorp",
        kind: "page_changed",
        params: { title: "Werkplan Testdorp" },
        causedBy: "someone else",
      }),
    ]);
    expect(data.records).toContainEqual(
      expect.objectContaining({
        gemeente: "Gemeente Voorbeeld",
        type: "page",
        id: String(pageId),
        title: "Notities adviesgesprek",
      }),
    );
    expect(data.auditEvents).toContainEqual(
      expect.objectContaining({ action: "page.created", by: "self", recordTitle: "Notities adviesgesprek" }),
    );
    // What was done to their account is theirs too: the accounts made for them in both gemeenten.
    expect(
      data.auditEvents.filter((e) => e.action === "user.created" && e.by === "system").map((e) => e.gemeente),
    ).toEqual(["Gemeente Voorbeeld", "Gemeente Testdorp"]);

    // Nothing of another person: no other account's name or address, wherever it would hide.
    const file = JSON.stringify(data);
    const others = db
      .select({ name: schema.users.name, email: schema.users.email })
      .from(schema.users)
      .all()
      .filter((u) => u.email !== ADVISEUR);
    expect(others.length).toBeGreaterThan(4);
    for (const other of others) {
      expect(file, other.email).not.toContain(other.email);
      expect(file, other.name).not.toContain(other.name);
    }
    expect(file).not.toContain("Alleen voor Joost");
    expect(file).not.toContain("Firefox");
  });

  it("is in the activity log of the gemeente the person works in, without their data", async () => {
    current.viewer = viewerOf(ADVISEUR);
    const me = userId(ADVISEUR);
    await exportOwnData();
    const events = db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, "user.data_exported"), eq(schema.auditEvents.actorId, me)))
      .all();
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({
      organisationId: current.viewer.organisationId,
      entityType: "user",
      entityId: String(me),
      summary: "JSON",
      changes: null,
    });
  });

  it("gives another person only their own", async () => {
    current.viewer = viewerOf("team@voorbeeld.example");
    const data = await exportOwnData();
    expect(data.profile.email).toBe("team@voorbeeld.example");
    const file = JSON.stringify(data);
    expect(file).not.toContain(ADVISEUR);
    expect(file).not.toContain("Notities adviesgesprek");
    expect(data.sessions).toEqual([]);
  });
});
