import { describe, expect, it } from "vitest";
import {
  type AgendaSource,
  buildAgenda,
  type CarryOverItem,
  canComplete,
  carryOver,
  ftsQuery,
  parseTags,
  readAgenda,
} from "./reflection";

const action = (
  id: number,
  status: "open" | "klaar" | "doorgeschoven",
  dueDate: string | null = null,
): AgendaSource["actionItems"][number] => ({
  id,
  status,
  description: `Actie ${id}`,
  ownerName: "Sanne de Vries",
  dueDate,
  sessionId: 1,
  sessionTitle: "Sessie 1",
  heldOn: "2026-01-15",
});

const indicator = (id: number, latest: number | null): AgendaSource["indicators"][number] => ({
  id,
  name: `Indicator ${id}`,
  unit: "deelnemers",
  direction: "hoger",
  baselineValue: 0,
  baselineDate: "2026-01-01",
  targetValue: 100,
  targetDate: "2026-12-31",
  measurements: latest === null ? [] : [{ measuredOn: "2026-07-02", value: latest }],
});

const source = (overrides: Partial<AgendaSource> = {}): AgendaSource => ({
  today: "2026-07-10",
  actionItems: [],
  assumptions: [],
  indicators: [],
  learningQuestions: [],
  ...overrides,
});

describe("buildAgenda", () => {
  it("puts only the open action items of earlier sessions on the table, overdue first", () => {
    const agenda = buildAgenda(
      source({
        actionItems: [
          action(1, "klaar", "2026-01-01"),
          action(2, "open", null),
          action(3, "open", "2026-03-01"),
          action(4, "doorgeschoven", "2026-01-01"),
          action(5, "open", "2026-02-01"),
        ],
      }),
    );
    expect(agenda.openActions.map((a) => a.id)).toEqual([5, 3, 2]);
    expect(agenda.openActions[0]).not.toHaveProperty("status");
  });

  it("lists refuted assumptions and critical untested ones, the most urgent first", () => {
    const agenda = buildAgenda(
      source({
        assumptions: [
          { id: 1, statement: "Midden, ongetoetst", criticality: "midden", status: "ongetoetst" },
          { id: 2, statement: "Hoog, ongetoetst", criticality: "hoog", status: "ongetoetst" },
          { id: 3, statement: "Laag, weerlegd", criticality: "laag", status: "weerlegd" },
          { id: 4, statement: "Hoog, bevestigd", criticality: "hoog", status: "bevestigd" },
          { id: 5, statement: "Hoog, weerlegd", criticality: "hoog", status: "weerlegd" },
          { id: 6, statement: "Hoog, in onderzoek", criticality: "hoog", status: "in_onderzoek" },
        ],
      }),
    );
    expect(agenda.assumptions.map((a) => a.id)).toEqual([5, 2, 3]);
  });

  it("lists indicators off track before those needing attention and leaves out the rest", () => {
    // Half-way through the year the path expects about 50: 45 is on track, 30 needs attention, 10 is off track.
    const agenda = buildAgenda(
      source({ indicators: [indicator(1, 45), indicator(2, 30), indicator(3, 10), indicator(4, null)] }),
    );
    expect(agenda.indicators).toEqual([
      { id: 3, name: "Indicator 3", status: "uit_koers", latestValue: 10, unit: "deelnemers" },
      { id: 2, name: "Indicator 2", status: "aandacht", latestValue: 30, unit: "deelnemers" },
    ]);
  });

  it("lists the learning questions still to be answered in order of priority", () => {
    const agenda = buildAgenda(
      source({
        learningQuestions: [
          { id: 1, question: "Beantwoord", status: "beantwoord", priority: 1 },
          { id: 2, question: "Later", status: "open", priority: 5 },
          { id: 3, question: "Eerst", status: "in_behandeling", priority: 2 },
          { id: 4, question: "Vervallen", status: "vervallen", priority: 3 },
        ],
      }),
    );
    expect(agenda.learningQuestions).toEqual([
      { id: 3, question: "Eerst", status: "in_behandeling" },
      { id: 2, question: "Later", status: "open" },
    ]);
  });

  it("is empty, but complete, for a programme with nothing open", () => {
    expect(buildAgenda(source())).toEqual({
      version: 1,
      preparedOn: "2026-07-10",
      openActions: [],
      assumptions: [],
      indicators: [],
      learningQuestions: [],
      coachingActions: [],
    });
  });

  it("lists the open coaching actions about the programme, the earliest due first", () => {
    const coaching = (id: number, dueDate: string | null) => ({
      id,
      description: `Actie ${id}`,
      ownerName: "Sanne",
      dueDate,
      heldOn: "2026-07-01",
    });
    const agenda = buildAgenda(
      source({ coachingActions: [coaching(1, null), coaching(2, "2026-08-01"), coaching(3, "2026-07-05")] }),
    );
    expect(agenda.coachingActions?.map((a) => a.id)).toEqual([3, 2, 1]);
  });
});

describe("readAgenda", () => {
  it("reads back what buildAgenda stored", () => {
    const agenda = buildAgenda(source({ actionItems: [action(1, "open")], indicators: [indicator(1, 10)] }));
    expect(readAgenda(JSON.parse(JSON.stringify(agenda)))).toEqual(agenda);
  });

  it("leaves out what is not in the expected shape instead of failing", () => {
    expect(readAgenda(null).openActions).toEqual([]);
    const agenda = readAgenda({ openActions: [{ id: "x" }, { id: 2, description: "Bellen" }, 3], assumptions: "no" });
    expect(agenda.openActions).toEqual([{ id: 2, description: "Bellen" }]);
    expect(agenda.assumptions).toEqual([]);
  });
});

describe("carryOver", () => {
  const item: CarryOverItem = {
    id: 7,
    programmeId: 1,
    sessionId: 1,
    status: "open",
    description: "Folder maken",
    ownerId: 3,
    dueDate: "2026-02-01",
  };
  const agenda = buildAgenda(source({ actionItems: [{ ...action(7, "open"), description: "Folder maken" }] }));
  const target = { sessionId: 2, programmeId: 1, agenda };

  it("makes a new open item in the later session that points back, and marks the old one carried over", () => {
    const result = carryOver(item, target);
    expect(result).toEqual({
      ok: true,
      newItem: {
        programmeId: 1,
        sessionId: 2,
        status: "open",
        description: "Folder maken",
        ownerId: 3,
        dueDate: "2026-02-01",
        carriedOverFromId: 7,
      },
      oldStatus: "doorgeschoven",
    });
  });

  it("refuses an item that is done or already carried over", () => {
    expect(carryOver({ ...item, status: "klaar" }, target)).toEqual({ ok: false, problem: "actionNotOpen" });
    expect(carryOver({ ...item, status: "doorgeschoven" }, target)).toEqual({ ok: false, problem: "actionNotOpen" });
  });

  it("refuses an item of the same session, of another programme, or not on the agenda", () => {
    expect(carryOver({ ...item, sessionId: 2 }, target)).toEqual({ ok: false, problem: "actionSameSession" });
    expect(carryOver({ ...item, programmeId: 9 }, target)).toEqual({ ok: false, problem: "actionOtherProgramme" });
    expect(carryOver({ ...item, id: 8 }, target)).toEqual({ ok: false, problem: "actionNotOnAgenda" });
  });

  it("only lets open items be marked done", () => {
    expect(canComplete("open")).toBe(true);
    expect(canComplete("klaar")).toBe(false);
    expect(canComplete("doorgeschoven")).toBe(false);
  });
});

describe("parseTags", () => {
  it("splits on commas, trims, lowercases and keeps each tag once", () => {
    expect(parseTags(" Eenzaamheid, Huisbezoek ,huisbezoek,, Oude  contacten ")).toEqual([
      "eenzaamheid",
      "huisbezoek",
      "oude contacten",
    ]);
    expect(parseTags(" , ")).toEqual([]);
  });
});

describe("ftsQuery", () => {
  it("quotes every word and lets it match as a prefix", () => {
    expect(ftsQuery("buurtcoach bellen")).toBe('"buurtcoach"* "bellen"*');
  });

  it("keeps accented letters and digits in a word", () => {
    expect(ftsQuery("Ideeën 2026")).toBe('"Ideeën"* "2026"*');
    expect(ftsQuery("cafe\u0301")).toBe('"café"*');
  });

  it("never passes FTS5 syntax through", () => {
    expect(ftsQuery('eenzaam" OR lessons_search:* NEAR(a b) -x ^y')).toBe(
      '"eenzaam"* "OR"* "lessons"* "search"* "NEAR"* "a"* "b"* "x"* "y"*',
    );
  });

  it("returns null for a query of only punctuation or spaces", () => {
    expect(ftsQuery("  ")).toBeNull();
    expect(ftsQuery('"*()-:^')).toBeNull();
    expect(ftsQuery("\u0301 \u0308")).toBeNull();
  });

  it("limits the number and length of words", () => {
    expect(ftsQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "))?.split(" ")).toHaveLength(12);
    expect(ftsQuery("a".repeat(100))).toBe(`"${"a".repeat(60)}"*`);
  });
});
