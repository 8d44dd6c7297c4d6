import { describe, expect, it } from "vitest";
import { findOption, INTAKE_QUESTIONS, type IntakeAnswers } from "./intake";
import { COMBINATION_MARGIN, type Recommendation, recommend } from "./recommender";
import { getRoute, ROUTE_KEYS, type RouteKey } from "./scenarios";

const FITS: Record<RouteKey, IntakeAnswers> = {
  "klein-en-krachtig": {
    embrace: "nog-niet",
    means: "beperkt",
    partners: "weinig",
    policyMoment: "nee",
    learningQuestions: "vaag",
    trainingSupport: "in-woorden",
    ambition: "uitproberen",
    scope: "programma",
    partnerReadiness: "nauwelijks",
    pace: "snel",
  },
  "strategische-start": {
    embrace: "deels",
    means: "gemiddeld",
    partners: "veel",
    policyMoment: "binnenkort",
    learningQuestions: "vaag",
    trainingSupport: "in-woorden",
    ambition: "structureel",
    scope: "organisatie",
    partnerReadiness: "ver",
    pace: "lange-termijn",
  },
  "focus-op-partners": {
    embrace: "breed",
    means: "ruim",
    partners: "veel",
    policyMoment: "later",
    learningQuestions: "vaag",
    trainingSupport: "ja",
    ambition: "structureel",
    scope: "afdeling",
    partnerReadiness: "wisselend",
    pace: "binnen-jaar",
  },
  "impact-deep-diving": {
    embrace: "deels",
    means: "gemiddeld",
    partners: "weinig",
    policyMoment: "nee",
    learningQuestions: "concreet",
    trainingSupport: "nee",
    ambition: "beter-meten",
    scope: "afdeling",
    partnerReadiness: "nauwelijks",
    pace: "snel",
  },
  training: {
    embrace: "deels",
    means: "ruim",
    partners: "weinig",
    policyMoment: "nee",
    learningQuestions: "geen",
    trainingSupport: "ja",
    ambition: "verankeren",
    scope: "organisatie",
    partnerReadiness: "nauwelijks",
    pace: "lange-termijn",
  },
};

// The answers that carry the winner, strongest first and in question order within a weight.
const DRIVERS: Record<RouteKey, [string, string, number][]> = {
  "klein-en-krachtig": [
    ["embrace", "nog-niet", 3],
    ["means", "beperkt", 3],
    ["ambition", "uitproberen", 3],
    ["scope", "programma", 2],
    ["pace", "snel", 2],
    ["policyMoment", "nee", 1],
    ["learningQuestions", "vaag", 1],
    ["trainingSupport", "in-woorden", 1],
    ["partnerReadiness", "nauwelijks", 1],
  ],
  "strategische-start": [
    ["policyMoment", "binnenkort", 3],
    ["ambition", "structureel", 3],
    ["partners", "veel", 2],
    ["scope", "organisatie", 2],
    ["partnerReadiness", "ver", 2],
    ["pace", "lange-termijn", 2],
    ["means", "gemiddeld", 1],
  ],
  "focus-op-partners": [
    ["embrace", "breed", 3],
    ["partners", "veel", 3],
    ["means", "ruim", 2],
    ["partnerReadiness", "wisselend", 2],
    ["trainingSupport", "ja", 1],
    ["ambition", "structureel", 1],
    ["scope", "afdeling", 1],
  ],
  "impact-deep-diving": [
    ["learningQuestions", "concreet", 3],
    ["ambition", "beter-meten", 3],
    ["means", "gemiddeld", 2],
    ["pace", "snel", 2],
    ["embrace", "deels", 1],
    ["policyMoment", "nee", 1],
    ["trainingSupport", "nee", 1],
    ["scope", "afdeling", 1],
  ],
  training: [
    ["trainingSupport", "ja", 3],
    ["ambition", "verankeren", 3],
    ["means", "ruim", 2],
    ["scope", "organisatie", 2],
    ["pace", "lange-termijn", 2],
    ["embrace", "deels", 1],
    ["partners", "weinig", 1],
    ["learningQuestions", "geen", 1],
  ],
};

function scoreOf(recommendation: Recommendation, route: RouteKey): number {
  return recommendation.ranking.find((advice) => advice.route === route)?.score ?? Number.NaN;
}

describe("the intake", () => {
  it("has between 8 and 12 questions with unique keys", () => {
    expect(INTAKE_QUESTIONS.length).toBeGreaterThanOrEqual(8);
    expect(INTAKE_QUESTIONS.length).toBeLessThanOrEqual(12);
    expect(new Set(INTAKE_QUESTIONS.map((q) => q.key)).size).toBe(INTAKE_QUESTIONS.length);
  });

  it("offers 3 or 4 answers per question, each with a unique kebab-case value and texts in both languages", () => {
    for (const question of INTAKE_QUESTIONS) {
      expect(question.key).toMatch(/^[a-z][a-zA-Z]*$/);
      expect(question.question.nl.trim()).not.toBe("");
      expect(question.question.en.trim()).not.toBe("");
      expect(question.options.length, question.key).toBeGreaterThanOrEqual(3);
      expect(question.options.length, question.key).toBeLessThanOrEqual(4);
      expect(new Set(question.options.map((o) => o.value)).size).toBe(question.options.length);
      for (const option of question.options) {
        expect(option.value).toMatch(/^[a-z]+(-[a-z]+)*$/);
        for (const text of [option.label, option.reason]) {
          expect(text.nl.trim(), `${question.key}.${option.value}`).not.toBe("");
          expect(text.en.trim(), `${question.key}.${option.value}`).not.toBe("");
        }
        for (const [route, weight] of Object.entries(option.scores)) {
          expect(ROUTE_KEYS).toContain(route);
          expect(Number.isInteger(weight)).toBe(true);
        }
      }
    }
  });

  it("finds an option by question and value, and nothing for unknown ones", () => {
    expect(findOption("embrace", "nog-niet")?.reason.nl).toBe("impactgericht werken nog niet breed omarmd is");
    expect(findOption("embrace", "onbekend")).toBeUndefined();
    expect(findOption("onbekend", "nog-niet")).toBeUndefined();
  });
});

describe("recommend", () => {
  for (const route of ROUTE_KEYS) {
    it(`puts ${route} on top for a gemeente it fits`, () => {
      const recommendation = recommend(FITS[route]);
      const [best, second] = recommendation.ranking;
      expect(best?.route).toBe(route);
      // Strictly ahead, so the outcome cannot come from the tie order of ROUTE_KEYS alone.
      expect(best?.score).toBeGreaterThan(second?.score ?? Number.POSITIVE_INFINITY);
      expect(recommendation.tie).toBeNull();
    });

    it(`explains ${route} by exactly the answers that raised its score`, () => {
      const best = recommend(FITS[route]).ranking[0];
      expect(best?.reasons.map((r) => [r.questionKey, r.answer, r.weight])).toEqual(DRIVERS[route]);
      for (const reason of best?.reasons ?? []) {
        expect(reason.text).toEqual(findOption(reason.questionKey, reason.answer)?.reason);
      }
      const sum = [...(best?.reasons ?? []), ...(best?.against ?? [])].reduce((total, r) => total + r.weight, 0);
      expect(sum).toBe(best?.score);
    });
  }

  it("ranks all five routes and orders reasons against from most negative", () => {
    const recommendation = recommend(FITS["klein-en-krachtig"]);
    expect(recommendation.ranking.map((a) => a.route).sort()).toEqual([...ROUTE_KEYS].sort());
    const partners = recommendation.ranking.find((a) => a.route === "focus-op-partners");
    expect(partners?.against.map((r) => [r.questionKey, r.weight])).toEqual([
      ["partners", -3],
      ["embrace", -2],
      ["means", -2],
      ["pace", -1],
    ]);
    expect(partners?.reasons).toEqual([]);
  });

  it("suggests training alongside a small start when training comes close behind", () => {
    // A gemeente that wants to try things out first, on one programme, with management ready to pay for training.
    const recommendation = recommend({
      embrace: "deels",
      means: "ruim",
      partners: "weinig",
      policyMoment: "nee",
      learningQuestions: "geen",
      trainingSupport: "ja",
      ambition: "uitproberen",
      scope: "programma",
      partnerReadiness: "nauwelijks",
      pace: "binnen-jaar",
    });
    expect(recommendation.ranking[0]?.route).toBe("klein-en-krachtig");
    expect(recommendation.ranking[1]?.route).toBe("training");
    const gap = scoreOf(recommendation, "klein-en-krachtig") - scoreOf(recommendation, "training");
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThanOrEqual(COMBINATION_MARGIN);
    expect(recommendation.tie).toBeNull();
    expect(recommendation.combination?.routes).toEqual(["klein-en-krachtig", "training"]);
    expect(recommendation.combination?.explanation.nl).toMatch(/pilot/);
    expect(recommendation.combination?.explanation.en).toMatch(/pilot/);
  });

  it("suggests no combination when the runner-up is far behind", () => {
    for (const route of ROUTE_KEYS) expect(recommend(FITS[route]).combination).toBeNull();
  });

  it("says so when two routes share the top score, names both and what to weigh", () => {
    const recommendation = recommend({ trainingSupport: "ja", ambition: "uitproberen" });
    expect(recommendation.tie?.routes).toEqual(["klein-en-krachtig", "training"]);
    expect(recommendation.tie?.explanation.nl).toMatch(/^Klein en krachtig beginnen en Training passen even goed/);
    expect(recommendation.tie?.explanation.en).toContain(
      `${getRoute("klein-en-krachtig").name.en} and ${getRoute("training").name.en}`,
    );
    expect(recommendation.tie?.explanation.nl).toContain("Weeg af");
    // The two complement each other, so the tie also comes with the combination.
    expect(recommendation.combination?.routes).toEqual(["klein-en-krachtig", "training"]);
  });

  it("gives a tie without a combination when the tied routes do not complement each other", () => {
    const recommendation = recommend({ policyMoment: "binnenkort", ambition: "uitproberen" });
    expect(recommendation.ranking.slice(0, 2).map((a) => a.route)).toEqual(["klein-en-krachtig", "strategische-start"]);
    expect(recommendation.tie?.routes).toEqual(["klein-en-krachtig", "strategische-start"]);
    expect(recommendation.tie?.explanation.nl).toContain("Klein en krachtig beginnen en Strategische start");
    expect(recommendation.tie?.explanation.en).toContain("Start small and powerful and Strategic start");
    expect(recommendation.combination).toBeNull();
  });

  it("scores every route zero, without advice, when no answer is given", () => {
    const recommendation = recommend({});
    expect(recommendation.ranking.map((a) => [a.route, a.score])).toEqual(ROUTE_KEYS.map((key) => [key, 0]));
    expect(recommendation.ranking.every((a) => a.reasons.length === 0 && a.against.length === 0)).toBe(true);
    expect(recommendation.tie).toBeNull();
    expect(recommendation.combination).toBeNull();
  });

  it("ignores unknown questions and unknown answers", () => {
    const recommendation = recommend({ embrace: "misschien", colour: "blauw", ambition: "uitproberen" });
    expect(recommendation.ranking[0]).toMatchObject({ route: "klein-en-krachtig", score: 3 });
    expect(recommendation.ranking[0]?.reasons.map((r) => r.questionKey)).toEqual(["ambition"]);
  });
});
