// The lists of a programme read a screen at a time: the assumption register, the indicators, the learning questions
// and the timeline. Every screen walked: each row exactly once, in the order the whole list had, the counts right and
// the filter applied before the limit.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { compareByRisk, riskMatrix } from "@/lib/domain/assumption-risk";
import { ASSUMPTION_STATUSES, CRITICALITIES } from "@/lib/domain/constants";
import { backlogSections } from "@/lib/domain/learning-questions";
import { buildTimeline, TIMELINE_WINDOW_MONTHS } from "@/lib/domain/timeline";
import type { AppDatabase } from "../client";
import type { FixtureProgramme } from "../fixtures";

vi.mock("server-only", () => ({}));
vi.mock("../index", async () => (await import("../test-database")).testIndex);
vi.mock("@/lib/auth/viewer", async () => (await import("../test-database")).testViewer);

const { current, demoDatabase } = await import("../test-database");
const schema = await import("../schema");
const fixtures = await import("../fixtures");
const { demoViewer } = await import("./demo-viewer");
const { ASSUMPTIONS_PAGE_SIZE, listAssumptionRegister, listAssumptions } = await import("./assumptions");
const { INDICATORS_PAGE_SIZE, listIndicatorScreen, listIndicators } = await import("./indicators");
const { QUESTIONS_PAGE_SIZE, listLearningQuestions, listProgrammeLearningQuestions } = await import(
  "./learning-questions"
);
const { moveLearningQuestion } = await import("./learning-question-order");
const { programmeTimeline, programmeTimelineEvents } = await import("./programme-timeline");
const { listPages } = await import("./pages");

let db: AppDatabase;
let programme: FixtureProgramme;

/** Every screen of a paged list, one after the other. */
async function walk<T>(screen: (page: number) => Promise<{ pageCount: number; rows: T[] }>) {
  const first = await screen(1);
  const rows = [...first.rows];
  for (let page = 2; page <= first.pageCount; page++) rows.push(...(await screen(page)).rows);
  return rows;
}

beforeAll(async () => {
  ({ db } = await demoDatabase());
  current.viewer = demoViewer(db, "manager@voorbeeld.example");
  programme = fixtures.createProgramme(db, {
    gemeente: "Gemeente Voorbeeld",
    name: `Lange lijsten ${Math.random().toString(36).slice(2)}`,
    societalChallenge: "Eenzaamheid.",
    owner: "manager@voorbeeld.example",
    team: ["team@voorbeeld.example"],
    partners: [],
  });
});

describe("the assumption register", () => {
  it("walks every screen in the order of each sort, with the matrix counted over all", async () => {
    const count = ASSUMPTIONS_PAGE_SIZE * 2 + 3;
    for (let i = 0; i < count; i++) {
      const { id } = fixtures.addAssumption(db, programme, {
        statement: `Aanname ${i}`,
        criticality: CRITICALITIES[i % CRITICALITIES.length] ?? "hoog",
      });
      const status = ASSUMPTION_STATUSES[(i * 7) % ASSUMPTION_STATUSES.length] ?? "ongetoetst";
      db.update(schema.assumptions)
        .set({ status, updatedAt: new Date(Date.UTC(2026, 0, 1 + (i % 5))) })
        .where(eq(schema.assumptions.id, id))
        .run();
    }
    const all = await listAssumptions({ programmeId: programme.id });
    expect(all).toHaveLength(count);

    const first = await listAssumptionRegister({ programmeId: programme.id });
    expect(first.rows).toHaveLength(ASSUMPTIONS_PAGE_SIZE);
    expect(first).toMatchObject({ total: count, matching: count, page: 1, pageCount: 3, from: 1, to: 25 });
    const matrix = riskMatrix(all);
    expect(first.matrix).toEqual(
      matrix.map((row) => ({
        criticality: row.criticality,
        cells: row.cells.map((cell) => ({ status: cell.status, count: cell.items.length })),
      })),
    );

    const expected = {
      risk: [...all].sort(compareByRisk),
      status: [...all].sort((a, b) => ASSUMPTION_STATUSES.indexOf(a.status) - ASSUMPTION_STATUSES.indexOf(b.status)),
      criticality: [...all].sort((a, b) => CRITICALITIES.indexOf(a.criticality) - CRITICALITIES.indexOf(b.criticality)),
      recent: [...all].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()),
    } as const;
    for (const [sort, order] of Object.entries(expected)) {
      const walked = await walk(async (page) =>
        listAssumptionRegister({ programmeId: programme.id }, { sort: sort as keyof typeof expected, page }),
      );
      expect(
        walked.map((a) => a.id),
        sort,
      ).toEqual(order.map((a) => a.id));
    }

    // The filter runs before the limit: every screen holds only what it lets through, and all of it.
    const filtered = await walk(async (page) =>
      listAssumptionRegister({ programmeId: programme.id }, { criticality: "hoog", page }),
    );
    expect(filtered.map((a) => a.id).sort()).toEqual(
      all
        .filter((a) => a.criticality === "hoog")
        .map((a) => a.id)
        .sort(),
    );
    const past = await listAssumptionRegister({ programmeId: programme.id }, { page: 99 });
    expect(past).toMatchObject({ page: 3, from: 51, to: count });
  });
});

describe("the indicators of a programme", () => {
  it("walks every screen, each indicator with only its latest live measurement, the filter before the limit", async () => {
    const count = INDICATORS_PAGE_SIZE + 4;
    for (let i = 0; i < count; i++) {
      fixtures.addIndicator(db, programme, {
        name: `Indicator ${i}`,
        unit: "bezoekers",
        baseline: { value: 0, date: "2026-01-01" },
        target: { value: 100, date: "2026-12-31" },
        // Even ones are on course, odd ones far behind.
        measurements: [
          { measuredOn: "2026-02-01", value: 1 },
          { measuredOn: "2026-06-01", value: i % 2 === 0 ? 60 : 1 },
        ],
      });
    }
    const all = await listIndicators({ programmeId: programme.id });
    expect(all).toHaveLength(count);
    expect(all.every((i) => i.measurements.length === 1 && i.measurements[0]?.measuredOn === "2026-06-01")).toBe(true);

    const walked = await walk(async (page) => {
      const screen = await listIndicatorScreen({ programmeId: programme.id }, { page });
      return { pageCount: screen.pageCount, rows: screen.indicators };
    });
    expect(walked.map((i) => i.id)).toEqual(all.map((i) => i.id));
    expect(walked.map((i) => i.measurements)).toEqual(all.map((i) => i.measurements));

    const offCourse = await listIndicators({ programmeId: programme.id }, { status: "uit_koers" });
    expect(offCourse.length).toBeGreaterThan(0);
    const first = await listIndicatorScreen({ programmeId: programme.id }, { status: "uit_koers" });
    expect(first).toMatchObject({ total: count, matching: offCourse.length, page: 1 });
    const filtered = await walk(async (page) => {
      const screen = await listIndicatorScreen({ programmeId: programme.id }, { status: "uit_koers", page });
      return { pageCount: screen.pageCount, rows: screen.indicators };
    });
    expect(filtered.map((i) => i.id)).toEqual(offCourse.map((i) => i.id));
  });
});

describe("the learning questions", () => {
  it("walks every screen in the order of the backlog, places counted over the whole list", async () => {
    const made: number[] = [];
    for (let i = 0; i < QUESTIONS_PAGE_SIZE * 2 + 1; i++) {
      made.push(fixtures.addLearningQuestion(db, programme, { question: `Vraag ${i}` }).id);
    }
    // Some answered, one dropped, one a follow-up of the first.
    db.update(schema.learningQuestions)
      .set({ status: "beantwoord", answer: "Ja." })
      .where(eq(schema.learningQuestions.id, made[1] ?? 0))
      .run();
    db.update(schema.learningQuestions)
      .set({ status: "vervallen" })
      .where(eq(schema.learningQuestions.id, made[2] ?? 0))
      .run();
    db.update(schema.learningQuestions)
      .set({ followUpOfId: made[0] ?? 0 })
      .where(eq(schema.learningQuestions.id, made.at(-1) ?? 0))
      .run();

    current.viewer = demoViewer(db, "management@voorbeeld.example");
    const first = await listLearningQuestions({ programme: programme.id });
    expect(first.questions).toHaveLength(QUESTIONS_PAGE_SIZE);
    expect(first).toMatchObject({ matching: made.length, active: made.length - 2, page: 1, pageCount: 3 });
    expect(first.total).toBeGreaterThan(first.matching);
    const walked = await walk(async (page) => {
      const screen = await listLearningQuestions({ programme: programme.id, page });
      return { pageCount: screen.pageCount, rows: screen.questions };
    });
    const { active, answered, dropped } = backlogSections(walked);
    expect(walked.map((q) => q.id)).toEqual([...active, ...answered, ...dropped].map((q) => q.id));
    expect(new Set(walked.map((q) => q.id))).toEqual(new Set(made));
    // The follow-up links are read for the screen's questions, across screens.
    expect(walked.find((q) => q.id === made[0])?.followUps.map((f) => f.id)).toEqual([made.at(-1)]);
    expect(walked.find((q) => q.id === made.at(-1))?.followUpOf?.id).toBe(made[0]);

    const onlyAnswered = await listLearningQuestions({ programme: programme.id, status: "beantwoord" });
    expect(onlyAnswered.questions.map((q) => q.id)).toEqual([made[1]]);
    expect(onlyAnswered).toMatchObject({ matching: 1, pageCount: 1 });

    const programmeList = await walk(async (page) => {
      const screen = await listProgrammeLearningQuestions({ programmeId: programme.id }, { page });
      return { pageCount: screen.pageCount, rows: screen.questions };
    });
    expect(programmeList.map((q) => q.id)).toEqual(walked.map((q) => q.id));
    const open = await listProgrammeLearningQuestions({ programmeId: programme.id }, { status: "open", page: 2 });
    expect(open).toMatchObject({ matching: made.length - 2, page: 2, from: QUESTIONS_PAGE_SIZE + 1 });
    current.viewer = demoViewer(db, "manager@voorbeeld.example");
  });

  it("a move gives the new place as the list shows it, so the screen it is on now can be shown", async () => {
    current.viewer = demoViewer(db, "management@voorbeeld.example");
    const second = await listProgrammeLearningQuestions({ programmeId: programme.id }, { page: 2 });
    const question = second.questions[0];
    expect(second.from).toBe(QUESTIONS_PAGE_SIZE + 1);
    const up = await moveLearningQuestion({ questionId: question?.id ?? 0 }, { direction: "up", scope: programme.id });
    expect(up).toMatchObject({ ok: true, value: { place: QUESTIONS_PAGE_SIZE } });
    const first = await listProgrammeLearningQuestions({ programmeId: programme.id }, { page: 1 });
    expect(first.questions.at(-1)?.id).toBe(question?.id);

    // In the whole backlog the place counts every question of the gemeente still to answer before it.
    const down = await moveLearningQuestion({ questionId: question?.id ?? 0 }, { direction: "down", scope: "all" });
    const backlog = await walk(async (page) => {
      const screen = await listLearningQuestions({ page });
      return { pageCount: screen.pageCount, rows: screen.questions };
    });
    const place = backlogSections(backlog).active.findIndex((q) => q.id === question?.id) + 1;
    expect(place).toBeGreaterThan(0);
    expect(down).toMatchObject({ ok: true, value: { place } });
    current.viewer = demoViewer(db, "manager@voorbeeld.example");
  });
});

describe("the timeline", () => {
  it("shows a window of months, the latest year first, and the windows together hold every event", async () => {
    // Assumptions made over three years, one a month.
    for (let month = 0; month < 30; month++) {
      const { id } = fixtures.addAssumption(db, programme, { statement: `Maand ${month}`, criticality: "laag" });
      db.update(schema.assumptions)
        .set({ createdAt: new Date(Date.UTC(2023, month, 10, 12)) })
        .where(eq(schema.assumptions.id, id))
        .run();
    }
    const all = await programmeTimelineEvents({ programmeId: programme.id });
    const newest = await programmeTimeline({ programmeId: programme.id });
    expect(newest.total).toBe(all.length);
    expect(newest.window?.page).toBe(1);
    expect(newest.window?.pageCount).toBeGreaterThan(2);
    expect(newest.events.length).toBeLessThan(all.length);

    const seen: string[] = [];
    for (let page = 1; page <= (newest.window?.pageCount ?? 0); page++) {
      const screen = await programmeTimeline({ programmeId: programme.id, page });
      const months = buildTimeline(screen.events).map((m) => m.month);
      expect(months.length).toBeLessThanOrEqual(TIMELINE_WINDOW_MONTHS);
      expect(months.every((m) => m >= (screen.window?.firstMonth ?? "") && m <= (screen.window?.lastMonth ?? ""))).toBe(
        true,
      );
      seen.push(...screen.events.map((e) => `${e.kind}|${e.at.getTime()}|${e.title}`));
    }
    expect(seen.sort()).toEqual(all.map((e) => `${e.kind}|${e.at.getTime()}|${e.title}`).sort());
    expect((await programmeTimeline({ programmeId: programme.id, page: 999 })).window?.page).toBe(
      newest.window?.pageCount,
    );
  });
});

describe("the filter of the pages", () => {
  it("offers only the programmes that have pages", async () => {
    current.viewer = demoViewer(db, "beheerder@voorbeeld.example");
    const listed = await listPages();
    const withPages = new Set(
      db
        .select({ id: schema.pages.programmeId })
        .from(schema.pages)
        .all()
        .map((p) => p.id),
    );
    expect(listed.programmes.length).toBeGreaterThan(0);
    expect(listed.programmes.every((p) => withPages.has(p.id))).toBe(true);
    expect(listed.programmes.map((p) => p.id)).not.toContain(programme.id);
    // The chosen one stays, so the filter shows what it is set to.
    expect((await listPages({ programme: programme.id })).programmes.map((p) => p.id)).toContain(programme.id);
    current.viewer = demoViewer(db, "manager@voorbeeld.example");
  });
});
