// The data layer of shared pages against the demo database: who reads and writes what, conflicts and restores.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppDatabase } from "../client";
import { ForbiddenError, NotFoundError } from "../errors";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");

const schema = await import("../schema");
const { demoViewer } = await import("./demo-viewer");
const { addPageComment, createPage, restorePageRevision, updatePage } = await import("./page-changes");
const { getPage, getPageForEdit, getPageHistory, listPages, listProgrammePages, newPageContext, PAGES_PAGE_SIZE } =
  await import("./pages");

const notFound = { ok: false, error: "notFound" };
const forbidden = { ok: false, error: "forbidden" };

let db: AppDatabase;
const people: Record<string, Viewer> = {};
let pilotId = 0;
let taalcafeId = 0;

const viewerFor = (email: string): Viewer => demoViewer(db, email);

function as(role: string) {
  current.viewer = people[role];
}

const programmeId = (name: string) =>
  db.select({ id: schema.programmes.id }).from(schema.programmes).where(eq(schema.programmes.name, name)).get()?.id ??
  0;

async function newPage(programme: number | null, title = `Pagina ${Math.random()}`, body = "Eerste versie.") {
  const result = await createPage({ title, body, programmeId: programme });
  if (!result.ok) throw new Error(result.error);
  return result.value.pageId;
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
    people[role] = viewerFor(email);
  }
  pilotId = programmeId("Samen minder eenzaam in Oost");
  taalcafeId = programmeId("Taalcafé voor nieuwkomers");
  expect(pilotId).toBeGreaterThan(0);
  expect(taalcafeId).toBeGreaterThan(0);
});

describe("who reads and writes pages", () => {
  it("lets everyone in the gemeente but a partner read and write a gemeente-wide page", async () => {
    as("beheerder");
    const pageId = await newPage(null);
    for (const role of ["programmamanager", "management", "teamlid"]) {
      as(role);
      expect((await getPage({ pageId })).mayWrite, role).toBe(true);
    }
    as("partner");
    await expect(getPage({ pageId })).rejects.toBeInstanceOf(NotFoundError);
    expect(await updatePage({ pageId }, { title: "x", body: "y", baseVersion: 1 })).toEqual(notFound);
    expect(await addPageComment({ pageId }, { body: "Mag dit?" })).toEqual(notFound);
    as("testdorp");
    await expect(getPage({ pageId })).rejects.toBeInstanceOf(NotFoundError);
    expect(await restorePageRevision({ pageId }, { version: 1 })).toEqual(notFound);
    as("beheerder");
    expect((await getPage({ pageId })).version).toBe(1);
  });

  it("lets a partner read and write the pages of its programme, and no others", async () => {
    as("beheerder");
    const pilotPage = await newPage(pilotId);
    const taalcafePage = await newPage(taalcafeId);
    as("partner");
    const page = await getPage({ pageId: pilotPage });
    expect(page.mayWrite).toBe(true);
    const saved = await updatePage({ pageId: pilotPage }, { title: page.title, body: "Van Ahmed.", baseVersion: 1 });
    expect(saved).toEqual({ ok: true, value: { outcome: "saved", version: 2 } });
    expect((await addPageComment({ pageId: pilotPage }, { body: "Aangevuld." })).ok).toBe(true);

    await expect(getPage({ pageId: taalcafePage })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPageForEdit({ pageId: taalcafePage })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPageHistory({ pageId: taalcafePage })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listProgrammePages({ programmeId: taalcafeId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(newPageContext({ programmeId: taalcafeId })).rejects.toBeInstanceOf(NotFoundError);

    const listed = await listPages();
    expect(listed.pages.map((p) => p.id)).toContain(pilotPage);
    expect(listed.pages.every((p) => p.programmeId === pilotId)).toBe(true);
    expect(listed.programmes.map((p) => p.id)).toEqual([pilotId]);
    expect(listed.showsWholeGemeente).toBe(false);

    const context = await newPageContext({});
    expect(context.wholeGemeente).toBe(false);
    expect(context.programmes.map((p) => p.id)).toEqual([pilotId]);
    expect(await createPage({ title: "Eigen", body: "", programmeId: null })).toEqual(forbidden);
    expect(await createPage({ title: "Taal", body: "", programmeId: taalcafeId })).toEqual(notFound);
    as("testdorp");
    expect(await createPage({ title: "Over de grens", body: "", programmeId: pilotId })).toEqual(notFound);
  });

  it("lists every page of the gemeente for its own people, filtered by programme", async () => {
    as("beheerder");
    const wide = await newPage(null);
    const pilot = await newPage(pilotId);
    as("management");
    const all = await listPages();
    expect(all.pages.map((p) => p.id)).toEqual(expect.arrayContaining([wide, pilot]));
    const none = await listPages({ programme: "none" });
    expect(none.pages.every((p) => p.programmeId === null)).toBe(true);
    expect(none.pages.map((p) => p.id)).toContain(wide);
    const onlyPilot = await listPages({ programme: pilotId });
    expect(onlyPilot.pages.map((p) => p.id)).toContain(pilot);
    expect(onlyPilot.pages.map((p) => p.id)).not.toContain(wide);
    as("testdorp");
    expect((await listPages()).total).toBe(0);
  });

  it("shows a long list a screen at a time, newest change first, the filter and the counts kept", async () => {
    as("beheerder");
    const before = await listPages({ programme: pilotId });
    const made: number[] = [];
    for (let i = 0; i < PAGES_PAGE_SIZE + 2; i++) made.push(await newPage(pilotId, `Notulen ${i}`));
    const first = await listPages({ programme: pilotId });
    expect(first.pages).toHaveLength(PAGES_PAGE_SIZE);
    expect(first.matching).toBe(before.matching + made.length);
    expect(first.total).toBeGreaterThan(first.matching);
    expect(first.pageCount).toBe(Math.ceil(first.matching / PAGES_PAGE_SIZE));
    expect(first.pages[0]?.id).toBe(made.at(-1));
    const second = await listPages({ programme: pilotId, page: 2 });
    expect(second.page).toBe(2);
    expect(second.pages.every((p) => p.programmeId === pilotId)).toBe(true);
    // No page shows twice, and together the screens hold every page of the filter.
    const seen = new Set<number>();
    for (let page = 1; page <= first.pageCount; page++) {
      for (const row of (await listPages({ programme: pilotId, page })).pages) seen.add(row.id);
    }
    expect(seen.size).toBe(first.matching);
    // A page number past the end shows the last screen; an unreadable one the first.
    expect((await listPages({ programme: pilotId, page: 999 })).page).toBe(first.pageCount);
    expect((await listPages({ programme: pilotId, page: -3 })).page).toBe(1);

    const programmeList = await listProgrammePages({ programmeId: pilotId });
    expect(programmeList.pages).toHaveLength(PAGES_PAGE_SIZE);
    expect(programmeList.matching).toBe(first.matching);
  });
});

describe("saving, conflicts and restoring", () => {
  it("refuses to overwrite a change saved in between and saves the merge based on the new version", async () => {
    as("beheerder");
    const pageId = await newPage(pilotId, "Afspraken", "We beginnen om negen uur.");
    as("teamlid");
    expect(await updatePage({ pageId }, { title: "Afspraken", body: "Sanne: om half tien.", baseVersion: 1 })).toEqual({
      ok: true,
      value: { outcome: "saved", version: 2 },
    });
    as("programmamanager");
    const conflict = await updatePage({ pageId }, { title: "Afspraken", body: "Joost: om tien uur.", baseVersion: 1 });
    expect(conflict).toMatchObject({
      ok: true,
      value: {
        outcome: "conflict",
        current: { version: 2, body: "Sanne: om half tien.", updatedByName: "Sanne de Vries" },
      },
    });
    expect((await getPage({ pageId })).body).toBe("Sanne: om half tien.");

    const merged = "Sanne: om half tien.\nJoost: om tien uur.";
    expect(await updatePage({ pageId }, { title: "Afspraken", body: merged, baseVersion: 2 })).toEqual({
      ok: true,
      value: { outcome: "saved", version: 3 },
    });
    const history = await getPageHistory({ pageId });
    expect(history.revisions.map((r) => [r.version, r.authorName])).toEqual([
      [3, "Joost van Dijk"],
      [2, "Sanne de Vries"],
      [1, "Fatima el Amrani"],
    ]);
    expect(history.compare?.from.body).toBe("Sanne: om half tien.");
    expect(history.compare?.to.body).toBe(merged);
  });

  it("counts a title change as a change, and writes nothing when nothing changed", async () => {
    as("beheerder");
    const pageId = await newPage(null, "Oud", "Tekst.");
    as("teamlid");
    await updatePage({ pageId }, { title: "Nieuw", body: "Tekst.", baseVersion: 1 });
    as("management");
    expect(await updatePage({ pageId }, { title: "Oud", body: "Andere tekst.", baseVersion: 1 })).toMatchObject({
      value: { outcome: "conflict" },
    });
    expect(await updatePage({ pageId }, { title: "Nieuw", body: "Tekst.", baseVersion: 2 })).toEqual({
      ok: true,
      value: { outcome: "unchanged" },
    });
    expect((await getPage({ pageId })).version).toBe(2);
  });

  it("restores an old version as a new revision and keeps every revision", async () => {
    as("beheerder");
    const pageId = await newPage(pilotId, "Herstel", "Versie een.");
    await updatePage({ pageId }, { title: "Herstel", body: "Versie twee.", baseVersion: 1 });
    as("partner");
    expect(await restorePageRevision({ pageId }, { version: 1 })).toEqual({ ok: true, value: { version: 3 } });
    const page = await getPage({ pageId });
    expect([page.version, page.body, page.updatedByName]).toEqual([3, "Versie een.", "Ahmed Yilmaz"]);
    const history = await getPageHistory({ pageId, from: 2, to: 3 });
    expect(history.revisions.map((r) => [r.version, r.restoredFromVersion])).toEqual([
      [3, 1],
      [2, null],
      [1, null],
    ]);
    expect(await restorePageRevision({ pageId }, { version: 3 })).toMatchObject({ ok: false });
    expect(await restorePageRevision({ pageId }, { version: 9 })).toMatchObject({ ok: false });
    expect((await getPage({ pageId })).version).toBe(3);
  });

  it("records every change in the audit trail with the page's programme", async () => {
    as("beheerder");
    const pageId = await newPage(pilotId, "Gelogd", "a");
    await updatePage({ pageId }, { title: "Gelogd", body: "b", baseVersion: 1 });
    await restorePageRevision({ pageId }, { version: 1 });
    await addPageComment({ pageId }, { body: "Goed zo." });
    const events = db
      .select({ action: schema.auditEvents.action, programmeId: schema.auditEvents.programmeId })
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityType, "page"), eq(schema.auditEvents.entityId, String(pageId))))
      .all();
    expect(events.map((e) => e.action)).toEqual(["page.created", "page.updated", "page.restored", "page.commented"]);
    expect(events.every((e) => e.programmeId === pilotId)).toBe(true);
  });

  it("shows comments oldest first with their author", async () => {
    as("beheerder");
    const pageId = await newPage(null);
    await addPageComment({ pageId }, { body: "Eerste" });
    as("teamlid");
    await addPageComment({ pageId }, { body: "Tweede" });
    const page = await getPage({ pageId });
    expect(page.comments.map((c) => [c.body, c.authorName])).toEqual([
      ["Eerste", "Fatima el Amrani"],
      ["Tweede", "Sanne de Vries"],
    ]);
  });
});

describe("a partner without programmes", () => {
  it("reads no gemeente-wide page and may add no page anywhere", async () => {
    as("beheerder");
    const pageId = await newPage(null);
    // A partner account whose organisation takes part in no programme.
    current.viewer = { ...people.teamlid, role: "partner", partnerOrganisationId: null } as Viewer;
    await expect(getPageForEdit({ pageId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(newPageContext({})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
