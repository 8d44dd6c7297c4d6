// Every number of the dashboard opens exactly the items behind it: the filtered lists of the data layer return as
// many items as the dashboard counts, the same ones, a page at a time, and nothing to someone of another gemeente.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { INDICATOR_STATUSES } from "@/lib/domain/constants";
import { addDays } from "@/lib/domain/measurement-schedule";
import { todayInAmsterdam } from "@/lib/domain/time";
import type { AppDatabase } from "../client";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
// Only who is asking is mocked: every decision about what they may do is the kernel's.
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");

const { PILOT_NAME } = await import("../seed-programmes");
const { NotFoundError } = await import("../errors");
const { demoViewer } = await import("./demo-viewer");
const { loadDashboard } = await import("./dashboard");
const { listIndicators } = await import("./indicators");
const { listAssumptions } = await import("./assumptions");
const { CORRECTIONS_PAGE_SIZE, listCorrections } = await import("./corrections");
const { ACTION_ITEMS_PAGE_SIZE, listProgrammeActionItems } = await import("./action-item-list");
const { listStudies } = await import("./studies");
const { listProgrammeLearningQuestions } = await import("./learning-questions");

const today = todayInAmsterdam();
const period = { from: addDays(today, -90) ?? today, to: today };
let db: AppDatabase;
let close = () => {};
let management: Viewer;
let pilot = 0;

const pilotRow = () => {
  const row = loadDashboard(db, management, { filters: {}, period }).rows.find((r) => r.programme.id === pilot);
  if (!row) throw new Error("the pilot is not on the dashboard");
  return row;
};

/** Adds action items to the pilot's first reflection session straight into the table. */
function addActionItems(items: { description: string; dueDate: string | null; status: string }[]) {
  const sqlite = db.$client;
  const session = sqlite
    .prepare("select id, organisation_id as org from reflection_sessions where programme_id = ? limit 1")
    .get(pilot) as { id: number; org: number };
  const insert = sqlite.prepare(
    "insert into action_items (organisation_id, programme_id, session_id, description, due_date, status) values (?, ?, ?, ?, ?, ?)",
  );
  for (const item of items) insert.run(session.org, pilot, session.id, item.description, item.dueDate, item.status);
}

beforeAll(async () => {
  ({ db, close } = await demoDatabase("click-through"));
  management = demoViewer(db, "management@voorbeeld.example");
  current.viewer = management;
  pilot = (db.$client.prepare("select id from programmes where name = ?").get(PILOT_NAME) as { id: number }).id;
});

afterAll(() => {
  close();
});

describe("from a number on the dashboard to its list", () => {
  it("finds as many indicators per status, and the overdue ones, as the dashboard counts, and the same ones", async () => {
    const row = pilotRow();
    for (const status of INDICATOR_STATUSES) {
      expect(await listIndicators({ programmeId: pilot }, { status }), status).toHaveLength(row.indicators[status]);
    }
    const offCourse = await listIndicators({ programmeId: pilot }, { status: "uit_koers" });
    expect(offCourse.length).toBeGreaterThan(0);
    expect(offCourse.map((i) => i.id)).toEqual(
      row.reasons.indicators.filter((i) => i.status === "uit_koers").map((i) => i.id),
    );
    const overdue = await listIndicators({ programmeId: pilot }, { overdue: true });
    expect(overdue.map((i) => i.name)).toEqual(row.reasons.overdueMeasurements.map((m) => m.name));
    expect(await listIndicators({ programmeId: pilot })).toHaveLength(row.indicators.total);
  });

  it("finds the critical untested and the refuted assumptions", async () => {
    const row = pilotRow();
    const critical = await listAssumptions({ programmeId: pilot }, { criticality: "hoog", status: "ongetoetst" });
    expect(critical).toHaveLength(row.assumptions.criticalUntested);
    const refuted = await listAssumptions({ programmeId: pilot }, { status: "weerlegd" });
    expect(refuted).toHaveLength(row.assumptions.refuted);
    expect(refuted.map((a) => a.id).sort()).toEqual(
      row.reasons.assumptions
        .filter((a) => a.status === "weerlegd")
        .map((a) => a.id)
        .sort(),
    );
  });

  it("finds the corrections waiting for a decision, and those proposed and decided within the period", async () => {
    const row = pilotRow();
    const waiting = await listCorrections({ programmeId: pilot }, { status: "voorgesteld" });
    expect(waiting.total).toBe(row.corrections.waiting);
    expect(waiting.rows.map((c) => c.id)).toEqual(row.reasons.waiting.map((w) => w.id));
    const proposed = await listCorrections({ programmeId: pilot }, { step: { status: "voorgesteld", ...period } });
    expect(proposed.total).toBe(row.corrections.proposed);
    const decided = await listCorrections({ programmeId: pilot }, { step: { status: "besloten", ...period } });
    expect(decided.total).toBe(row.corrections.decided);
    const all = await listCorrections({ programmeId: pilot });
    expect(all.total).toBeGreaterThan(decided.total);
    const longAgo = await listCorrections(
      { programmeId: pilot },
      { step: { status: "besloten", from: "2001-01-01", to: "2001-12-31" } },
    );
    expect(longAgo).toMatchObject({ total: 0, rows: [] });
  });

  it("finds the open action items past their due date, a page at a time", async () => {
    const past = addDays(today, -2);
    addActionItems([
      ...Array.from({ length: ACTION_ITEMS_PAGE_SIZE + 3 }, (_, i) => ({
        description: `Te laat ${i + 1}`,
        dueDate: past,
        status: "open",
      })),
      { description: "Klaar, maar ook te laat", dueDate: past, status: "klaar" },
      { description: "Nog even", dueDate: addDays(today, 2), status: "open" },
      { description: "Geen datum", dueDate: null, status: "open" },
    ]);
    expect(pilotRow().overdue.actions).toBe(ACTION_ITEMS_PAGE_SIZE + 3);
    const first = await listProgrammeActionItems({ programmeId: pilot }, { overdue: true });
    expect(first).toMatchObject({ total: ACTION_ITEMS_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(ACTION_ITEMS_PAGE_SIZE);
    const last = await listProgrammeActionItems({ programmeId: pilot }, { overdue: true, page: 99 });
    expect(last).toMatchObject({ page: 2 });
    expect(last.rows).toHaveLength(3);
    const shown = [...first.rows, ...last.rows];
    expect(shown.every((item) => item.status === "open" && item.dueDate === past)).toBe(true);
    expect(new Set(shown.map((item) => item.id)).size).toBe(ACTION_ITEMS_PAGE_SIZE + 3);

    const everything = await listProgrammeActionItems({ programmeId: pilot });
    expect(everything.total).toBeGreaterThan(ACTION_ITEMS_PAGE_SIZE + 3 + 2);
    // Open ones first, by due date, the ones without a date after them.
    const open = everything.rows.filter((item) => item.status === "open");
    expect(everything.rows.slice(0, open.length)).toEqual(open);
  });

  it("pages the corrections", async () => {
    const sqlite = db.$client;
    const owner = sqlite
      .prepare("select owner_id as owner, organisation_id as org from programmes where id = ?")
      .get(pilot) as { owner: number; org: number };
    const insert = sqlite.prepare(
      "insert into course_corrections (organisation_id, programme_id, round, title, what_changes, why, decision_level, status, proposed_by_id) values (?, ?, 1, ?, 'x', 'y', 'team', 'afgewezen', ?)",
    );
    for (let i = 0; i < CORRECTIONS_PAGE_SIZE; i++) insert.run(owner.org, pilot, `Afgewezen ${i}`, owner.owner);
    const first = await listCorrections({ programmeId: pilot });
    expect(first.rows).toHaveLength(CORRECTIONS_PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    const second = await listCorrections({ programmeId: pilot }, { page: 2 });
    expect(second.rows).toHaveLength(first.total - CORRECTIONS_PAGE_SIZE);
    const rejected = await listCorrections({ programmeId: pilot }, { status: "afgewezen" });
    expect(rejected.total).toBe(CORRECTIONS_PAGE_SIZE);
  });

  it("finds the studies running, and the learning questions still to answer, answered and past their date", async () => {
    const sqlite = db.$client;
    const org =
      (sqlite.prepare("select organisation_id from programmes where id = ?").pluck().get(pilot) as number) ?? 0;
    // One study of each other status and one question past its date, so that no filter can pass by listing everything.
    sqlite
      .prepare(
        "insert into studies (organisation_id, programme_id, round, title, research_question, method, status) values (?, ?, 1, 'Afgerond onderzoek', 'Vraag', 'anders', 'afgerond'), (?, ?, 1, 'Gepland onderzoek', 'Vraag', 'anders', 'gepland')",
      )
      .run(org, pilot, org, pilot);
    sqlite
      .prepare(
        "insert into learning_questions (organisation_id, programme_id, question, priority, approach, status, due_date) values (?, ?, 'Te late vraag?', 999, 'gesprekken', 'open', ?)",
      )
      .run(org, pilot, addDays(today, -3));
    const row = pilotRow();
    const running = await listStudies({ programmeId: pilot }, { status: "lopend" });
    expect(running.length).toBe(row.studiesRunning);
    expect(running.every((study) => study.status === "lopend")).toBe(true);
    expect((await listStudies({ programmeId: pilot })).length).toBeGreaterThan(running.length);

    const questions = (filter: Parameters<typeof listProgrammeLearningQuestions>[1]) =>
      listProgrammeLearningQuestions({ programmeId: pilot }, filter, today).then((list) => list.questions);
    expect(await questions({ status: "open" })).toHaveLength(row.questions.open);
    expect(await questions({ status: "beantwoord" })).toHaveLength(row.questions.answered);
    const late = await questions({ overdue: true });
    expect(late).toHaveLength(row.overdue.questions);
    expect(late.map((q) => q.question)).toContain("Te late vraag?");
    expect((await questions({})).length).toBeGreaterThan(late.length);
  });

  it("shows someone of another gemeente none of these lists", async () => {
    current.viewer = demoViewer(db, "beheerder@testdorp.example");
    try {
      await expect(listIndicators({ programmeId: pilot }, { status: "uit_koers" })).rejects.toThrow(NotFoundError);
      await expect(listCorrections({ programmeId: pilot }, { status: "voorgesteld" })).rejects.toThrow(NotFoundError);
      await expect(listProgrammeActionItems({ programmeId: pilot }, { overdue: true })).rejects.toThrow(NotFoundError);
      await expect(listAssumptions({ programmeId: pilot }, { status: "weerlegd" })).rejects.toThrow(NotFoundError);
      await expect(listStudies({ programmeId: pilot }, { status: "lopend" })).rejects.toThrow(NotFoundError);
      await expect(listProgrammeLearningQuestions({ programmeId: pilot }, { overdue: true })).rejects.toThrow(
        NotFoundError,
      );
    } finally {
      current.viewer = management;
    }
  });
});
