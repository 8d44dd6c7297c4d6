import { describe, expect, it } from "vitest";
import { CHECKLIST_KEYS, nextPhase, type ProgrammeCounts, readiness } from "./cycle";

const complete: ProgrammeCounts = { hypotheses: 1, effects: 1, assumptions: 1, indicatorsWithBaseline: 1 };
const empty: ProgrammeCounts = { hypotheses: 0, effects: 0, assumptions: 0, indicatorsWithBaseline: 0 };

describe("leaving the defining phase", () => {
  it("is possible with a hypothesis, an effect, an assumption and an indicator with a baseline", () => {
    expect(readiness("definieren", complete)).toEqual({
      items: [
        { key: "hypothesis", met: true },
        { key: "effect", met: true },
        { key: "assumption", met: true },
        { key: "indicatorWithBaseline", met: true },
      ],
      ready: true,
    });
    expect(
      readiness("definieren", { hypotheses: 4, effects: 2, assumptions: 9, indicatorsWithBaseline: 3 }).ready,
    ).toBe(true);
  });

  it("lists every item as missing for an empty programme", () => {
    const result = readiness("definieren", empty);
    expect(result.items.map((i) => i.key)).toEqual([...CHECKLIST_KEYS]);
    expect(result.items.every((i) => !i.met)).toBe(true);
    expect(result.ready).toBe(false);
  });

  it.each([
    ["hypotheses", "hypothesis"],
    ["effects", "effect"],
    ["assumptions", "assumption"],
    ["indicatorsWithBaseline", "indicatorWithBaseline"],
  ] as const)("is not possible without %s, and says so under %s", (count, key) => {
    const result = readiness("definieren", { ...complete, [count]: 0 });
    expect(result.ready).toBe(false);
    expect(result.items.filter((i) => !i.met).map((i) => i.key)).toEqual([key]);
  });
});

describe("leaving the other phases", () => {
  it.each(["onderzoeken", "leren", "bijsturen"] as const)("has no checklist yet for %s", (phase) => {
    expect(readiness(phase, empty)).toEqual({ items: [], ready: true });
  });
});

describe("the next phase", () => {
  it("follows defining, studying, learning and correcting within a round", () => {
    expect(nextPhase("definieren", 1)).toEqual({ phase: "onderzoeken", round: 1 });
    expect(nextPhase("onderzoeken", 1)).toEqual({ phase: "leren", round: 1 });
    expect(nextPhase("leren", 3)).toEqual({ phase: "bijsturen", round: 3 });
  });

  it("after correcting starts a new round with defining", () => {
    expect(nextPhase("bijsturen", 1)).toEqual({ phase: "definieren", round: 2 });
    expect(nextPhase("bijsturen", 7)).toEqual({ phase: "definieren", round: 8 });
  });
});
