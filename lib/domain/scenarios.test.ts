import { describe, expect, it } from "vitest";
import {
  getRoute,
  isRouteKey,
  type LocalText,
  localise,
  ROUTE_KEYS,
  ROUTES,
  type Route,
  SOURCE_CREDIT,
} from "./scenarios";

function textsOf(route: Route): LocalText[] {
  const stepTexts = [...route.steps, route.firstStep].flatMap((step) => [step.title, step.explanation]);
  return [route.name, route.idea, route.approach, ...stepTexts, ...route.opportunities, ...route.risks, ...route.suits];
}

describe("the five routes", () => {
  it("are five, with unique keys in ROUTE_KEYS order and numbers 1 to 5", () => {
    expect(ROUTES.map((route) => route.key)).toEqual([...ROUTE_KEYS]);
    expect(new Set(ROUTES.map((route) => route.key)).size).toBe(5);
    expect(ROUTES.map((route) => route.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("have every text in Dutch and in English", () => {
    for (const route of ROUTES) {
      for (const text of textsOf(route)) {
        expect(text.nl.trim(), `${route.key}: ${text.en}`).not.toBe("");
        expect(text.en.trim(), `${route.key}: ${text.nl}`).not.toBe("");
      }
      expect(route.opportunities.length).toBeGreaterThan(0);
      expect(route.risks.length).toBeGreaterThan(0);
      expect(route.suits.length).toBeGreaterThan(0);
    }
  });

  it("have the number of steps the article gives each route", () => {
    expect(Object.fromEntries(ROUTES.map((route) => [route.key, route.steps.length]))).toEqual({
      "klein-en-krachtig": 3,
      "strategische-start": 5,
      "focus-op-partners": 3,
      "impact-deep-diving": 5,
      training: 4,
    });
  });

  it("number their steps from 1 and give the first step its own key, all keys unique", () => {
    const keys: string[] = [];
    for (const route of ROUTES) {
      expect(route.steps.map((step) => step.key)).toEqual(route.steps.map((_, index) => `${route.key}.${index + 1}`));
      expect(route.firstStep.key).toBe(`${route.key}.eerste-stap`);
      keys.push(...route.steps.map((step) => step.key), route.firstStep.key);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keep step titles short", () => {
    for (const route of ROUTES) {
      for (const step of [...route.steps, route.firstStep]) {
        expect(step.title.nl.length, step.key).toBeLessThanOrEqual(60);
        expect(step.title.en.length, step.key).toBeLessThanOrEqual(60);
      }
    }
  });

  it("send the work of each step to the part of the app that fits the route", () => {
    const areas = (key: (typeof ROUTE_KEYS)[number]) => {
      const route = getRoute(key);
      return new Set([...route.steps, route.firstStep].map((step) => step.workArea));
    };
    expect(areas("klein-en-krachtig")).toEqual(new Set(["programmes"]));
    expect(areas("impact-deep-diving")).toEqual(new Set(["learningQuestions"]));
    expect(areas("training")).toEqual(new Set(["training", "trainingModules", "trainingResults"]));
    // Route 2 works in the opgaven register and its strategic sessions.
    expect(getRoute("strategische-start").firstStep.workArea).toBe("strategicSessions");
    expect(
      getRoute("strategische-start")
        .steps.map((step) => step.workArea)
        .slice(0, 4),
    ).toEqual(["opgaven", "strategicSessions", "changePlans", "subsidies"]);
    // Route 3 starts with workshops for the partners' teams: the learning tracks.
    expect(getRoute("focus-op-partners").firstStep.workArea).toBe("training");
    expect(getRoute("focus-op-partners").steps[1]?.workArea).toBe("training");
  });
});

describe("looking routes up", () => {
  it("finds each route by its key", () => {
    for (const key of ROUTE_KEYS) expect(getRoute(key).key).toBe(key);
    expect(getRoute("training").number).toBe(5);
  });

  it("recognises route keys and nothing else", () => {
    for (const key of ROUTE_KEYS) expect(isRouteKey(key)).toBe(true);
    for (const value of ["", "Training", "klein en krachtig", "eerste-stap", 1, null, undefined, {}]) {
      expect(isRouteKey(value)).toBe(false);
    }
  });

  it("picks the text for the locale", () => {
    const name = getRoute("klein-en-krachtig").name;
    expect(localise(name, "nl")).toBe("Klein en krachtig beginnen");
    expect(localise(name, "en")).toBe(name.en);
  });

  it("credits the article the routes restate", () => {
    expect(SOURCE_CREDIT).toEqual({
      title: "Vijf scenario's voor impactgericht werken als gemeente",
      authors: "S. Eekman & T. Biekram",
      publisher: "Grant Thornton",
    });
  });
});
