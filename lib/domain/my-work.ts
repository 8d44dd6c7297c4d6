// "Mijn werk": which kinds of work a person's home page lists, under which name in an address, and how due a piece of
// work is. A new kind of work is one more entry in MY_WORK_KINDS and its rule in KIND_RULES; the pages and the data
// layer follow this list.
import type { Role } from "./constants";
import { can, mayJoinTeam, type Permission, reaches } from "./permissions";

export const MY_WORK_KINDS = [
  "reportsDue",
  "actionItems",
  "coachingActions",
  "sessionRankings",
  "measurements",
  "reportsToReview",
  "corrections",
  "learningQuestions",
  "roadmapSteps",
  "sessions",
] as const;
export type MyWorkKind = (typeof MY_WORK_KINDS)[number];

/** The kind in the address of the full list: /my-work?soort=actiepunten. */
export const MY_WORK_SLUGS: Record<MyWorkKind, string> = {
  reportsDue: "rapportages-in-te-leveren",
  reportsToReview: "rapportages-te-beoordelen",
  actionItems: "actiepunten",
  coachingActions: "coachingsacties",
  sessionRankings: "rangordes",
  measurements: "metingen",
  corrections: "bijsturingen",
  learningQuestions: "leervragen",
  roadmapSteps: "stappen",
  sessions: "sessies",
};

/** How many of each kind the home page shows; the rest are behind "see all". */
export const HOME_LIMIT = 5;
/** How many the full list of one kind shows per page. */
export const MY_WORK_PAGE_SIZE = 25;

/**
 * Whether a role can ever have work of this kind, as the kernel sees it: a partner measures nothing and decides
 * nothing, and does not see the route. Learning questions are taken on by the gemeente's own people only. Reports are
 * handed in by partners and reviewed by whoever may review them on some programme.
 */
const KIND_RULES: Record<MyWorkKind, (role: Role) => boolean> = {
  reportsDue: (role) => reaches(role, "reporting.submit"),
  reportsToReview: (role) => reaches(role, "reporting.review"),
  actionItems: (role) => reaches(role, "actionItems.completeOwn"),
  coachingActions: (role) => reaches(role, "coachingActions.complete"),
  sessionRankings: (role) => reaches(role, "strategicSessions.rankOwn"),
  measurements: (role) => reaches(role, "programme.measure"),
  corrections: (role) => reaches(role, "correction.decide"),
  learningQuestions: (role) => reaches(role, "learningQuestions.read") && mayJoinTeam(role),
  roadmapSteps: (role) => can(role, "route.read"),
  sessions: (role) => reaches(role, "programme.read"),
};

/** The permission the data layer scopes each kind's list with. */
// Coaching actions are listed for their owner, whom the kernel always lets complete them (db/queries/coaching-work.ts);
// sessions to rank for those who take part in them, whom the kernel lets rank (db/queries/session-ranking-work.ts).
export const KIND_PERMISSIONS: Record<
  Exclude<MyWorkKind, "measurements" | "reportsDue" | "coachingActions" | "sessionRankings">,
  Permission
> = {
  reportsToReview: "reporting.review",
  actionItems: "actionItems.completeOwn",
  corrections: "correction.decide",
  learningQuestions: "learningQuestions.read",
  roadmapSteps: "route.read",
  sessions: "programme.read",
};

/** The kinds of work this role's home page lists, in the order shown. */
export function myWorkKinds(role: Role): MyWorkKind[] {
  return MY_WORK_KINDS.filter((kind) => KIND_RULES[kind](role));
}

export function kindOfSlug(slug: string | undefined): MyWorkKind | undefined {
  return MY_WORK_KINDS.find((kind) => MY_WORK_SLUGS[kind] === slug);
}

/** overdue: the due day has passed; due: it has a due day still to come (or today); none: no due day. */
export type DueState = "overdue" | "due" | "none";

export function dueState(dueDate: string | null, today: string): DueState {
  if (!dueDate) return "none";
  return dueDate < today ? "overdue" : "due";
}

/** Whole calendar days from one day to a later one ("2026-11-30" to "2026-12-02" is 2); 0 when not later. */
export function daysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) return 0;
  return Math.round((end - start) / 86_400_000);
}

/** A page number within a list of `total` items; 1 for anything unreadable, the last page for one beyond it. */
export function pageWithin(page: number, total: number, size = MY_WORK_PAGE_SIZE): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const wanted = Number.isSafeInteger(page) && page > 0 ? page : 1;
  return { page: Math.min(wanted, pageCount), pageCount };
}
