// A partner's home page against the demo data: the programmes its organisation takes part in and the decisions on
// course corrections in them, per role; never another organisation's programme or what was decided there.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may see is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const { addCorrection, createProgramme } = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const { addSecondPartner, SECOND_PARTNER, SECOND_PARTNER_USER } = await import("./reporting.world");
const { homeProgrammes, recentDecisions } = await import("./partner-home");

let db: AppDatabase;
let close = () => {};

const EMAILS = {
  partner: "partner@voorbeeld.example",
  otherPartner: SECOND_PARTNER_USER,
  taalhuis: "taalhuis@voorbeeld.example",
  management: "management@voorbeeld.example",
  teamlid: "team@voorbeeld.example",
  testdorp: "beheerder@testdorp.example",
} as const;
type Who = keyof typeof EMAILS;

const as = (who: Who) => {
  current.viewer = demoViewer(db, EMAILS[who]);
};

function programmeWith(partners: string[]) {
  return createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Thuis ${partners.join(" ")} ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: [],
    partners,
  });
}

/** A course correction of the programme moved to `status` by management, `daysAgo` days ago. */
function decided(
  programme: ReturnType<typeof programmeWith>,
  title: string,
  status: "besloten" | "afgewezen" | null,
  daysAgo = 0,
) {
  const { id } = addCorrection(db, programme, { title, daysAgo: daysAgo + 1 });
  if (status === null) return id;
  const changedById = demoViewer(db, EMAILS.management).userId;
  db.insert(schema.correctionTransitions)
    .values({
      organisationId: programme.organisationId,
      correctionId: id,
      fromStatus: "voorgesteld",
      toStatus: status,
      changedById,
      changedAt: new Date(Date.now() - daysAgo * 86_400_000),
    })
    .run();
  db.update(schema.courseCorrections).set({ status }).where(eq(schema.courseCorrections.id, id)).run();
  return id;
}

let ours: ReturnType<typeof programmeWith>;
let theirs: ReturnType<typeof programmeWith>;
const ids: Record<string, number> = {};

beforeAll(async () => {
  ({ db, close } = await demoDatabase("partner-home"));
  addSecondPartner(db);
  ours = programmeWith(["Stichting Buurtkracht"]);
  theirs = programmeWith([SECOND_PARTNER]);
  ids.ours = decided(ours, "Ook op zaterdag", "besloten", 1);
  ids.rejected = decided(ours, "Geen flyers meer", "afgewezen", 2);
  ids.proposed = decided(ours, "Nog voorgesteld", null);
  ids.theirs = decided(theirs, "Bij Welzijn West", "besloten", 0);
});

afterAll(() => {
  close();
});

const programmeIds = async (who: Who) => {
  as(who);
  return (await homeProgrammes({ limit: 100 })).items.map((item) => item.id);
};

const decisionIds = async (who: Who) => {
  as(who);
  return (await recentDecisions({ page: 1, size: 100 })).items.map((item) => item.correctionId);
};

describe("the programmes on the home page", () => {
  const cases: [Who, { ours: boolean; theirs: boolean }][] = [
    ["partner", { ours: true, theirs: false }],
    ["otherPartner", { ours: false, theirs: true }],
    ["taalhuis", { ours: false, theirs: false }],
    ["management", { ours: true, theirs: true }],
    ["testdorp", { ours: false, theirs: false }],
  ];
  it.each(cases)("are for the %s those it may read", async (who, expected) => {
    const found = await programmeIds(who);
    expect(found.includes(ours.id)).toBe(expected.ours);
    expect(found.includes(theirs.id)).toBe(expected.theirs);
  });

  it("are capped, with how many there are, and leave out an archived programme", async () => {
    as("partner");
    const all = await homeProgrammes({ limit: 100 });
    const first = await homeProgrammes({ limit: 1 });
    expect(first).toMatchObject({ total: all.total, items: [all.items[0]] });
    const archived = programmeWith(["Stichting Buurtkracht"]);
    db.update(schema.programmes)
      .set({ archivedAt: new Date(), archiveReason: "Dubbel" })
      .where(eq(schema.programmes.id, archived.id))
      .run();
    expect(await programmeIds("partner")).not.toContain(archived.id);
  });
});

describe("the recent decisions on the home page", () => {
  const cases: [Who, { ours: boolean; theirs: boolean }][] = [
    ["partner", { ours: true, theirs: false }],
    ["otherPartner", { ours: false, theirs: true }],
    ["taalhuis", { ours: false, theirs: false }],
    ["teamlid", { ours: true, theirs: true }],
    ["testdorp", { ours: false, theirs: false }],
  ];
  it.each(cases)("are for the %s those of the programmes it may read", async (who, expected) => {
    const found = await decisionIds(who);
    expect(found.includes(ids.ours ?? 0)).toBe(expected.ours);
    expect(found.includes(ids.rejected ?? 0)).toBe(expected.ours);
    expect(found.includes(ids.theirs ?? 0)).toBe(expected.theirs);
    expect(found).not.toContain(ids.proposed);
  });

  it("come newest first, say what was decided by whom, and lead to the correction", async () => {
    as("partner");
    const { items } = await recentDecisions({ page: 1, size: 100 });
    const mine = items.filter((item) => item.programmeId === ours.id);
    expect(mine.map((item) => [item.title, item.status])).toEqual([
      ["Ook op zaterdag", "besloten"],
      ["Geen flyers meer", "afgewezen"],
    ]);
    expect(mine[0]).toMatchObject({
      decidedByName: demoViewer(db, EMAILS.management).name,
      href: `/programmes/${ours.id}/corrections/${ids.ours}`,
    });
  });

  it("come a page at a time; a page beyond the last shows the last", async () => {
    as("partner");
    const all = await recentDecisions({ page: 1, size: 100 });
    const second = await recentDecisions({ page: 2, size: 1 });
    expect(second).toMatchObject({ page: 2, pageCount: all.total, items: [all.items[1]] });
    const beyond = await recentDecisions({ page: 999, size: 1 });
    expect(beyond).toMatchObject({ page: all.total, items: [all.items.at(-1)] });
  });
});
