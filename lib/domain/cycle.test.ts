import { describe, expect, it } from "vitest";
import { CHECKLIST_KEYS, nextPhase, type ProgrammeCounts, readiness } from "./cycle";

const empty: ProgrammeCounts = {
  hypotheses: 0,
  effects: 0,
  assumptions: 0,
  indicatorsWithBaseline: 0,
  finishedStudies: 0,
  answeredLearningQuestions: 0,
  interpretedFindings: 0,
  decidedCorrections: 0,
  noCorrectionNeeded: false,
};
const complete: ProgrammeCounts = { ...empty, hypotheses: 1, effects: 1, assumptions: 1, indicatorsWithBaseline: 1 };

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
      readiness("definieren", { ...empty, hypotheses: 4, effects: 2, assumptions: 9, indicatorsWithBaseline: 3 }).ready,
    ).toBe(true);
  });

  it("lists every item as missing for an empty programme", () => {
    const result = readiness("definieren", empty);
    expect(result.items.map((i) => i.key)).toEqual(CHECKLIST_KEYS.slice(0, 4));
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

describe("leaving the later phases", () => {
  it("leaves research with a finished study or an answered learning question", () => {
    expect(readiness("onderzoeken", empty)).toEqual({ items: [{ key: "studyOrAnswer", met: false }], ready: false });
    expect(readiness("onderzoeken", { ...empty, finishedStudies: 1 }).ready).toBe(true);
    expect(readiness("onderzoeken", { ...empty, answeredLearningQuestions: 1 }).ready).toBe(true);
    expect(readiness("onderzoeken", { ...empty, interpretedFindings: 3 }).ready).toBe(false);
  });

  it("leaves learning with at least one interpreted finding", () => {
    expect(readiness("leren", empty)).toEqual({ items: [{ key: "interpretedFinding", met: false }], ready: false });
    expect(readiness("leren", { ...empty, interpretedFindings: 1 }).ready).toBe(true);
    expect(readiness("leren", { ...empty, finishedStudies: 2 }).ready).toBe(false);
  });

  it("closes the round with a decided correction, or an explicit 'no correction needed'", () => {
    expect(readiness("bijsturen", empty)).toEqual({ items: [{ key: "correctionOrNone", met: false }], ready: false });
    expect(readiness("bijsturen", { ...empty, decidedCorrections: 1 }).ready).toBe(true);
    expect(readiness("bijsturen", { ...empty, noCorrectionNeeded: true }).ready).toBe(true);
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
