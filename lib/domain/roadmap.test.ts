import { describe, expect, it } from "vitest";
import { isOverdue, nextSteps, planRoadmap, roadmapProgress, stepByKey } from "./roadmap";
import { getRoute } from "./scenarios";

const route1 = getRoute("klein-en-krachtig");
const route5 = getRoute("training");

describe("planning the roadmap of a decision", () => {
  it("puts the first step first, then the route's own steps", () => {
    const { add, archive } = planRoadmap([], ["klein-en-krachtig"]);
    expect(archive).toEqual([]);
    expect(add.map((s) => s.stepKey)).toEqual([route1.firstStep.key, ...route1.steps.map((s) => s.key)]);
    expect(add.map((s) => s.isFirstStep)).toEqual([true, ...route1.steps.map(() => false)]);
  });

  it("adds the second route's steps after the primary route's", () => {
    const { add } = planRoadmap([], ["klein-en-krachtig", "training"]);
    expect(add.map((s) => s.route)).toEqual([
      ...Array(route1.steps.length + 1).fill("klein-en-krachtig"),
      ...Array(route5.steps.length + 1).fill("training"),
    ]);
  });

  it("on a change of route keeps finished steps, archives unfinished ones and adds the new route", () => {
    const existing = [
      { id: 1, route: "klein-en-krachtig", stepKey: route1.firstStep.key, status: "klaar" as const },
      { id: 2, route: "klein-en-krachtig", stepKey: "klein-en-krachtig.1", status: "bezig" as const },
      { id: 3, route: "klein-en-krachtig", stepKey: "klein-en-krachtig.2", status: "te_doen" as const },
    ];
    const { add, archive } = planRoadmap(existing, ["training"]);
    expect(archive).toEqual([2, 3]);
    expect(add[0]).toEqual({ route: "training", stepKey: route5.firstStep.key, isFirstStep: true });
    expect(add).toHaveLength(route5.steps.length + 1);
  });

  it("adding a second route leaves the steps of the route that stays alone", () => {
    const existing = [
      { id: 7, route: "klein-en-krachtig", stepKey: "klein-en-krachtig.1", status: "te_doen" as const },
    ];
    const { add, archive } = planRoadmap(existing, ["klein-en-krachtig", "training"]);
    expect(archive).toEqual([]);
    expect(add.every((s) => s.route === "training")).toBe(true);
  });
});

describe("roadmap progress", () => {
  const steps = [
    { status: "klaar" as const, dueDate: "2026-10-01", position: 1 },
    { status: "bezig" as const, dueDate: null, position: 2 },
    { status: "te_doen" as const, dueDate: "2026-12-01", position: 3 },
    { status: "te_doen" as const, dueDate: "2026-11-01", position: 4 },
  ];

  it("counts finished steps", () => {
    expect(roadmapProgress(steps)).toEqual({ done: 1, total: 4 });
  });

  it("lists unfinished steps by due date, undated ones last", () => {
    expect(nextSteps(steps).map((s) => s.position)).toEqual([4, 3, 2]);
  });

  it("calls an unfinished step past its date overdue, a finished one never", () => {
    expect(isOverdue(steps[3]!, "2026-11-27")).toBe(true);
    expect(isOverdue(steps[2]!, "2026-11-27")).toBe(false);
    expect(isOverdue(steps[0]!, "2026-11-27")).toBe(false);
    expect(isOverdue(steps[1]!, "2026-11-27")).toBe(false);
  });

  it("finds the route step behind a roadmap step", () => {
    expect(stepByKey(route1.firstStep.key)).toBe(route1.firstStep);
    expect(stepByKey("bestaat.niet")).toBeUndefined();
  });
});
