import { describe, expect, it } from "vitest";
import {
  backlogSections,
  canChangeStatus,
  interpretationMissing,
  isOverdue,
  moveInOrder,
  placeAfter,
  renumber,
  statusChangeProblem,
  statusChoices,
} from "./learning-questions";

describe("moving a question in the backlog", () => {
  it("swaps it with its neighbour", () => {
    expect(moveInOrder([1, 2, 3], 3, "up")).toEqual([1, 3, 2]);
    expect(moveInOrder([1, 2, 3], 1, "down")).toEqual([2, 1, 3]);
  });

  it("has nothing to move past at the top or the bottom, or for an unknown question", () => {
    expect(moveInOrder([1, 2, 3], 1, "up")).toBeNull();
    expect(moveInOrder([1, 2, 3], 3, "down")).toBeNull();
    expect(moveInOrder([1, 2, 3], 9, "up")).toBeNull();
  });

  it("skips questions outside the list the user sees, which keep their place", () => {
    const answered = new Set([2]);
    expect(moveInOrder([1, 2, 3, 4], 3, "up", (id) => !answered.has(id))).toEqual([3, 2, 1, 4]);
    expect(moveInOrder([2, 3], 3, "up", (id) => !answered.has(id))).toBeNull();
  });
});

describe("placing a follow-up", () => {
  it("comes directly after its parent", () => {
    expect(placeAfter([1, 2, 3], 9, 2)).toEqual([1, 2, 9, 3]);
  });

  it("goes last without a parent, and is never listed twice", () => {
    expect(placeAfter([1, 2], 9, null)).toEqual([1, 2, 9]);
    expect(placeAfter([1, 9, 2], 9, 5)).toEqual([1, 2, 9]);
  });
});

describe("renumbering", () => {
  it("gives 1 to the most urgent and returns only what changed", () => {
    const current = new Map([
      [1, 1],
      [3, 2],
      [2, 3],
    ]);
    expect(renumber([1, 2, 3], current)).toEqual([
      { id: 2, priority: 2 },
      { id: 3, priority: 3 },
    ]);
  });

  it("repairs equal priorities", () => {
    const current = new Map([
      [1, 1],
      [2, 1],
    ]);
    expect(renumber([1, 2], current)).toEqual([{ id: 2, priority: 2 }]);
  });
});

describe("status", () => {
  it("allows the usual course and reopening, but not skipping back from dropped to answered", () => {
    expect(canChangeStatus("open", "in_behandeling")).toBe(true);
    expect(canChangeStatus("in_behandeling", "beantwoord")).toBe(true);
    expect(canChangeStatus("beantwoord", "in_behandeling")).toBe(true);
    expect(canChangeStatus("vervallen", "open")).toBe(true);
    expect(canChangeStatus("vervallen", "beantwoord")).toBe(false);
    expect(canChangeStatus("beantwoord", "vervallen")).toBe(false);
    expect(canChangeStatus("beantwoord", "beantwoord")).toBe(true);
  });

  it("offers the current status first, then what may follow", () => {
    expect(statusChoices("beantwoord")).toEqual(["beantwoord", "in_behandeling"]);
    expect(statusChoices("open")).toEqual(["open", "in_behandeling", "beantwoord", "vervallen"]);
  });

  it("needs an answer for beantwoord", () => {
    expect(statusChangeProblem("open", "beantwoord", { answer: "  " })).toEqual({
      field: "answer",
      error: "answerRequired",
    });
    expect(statusChangeProblem("open", "beantwoord", { answer: "Ja, vooral via de huisarts." })).toBeNull();
    expect(statusChangeProblem("open", "in_behandeling", { answer: "" })).toBeNull();
    expect(statusChangeProblem("vervallen", "beantwoord", { answer: "Ja." })).toEqual({
      field: "status",
      error: "statusNotAllowed",
    });
  });

  it("says when an answered question still lacks its interpretation", () => {
    expect(interpretationMissing({ status: "beantwoord", interpretation: "" })).toBe(true);
    expect(interpretationMissing({ status: "beantwoord", interpretation: "We richten ons op de huisarts." })).toBe(
      false,
    );
    expect(interpretationMissing({ status: "open", interpretation: "" })).toBe(false);
  });
});

describe("overdue", () => {
  it("is a past due date of a question still to answer", () => {
    expect(isOverdue({ status: "open", dueDate: "2026-01-31" }, "2026-02-01")).toBe(true);
    expect(isOverdue({ status: "open", dueDate: "2026-02-01" }, "2026-02-01")).toBe(false);
    expect(isOverdue({ status: "beantwoord", dueDate: "2026-01-31" }, "2026-02-01")).toBe(false);
    expect(isOverdue({ status: "in_behandeling", dueDate: null }, "2026-02-01")).toBe(false);
  });
});

describe("backlog sections", () => {
  it("puts questions still to answer first, by priority, and answered and dropped ones apart", () => {
    const sections = backlogSections([
      { id: 1, priority: 3, status: "open" as const },
      { id: 2, priority: 1, status: "beantwoord" as const },
      { id: 3, priority: 2, status: "in_behandeling" as const },
      { id: 4, priority: 4, status: "vervallen" as const },
    ]);
    expect(sections.active.map((q) => q.id)).toEqual([3, 1]);
    expect(sections.answered.map((q) => q.id)).toEqual([2]);
    expect(sections.dropped.map((q) => q.id)).toEqual([4]);
  });
});
