import { describe, expect, it } from "vitest";
import { INTAKE_QUESTIONS } from "./intake";
import type { DimensionScores } from "./maturity";
import { averageScores, intakeFromScans } from "./scan-intake";

const scores = (value: number | null, leren: number | null = value): DimensionScores => ({
  strategie: value,
  verandertheorie: value,
  meten: value,
  leren,
  bijsturen: value,
  partners: value,
});

describe("intakeFromScans", () => {
  it("answers the questions the scan measured, from low to high", () => {
    expect(intakeFromScans({ teams: scores(1.8), partners: scores(1.5) })).toEqual({
      embrace: "nog-niet",
      learningQuestions: "geen",
      partnerReadiness: "nauwelijks",
    });
    expect(intakeFromScans({ teams: scores(3, 2.5), partners: scores(3.4) })).toEqual({
      embrace: "deels",
      learningQuestions: "vaag",
      partnerReadiness: "wisselend",
    });
    expect(intakeFromScans({ teams: scores(3.5, 4), partners: scores(4.5) })).toEqual({
      embrace: "breed",
      learningQuestions: "concreet",
      partnerReadiness: "ver",
    });
  });

  it("leaves out what no scan says anything about", () => {
    expect(intakeFromScans({ teams: null, partners: null })).toEqual({});
    expect(intakeFromScans({ teams: scores(3), partners: null })).not.toHaveProperty("partnerReadiness");
    expect(intakeFromScans({ teams: null, partners: scores(3) })).toEqual({ partnerReadiness: "wisselend" });
    expect(intakeFromScans({ teams: scores(3, null), partners: null })).not.toHaveProperty("learningQuestions");
  });

  it("gives only answers that the intake offers", () => {
    for (const level of [1, 2.5, 3, 4, 5]) {
      for (const [key, value] of Object.entries(intakeFromScans({ teams: scores(level), partners: scores(level) }))) {
        const question = INTAKE_QUESTIONS.find((q) => q.key === key);
        expect(question?.options.map((o) => o.value)).toContain(value);
      }
    }
  });
});

describe("averageScores", () => {
  it("averages each dimension over the scans that scored it", () => {
    const average = averageScores([scores(2, null), scores(3, 4)]);
    expect(average?.strategie).toBe(2.5);
    expect(average?.leren).toBe(4);
  });

  it("is null without scans", () => {
    expect(averageScores([])).toBeNull();
  });
});
