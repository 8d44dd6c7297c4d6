// Partner reporting in "Mijn werk" against the demo data: per role, which reports to hand in (a partner, only its own
// organisation's) and which to review (whoever the kernel lets review the programme), and a number of statements that
// stays the same however many programmes and reports a gemeente has.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDays } from "@/lib/domain/measurement-schedule";
import type { MyWorkKind } from "@/lib/domain/my-work";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { AppDatabase } from "../client";
import type { MyWorkSection } from "./my-work";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may see is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { countingStatements, current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { addIndicator, addReportingPeriod, createProgramme } = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const { addSecondPartner, SECOND_PARTNER, SECOND_PARTNER_USER } = await import("./reporting.world");
const { myWork } = await import("./my-work");

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
  otherPartner: SECOND_PARTNER_USER,
  testdorp: "beheerder@testdorp.example",
} as const;
type Who = keyof typeof EMAILS;

type Work = { [K in MyWorkKind]?: Extract<MyWorkSection, { kind: K }> };

async function workOf(who: Who): Promise<Work> {
  current.viewer = demoViewer(db, EMAILS[who]);
  const sections = await myWork({ today: TODAY, limit: 500 });
  return Object.fromEntries(sections.map((section) => [section.kind, section]));
}

let span = 0;
/** A period of a month of its own on the programme's indicator, for a partner, due on `dueOn`. */
function period(
  programme: ReturnType<typeof createProgramme> & { indicatorId: number },
  dueOn: string,
  options: { partner?: string; by?: string; submitted?: boolean } = {},
) {
  span += 1;
  const startsOn = addDays("2020-01-01", span * 40) ?? "2020-01-01";
  const { periodId, submissionId } = addReportingPeriod(db, programme, {
    partner: options.partner,
    indicatorIds: [programme.indicatorId],
    startsOn,
    endsOn: addDays(startsOn, 29) ?? startsOn,
    dueOn,
    submitted: options.submitted
      ? { by: options.by ?? EMAILS.partner, values: [{ indicatorId: programme.indicatorId, value: 30 }] }
      : undefined,
  });
  return { periodId, submissionId: submissionId ?? 0 };
}

function programmeOf(owner: string, team: string[], partners: string[]) {
  const programme = createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Rapportages ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner,
    team,
    partners,
  });
  const indicator = addIndicator(db, programme, {
    name: `Deelnemers ${programme.id}`,
    unit: "deelnemers",
    baseline: { value: 20, date: "2026-01-01" },
    target: { value: 60, date: "2027-12-31" },
  });
  return { ...programme, indicatorId: indicator.id };
}

const sendBack = (submissionId: number) =>
  db
    .update(schema.submissions)
    .set({ status: "teruggestuurd", reviewComment: "Graag aanvullen." })
    .where(eq(schema.submissions.id, submissionId))
    .run();

let world: ReturnType<typeof makeWorld>;

/**
 * A programme of the manager with the teamlid on its team and both partners, with Buurtkracht's periods missed, due
 * soon, due later, handed in and sent back, and Welzijn West's missed and handed in; and a programme of the adviser
 * (nobody's team here) with a report of Buurtkracht handed in.
 */
function makeWorld() {
  const programme = programmeOf(EMAILS.programmamanager, [EMAILS.teamlid], ["Stichting Buurtkracht", SECOND_PARTNER]);
  const elsewhere = programmeOf("adviseur@voorbeeld.example", [], ["Stichting Buurtkracht"]);
  const welzijn = { partner: SECOND_PARTNER, by: SECOND_PARTNER_USER };
  const sentBack = period(programme, day(40), { submitted: true });
  sendBack(sentBack.submissionId);
  return {
    programme,
    missed: period(programme, day(-1)).periodId,
    soon: period(programme, day(5)).periodId,
    later: period(programme, day(60)).periodId,
    handedIn: period(programme, day(-3), { submitted: true }),
    sentBack: sentBack.periodId,
    theirsMissed: period(programme, day(-2), welzijn).periodId,
    theirsHandedIn: period(programme, day(-4), { ...welzijn, submitted: true }),
    elsewhereHandedIn: period(elsewhere, day(-5), { submitted: true }),
  };
}

beforeAll(async () => {
  ({ db, close } = await demoDatabase("my-work-reports"));
  addSecondPartner(db);
  world = makeWorld();
});

afterAll(() => {
  close();
});

const ids = (section: { items: { id: number }[] } | undefined) => (section?.items ?? []).map((item) => item.id);
const reviewed = (section: Work["reportsToReview"]) => (section?.items ?? []).map((item) => item.periodId);

describe("reports to hand in", () => {
  it("gives a partner its own organisation's missed, sent back and due reports, in that order", async () => {
    const due = (await workOf("partner")).reportsDue;
    const ours = (due?.items ?? []).filter((item) => item.programmeName.startsWith("Rapportages"));
    expect(ours.map((item) => [item.id, item.state, item.sentBack])).toEqual([
      [world.missed, "overdue", false],
      [world.sentBack, "sent_back", true],
      [world.soon, "due", false],
    ]);
    expect(ours[0]).toMatchObject({
      dueOn: day(-1),
      href: `/programmes/${world.programme.id}/reporting/${world.missed}`,
    });
    // Due later, handed in or another organisation's: not Buurtkracht's work now.
    for (const id of [world.later, world.handedIn.periodId, world.theirsMissed, world.theirsHandedIn.periodId]) {
      expect(ids(due)).not.toContain(id);
    }
  });

  it("gives the other partner only its own", async () => {
    const due = ids((await workOf("otherPartner")).reportsDue);
    expect(due).toContain(world.theirsMissed);
    expect(due).not.toContain(world.missed);
    expect(due).not.toContain(world.sentBack);
  });

  it.each(["beheerder", "programmamanager", "management", "teamlid", "testdorp"] as const)(
    "gives the %s no reports to hand in",
    async (who) => {
      expect((await workOf(who)).reportsDue).toBeUndefined();
    },
  );

  it("leaves out the reports of a programme the partner no longer takes part in, or that is archived", async () => {
    const programme = programmeOf(EMAILS.programmamanager, [], ["Stichting Buurtkracht"]);
    const left = period(programme, day(-1)).periodId;
    const other = programmeOf(EMAILS.programmamanager, [], ["Stichting Buurtkracht"]);
    const archived = period(other, day(-1)).periodId;
    expect(ids((await workOf("partner")).reportsDue)).toEqual(expect.arrayContaining([left, archived]));
    db.delete(schema.programmePartners).where(eq(schema.programmePartners.programmeId, programme.id)).run();
    db.update(schema.programmes)
      .set({ archivedAt: new Date(), archiveReason: "Dubbel" })
      .where(eq(schema.programmes.id, other.id))
      .run();
    const after = ids((await workOf("partner")).reportsDue);
    expect(after).not.toContain(left);
    expect(after).not.toContain(archived);
  });
});

describe("reports to review", () => {
  const cases: [Who, { own: boolean; elsewhere: boolean } | null][] = [
    // The programme's own manager and team member review its reports; the beheerder those of every programme.
    ["programmamanager", { own: true, elsewhere: false }],
    ["teamlid", { own: true, elsewhere: false }],
    ["beheerder", { own: true, elsewhere: true }],
    // Management decides, it does not review; a partner hands in and never reviews.
    ["management", null],
    ["partner", null],
    ["otherPartner", null],
  ];
  it.each(cases)("gives the %s the handed-in reports it may review", async (who, expected) => {
    const review = (await workOf(who)).reportsToReview;
    if (expected === null) {
      expect(review).toBeUndefined();
      return;
    }
    const periods = reviewed(review);
    expect(periods.includes(world.handedIn.periodId)).toBe(expected.own);
    expect(periods.includes(world.theirsHandedIn.periodId)).toBe(expected.own);
    expect(periods.includes(world.elsewhereHandedIn.periodId)).toBe(expected.elsewhere);
    // Not handed in, or sent back: nothing to review.
    expect(periods).not.toContain(world.missed);
    expect(periods).not.toContain(world.sentBack);
  });

  it("names the partner and the programme, the one waiting longest first, and links to the report", async () => {
    const review = (await workOf("programmamanager")).reportsToReview;
    const item = review?.items.find((row) => row.periodId === world.theirsHandedIn.periodId);
    expect(item).toMatchObject({
      id: world.theirsHandedIn.submissionId,
      partnerName: SECOND_PARTNER,
      programmeId: world.programme.id,
      submittedOn: TODAY,
      daysWaiting: 0,
      href: `/programmes/${world.programme.id}/reporting/${world.theirsHandedIn.periodId}`,
    });
    const waited = (review?.items ?? []).map((row) => row.daysWaiting);
    expect(waited).toEqual([...waited].sort((a, b) => b - a));
    expect(review?.total).toBe(review?.items.length);
  });

  it("shows nothing of Voorbeeld to the beheerder of Testdorp", async () => {
    expect((await workOf("testdorp")).reportsToReview?.total).toBe(0);
  });
});

describe("the statements of Mijn werk", () => {
  it("stay the same for every role however many programmes and reports there are", async () => {
    const roles: Who[] = ["beheerder", "programmamanager", "management", "teamlid", "partner"];
    const before = new Map<Who, { statements: number; total: number }>();
    for (const who of roles) {
      const { result, statements } = await countingStatements(db, () => workOf(who));
      const total = Object.values(result).reduce((sum, section) => sum + section.total, 0);
      before.set(who, { statements, total });
    }
    for (let i = 0; i < 12; i++) {
      const programme = programmeOf(EMAILS.programmamanager, [EMAILS.teamlid], ["Stichting Buurtkracht"]);
      period(programme, day(-1));
      period(programme, day(-2), { submitted: true });
    }
    for (const who of roles) {
      const { result, statements } = await countingStatements(db, () => workOf(who));
      const total = Object.values(result).reduce((sum, section) => sum + section.total, 0);
      expect(statements, who).toBe(before.get(who)?.statements);
      // The new work is there: the same statements read more of it.
      if (who !== "management") expect(total, who).toBeGreaterThan(before.get(who)?.total ?? 0);
    }
  });
});
