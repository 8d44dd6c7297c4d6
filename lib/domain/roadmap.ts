// What a route decision does to the roadmap, and how far the roadmap is: pure rules, used by the data layer.
import type { RoadmapStatus } from "./constants";
import { getRoute, ROUTES, type RouteKey, type RouteStep } from "./scenarios";

export type ExistingStep = { id: number; route: string; stepKey: string; status: RoadmapStatus };
export type PlannedStep = { route: RouteKey; stepKey: string; isFirstStep: boolean };

/**
 * A new decision keeps every step of a route that is still chosen and every finished step (that work was done),
 * archives the unfinished steps of routes no longer chosen, and adds the steps of each newly chosen route:
 * its first step first, then the route's own steps. The primary route comes before the second one.
 */
export function planRoadmap(existing: ExistingStep[], routes: RouteKey[]): { archive: number[]; add: PlannedStep[] } {
  const chosen = new Set<string>(routes);
  const archive = existing.filter((s) => !chosen.has(s.route) && s.status !== "klaar").map((s) => s.id);
  const present = new Set(existing.filter((s) => chosen.has(s.route)).map((s) => s.route));
  const add: PlannedStep[] = [];
  for (const key of routes) {
    if (present.has(key)) continue;
    const route = getRoute(key);
    add.push({ route: key, stepKey: route.firstStep.key, isFirstStep: true });
    for (const step of route.steps) add.push({ route: key, stepKey: step.key, isFirstStep: false });
  }
  return { archive, add };
}

export type ProgressStep = { status: RoadmapStatus; dueDate: string | null; position: number };

export function roadmapProgress(steps: ProgressStep[]) {
  return { done: steps.filter((s) => s.status === "klaar").length, total: steps.length };
}

/** Unfinished steps, the earliest due date first; steps without a date follow in roadmap order. */
export function nextSteps<T extends ProgressStep>(steps: T[], limit = 3): T[] {
  return steps
    .filter((s) => s.status !== "klaar")
    .sort((a, b) => {
      if (a.dueDate && b.dueDate && a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
      if (a.dueDate && !b.dueDate) return -1;
      if (!a.dueDate && b.dueDate) return 1;
      return a.position - b.position;
    })
    .slice(0, limit);
}

/** A step is overdue when it is not finished and its due day lies before today (both "YYYY-MM-DD"). */
export function isOverdue(step: { status: RoadmapStatus; dueDate: string | null }, today: string): boolean {
  return step.status !== "klaar" && step.dueDate !== null && step.dueDate < today;
}

const STEPS_BY_KEY = new Map<string, RouteStep>(
  ROUTES.flatMap((route) => [route.firstStep, ...route.steps].map((step) => [step.key, step] as const)),
);

/** The route step a roadmap step was made from. */
export function stepByKey(key: string): RouteStep | undefined {
  return STEPS_BY_KEY.get(key);
}
