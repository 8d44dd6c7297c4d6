// "Mijn werk" against a real SQLite file with the demo data: what each demo role finds there, in which order, paged,
// and finishing one's own action point from there (and nobody else's).
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { addDays } from "@/lib/domain/measurement-schedule";
import type { MyWorkKind } from "@/lib/domain/my-work";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { AppDatabase } from "../client";
import type { MyWorkSection } from "./my-work";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may see and do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");

const schema = await import("../schema");
const { addActionItem, addIndicator, createProgramme } = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const { myWork, myWorkList } = await import("./my-work");
const { completeOwnActionItem } = await import("./action-items");

const TODAY = todayInAmsterdam();
const day = (days: number) => addDays(TODAY, days) ?? TODAY;
let db: AppDatabase;
let close = () => {};

const EMAILS = {
  beheerder: "beheerder@voorbeeld.example",
  programmamanager: "manager@voorbeeld.example",
  management: "management@voorbeeld.example",
  teamlid: "team@voorbeeld.example",
  partner: "partner@voorbeeld.example",
  testdorp: "beheerder@testdorp.example",
} as const;
type Who = keyof typeof EMAILS;

const as = (who: Who): Viewer => {
  const viewer = demoViewer(db, EMAILS[who]);
  current.viewer = viewer;
  return viewer;
};

/** The viewer's "Mijn werk" as the home page reads it, by kind. */
async function workOf(who: Who, limit?: number) {
  as(who);
  const sections = await myWork({ today: TODAY, limit });
  return Object.fromEntries(sections.map((section) => [section.kind, section])) as {
    [K in MyWorkKind]?: Extract<MyWorkSection, { kind: K }>;
  };
}

const titles = (section: { items: unknown[] } | undefined, field: string) =>
  (section?.items ?? []).map((item) => (item as Record<string, unknown>)[field]);

/** A running programme of Gemeente Voorbeeld related like the pilot: the manager owns it, the teamlid is on its team. */
function freshProgramme(partners = ["Stichting Buurtkracht"]) {
  return createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Mijn werk ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: EMAILS.programmamanager,
    team: [EMAILS.teamlid],
    partners,
  });
}

const statusOf = (id: number) => db.select().from(schema.actionItems).where(eq(schema.actionItems.id, id)).get();

const lastEvent = () => db.select().from(schema.auditEvents).orderBy(desc(schema.auditEvents.id)).get();

beforeAll(async () => {
  ({ db, close } = await demoDatabase("my-work"));
});

afterAll(() => {
  close();
});

describe("myWork per role", () => {
  it("gives the teamlid their action point, learning question and roadmap step, but no corrections to decide", async () => {
    const work = await workOf("teamlid");
    expect(Object.keys(work)).toEqual([
      "actionItems",
      "coachingActions",
      "sessionRankings",
      "measurements",
      "reportsToReview",
      "learningQuestions",
      "roadmapSteps",
      "sessions",
    ]);
    expect(titles(work.actionItems, "description")).toContain(
      "Mannen uit de pilot vragen welke activiteit hen aanspreekt",
    );
    // The done action point of the first session is not theirs to do any more.
    expect(titles(work.actionItems, "description")).not.toContain(
      "Kaartje met een foto van de buurtcoach laten drukken",
    );
    expect(titles(work.learningQuestions, "question")).toEqual([
      "Waarom haken mannen eerder af bij de ontmoetingsochtend?",
    ]);
    expect(work.learningQuestions?.items[0]).toMatchObject({ status: "in_behandeling", state: "due" });
    expect(work.roadmapSteps?.items).toEqual([
      expect.objectContaining({
        status: "bezig",
        dueDate: day(28),
        href: expect.stringMatching(/^\/routes\/roadmap\/\d+$/),
      }),
    ]);
  });

  it("asks the teamlid for a missed measurement of their team, as the due work says", async () => {
    const programme = freshProgramme();
    const indicator = addIndicator(db, programme, {
      name: "Bezoekers van de inloop",
      unit: "bezoekers",
      baseline: { value: 10, date: day(-200) },
      target: { value: 40, date: day(200) },
      measurements: [{ measuredOn: day(-120), value: 12 }],
    });
    const mine = (await workOf("teamlid")).measurements?.items.find((item) => item.id === indicator.id);
    expect(mine).toMatchObject({
      indicatorName: "Bezoekers van de inloop",
      state: "overdue",
      href: `/programmes/${programme.id}/indicators/${indicator.id}`,
    });
    // Management does not measure; the partner neither.
    expect((await workOf("management")).measurements).toBeUndefined();
    expect((await workOf("partner")).measurements).toBeUndefined();
  });

  it("gives management and the beheerder the proposed corrections, the longest waiting first", async () => {
    const programme = freshProgramme();
    const proposed = (title: string, daysAgo: number, status: "voorgesteld" | "besloten" = "voorgesteld") =>
      db
        .insert(schema.courseCorrections)
        .values({
          organisationId: programme.organisationId,
          programmeId: programme.id,
          round: 1,
          title,
          whatChanges: "Anders.",
          why: "Daarom.",
          decisionLevel: "mt",
          status,
          proposedById: programme.ownerId,
          createdAt: new Date(Date.parse(`${day(-daysAgo)}T10:00:00Z`)),
        })
        .returning({ id: schema.courseCorrections.id })
        .get().id;
    const oldest = proposed("Al lang voorgesteld", 40);
    proposed("Al besloten", 60, "besloten");
    for (const who of ["management", "beheerder"] as const) {
      const corrections = (await workOf(who)).corrections;
      expect(corrections?.items[0]).toMatchObject({
        id: oldest,
        title: "Al lang voorgesteld",
        daysWaiting: 40,
        proposedOn: day(-40),
        href: `/programmes/${programme.id}/corrections/${oldest}`,
      });
      expect(titles(corrections, "title")).toContain("Ook een ontmoetingsmoment op zaterdag");
      expect(titles(corrections, "title")).not.toContain("Al besloten");
      const waited = titles(corrections, "daysWaiting") as number[];
      expect(waited).toEqual([...waited].sort((a, b) => b - a));
    }
    expect((await workOf("programmamanager")).corrections).toBeUndefined();
    expect((await workOf("teamlid")).corrections).toBeUndefined();
  });

  it("gives the partner their open action points, late first and those without a date last", async () => {
    const programme = freshProgramme();
    const open = (description: string, dueDate: string | null) =>
      addActionItem(db, programme, { description, owner: EMAILS.partner, dueDate });
    const none = open("Zonder datum", null);
    const late = open("Te laat", day(-3));
    const later = open("Volgende maand", day(30));
    const done = open("Al klaar", day(-10));
    db.update(schema.actionItems).set({ status: "klaar" }).where(eq(schema.actionItems.id, done.id)).run();

    const work = await workOf("partner", 100);
    expect(Object.keys(work)).toEqual(["reportsDue", "actionItems", "coachingActions", "sessionRankings", "sessions"]);
    const ours = work.actionItems?.items.filter((item) => item.programmeId === programme.id) ?? [];
    expect(ours.map((item) => [item.id, item.state])).toEqual([
      [late.id, "overdue"],
      [later.id, "due"],
      [none.id, "none"],
    ]);
    expect(ours[0]?.href).toBe(`/programmes/${programme.id}/reflections/${late.sessionId}#actie-${late.id}`);

    // Once Stichting Buurtkracht no longer takes part, the programme's action points are not theirs to finish.
    db.delete(schema.programmePartners).where(eq(schema.programmePartners.programmeId, programme.id)).run();
    const after = await workOf("partner", 100);
    expect(after.actionItems?.items.some((item) => item.programmeId === programme.id)).toBe(false);
  });

  it("lists the sessions still to come that the viewer takes part in", async () => {
    const programme = freshProgramme();
    const session = (title: string, heldOn: string, participants: Who[]) => {
      const { id } = db
        .insert(schema.reflectionSessions)
        .values({
          organisationId: programme.organisationId,
          programmeId: programme.id,
          title,
          heldOn,
          agenda: {},
          createdById: programme.ownerId,
        })
        .returning({ id: schema.reflectionSessions.id })
        .get();
      for (const who of participants) {
        const userId = demoViewer(db, EMAILS[who]).userId;
        db.insert(schema.sessionParticipants)
          .values({ organisationId: programme.organisationId, sessionId: id, userId })
          .run();
      }
      return id;
    };
    const later = session("Over een maand", day(30), ["teamlid", "partner"]);
    const today = session("Vandaag", TODAY, ["teamlid"]);
    session("Vorige week", day(-7), ["teamlid", "partner"]);
    session("Zonder het teamlid", day(3), ["programmamanager"]);

    const teamlid = (await workOf("teamlid")).sessions;
    expect(teamlid?.items.map((item) => item.id)).toEqual([today, later]);
    expect(teamlid?.items[1]).toMatchObject({
      title: "Over een maand",
      heldOn: day(30),
      href: `/programmes/${programme.id}/reflections/${later}`,
    });
    expect((await workOf("partner")).sessions?.items.map((item) => item.id)).toEqual([later]);
  });

  it("leaves out everything of an archived programme", async () => {
    const programme = freshProgramme();
    const item = addActionItem(db, programme, {
      description: "Gearchiveerd werk",
      owner: EMAILS.teamlid,
      dueDate: null,
    });
    expect(titles((await workOf("teamlid", 100)).actionItems, "id")).toContain(item.id);
    db.update(schema.programmes)
      .set({ archivedAt: new Date(), archiveReason: "Dubbel" })
      .where(eq(schema.programmes.id, programme.id))
      .run();
    expect(titles((await workOf("teamlid", 100)).actionItems, "id")).not.toContain(item.id);
  });

  it("shows nothing of Voorbeeld to the beheerder of Testdorp", async () => {
    const work = await workOf("testdorp", 100);
    for (const section of Object.values(work)) expect(section.total, section.kind).toBe(0);
  });
});

describe("myWorkList", () => {
  it("pages through all of one kind, with the total, and stays within the list", async () => {
    const programme = freshProgramme();
    for (let i = 0; i < 27; i++) {
      addActionItem(db, programme, { description: `Stapel ${i}`, owner: EMAILS.management, dueDate: day(100 + i) });
    }
    const home = await workOf("management");
    expect(home.actionItems?.items).toHaveLength(5);
    expect(home.actionItems?.total).toBeGreaterThanOrEqual(27);

    as("management");
    const first = await myWorkList({ kind: "actionItems", page: 1, today: TODAY });
    const total = first.section.total;
    expect(first).toMatchObject({ page: 1, pageCount: Math.ceil(total / 25) });
    expect(first.section.items).toHaveLength(25);
    const beyond = await myWorkList({ kind: "actionItems", page: 99, today: TODAY });
    expect(beyond.page).toBe(first.pageCount);
    expect(titles(beyond.section, "description").at(-1)).toBe("Stapel 26");
    expect(beyond.section.items).toHaveLength(total - 25 * (first.pageCount - 1));
  });

  it("is not found for a kind of work the role cannot have", async () => {
    as("partner");
    await expect(myWorkList({ kind: "roadmapSteps", page: 1, today: TODAY })).rejects.toThrow("not found");
    as("teamlid");
    await expect(myWorkList({ kind: "corrections", page: 1, today: TODAY })).rejects.toThrow("not found");
  });
});

describe("completeOwnActionItem", () => {
  it("lets the owner, a partner too, mark their action point done, recorded as any completion", async () => {
    const programme = freshProgramme();
    const item = addActionItem(db, programme, {
      description: "Flyers rondbrengen",
      owner: EMAILS.partner,
      dueDate: null,
    });
    const partner = as("partner");
    expect(await completeOwnActionItem({ actionItemId: item.id })).toEqual({ ok: true, value: undefined });
    expect(statusOf(item.id)).toMatchObject({ status: "klaar", completedAt: expect.any(Date) });
    expect(lastEvent()).toMatchObject({
      action: "actionItem.completed",
      actorId: partner.userId,
      organisationId: programme.organisationId,
      programmeId: programme.id,
      entityType: "action_item",
      entityId: String(item.id),
    });
    expect(titles((await workOf("partner", 100)).actionItems, "id")).not.toContain(item.id);
    // Done is done: a second click changes nothing.
    as("partner");
    expect(await completeOwnActionItem({ actionItemId: item.id })).toEqual({ ok: false, error: "actionNotOpen" });
  });

  it("refuses someone else's action point, even to a team member, changes nothing and records the attempt", async () => {
    const programme = freshProgramme();
    const item = addActionItem(db, programme, { description: "Van de partner", owner: EMAILS.partner, dueDate: null });
    const teamlid = as("teamlid");
    expect(await completeOwnActionItem({ actionItemId: item.id })).toEqual({ ok: false, error: "actionNotYours" });
    expect(statusOf(item.id)).toMatchObject({ status: "open", completedAt: null });
    expect(lastEvent()).toMatchObject({
      action: "access.refused",
      actorId: teamlid.userId,
      organisationId: programme.organisationId,
      entityType: "action_item",
      entityId: String(item.id),
    });
    expect(lastEvent()?.changes).toMatchObject({ after: { permission: "actionItems.completeOwn" } });
  });

  it("refuses a partner whose organisation left the programme, as not found", async () => {
    const programme = freshProgramme();
    const item = addActionItem(db, programme, { description: "Nog open", owner: EMAILS.partner, dueDate: day(-1) });
    db.delete(schema.programmePartners).where(eq(schema.programmePartners.programmeId, programme.id)).run();
    const partner = as("partner");
    expect(await completeOwnActionItem({ actionItemId: item.id })).toEqual({ ok: false, error: "notFound" });
    expect(statusOf(item.id)?.status).toBe("open");
    expect(lastEvent()).toMatchObject({ action: "access.refused", actorId: partner.userId, entityId: String(item.id) });
  });

  it("does not find an action point of another gemeente", async () => {
    const programme = freshProgramme();
    const item = addActionItem(db, programme, { description: "Van Voorbeeld", owner: EMAILS.teamlid, dueDate: null });
    const testdorp = as("testdorp");
    expect(await completeOwnActionItem({ actionItemId: item.id })).toEqual({ ok: false, error: "notFound" });
    expect(statusOf(item.id)?.status).toBe("open");
    const refused = db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, "access.refused"), eq(schema.auditEvents.actorId, testdorp.userId)))
      .orderBy(desc(schema.auditEvents.id))
      .get();
    expect(refused?.organisationId).toBe(testdorp.organisationId);
  });
});
