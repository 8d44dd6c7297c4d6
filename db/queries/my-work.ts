// "Mijn werk": what is the signed-in person's own to do now and next, in the kinds of work their role can have
// (lib/domain/my-work.ts). Measurements and reports to hand in come from the gemeente's due work (due-work.ts), which
// asks the kernel who should act; every other kind from its own list in my-work-sections.ts or my-work-reports.ts.
import "server-only";
import { requireViewer } from "@/lib/auth/viewer";
import { HOME_LIMIT, MY_WORK_PAGE_SIZE, type MyWorkKind, myWorkKinds, pageWithin } from "@/lib/domain/my-work";
import { todayInAmsterdam } from "@/lib/domain/time";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { ownCoachingActions } from "./coaching-work";
import { dueWork } from "./due-work";
import { reportsDue, reportsToReview } from "./my-work-reports";
import {
  correctionsToDecide,
  ownActionItems,
  ownLearningQuestions,
  ownRoadmapSteps,
  type Span,
  upcomingSessions,
  type WorkContext,
} from "./my-work-sections";
import { rankingsToEnter } from "./session-ranking-work";

/** Measurements due soon or missed on the indicators the viewer is asked to measure, the most overdue first. */
function dueMeasurements({ viewer, db, today }: WorkContext, span: Span) {
  const due = dueWork(db, viewer.organisationId, today, { userId: viewer.userId, kinds: ["measurement"] });
  return {
    total: due.length,
    items: due.slice(span.offset, span.offset + span.limit).map((item) => ({
      id: item.entityId,
      indicatorName: item.title,
      programmeName: item.programmeName,
      dueOn: item.dueOn,
      // A measurement is never sent back: it is due or missed.
      state: item.state === "overdue" ? ("overdue" as const) : ("due" as const),
      href: item.href,
    })),
  };
}

const LISTS = {
  reportsDue,
  actionItems: ownActionItems,
  coachingActions: ownCoachingActions,
  sessionRankings: rankingsToEnter,
  measurements: dueMeasurements,
  reportsToReview,
  corrections: correctionsToDecide,
  learningQuestions: ownLearningQuestions,
  roadmapSteps: ownRoadmapSteps,
  sessions: upcomingSessions,
} satisfies Record<MyWorkKind, (context: WorkContext, span: Span) => { total: number; items: unknown[] }>;

type Lists = typeof LISTS;

/** One kind of work: how many there are, and the ones shown. */
export type MyWorkSection = {
  [K in MyWorkKind]: { kind: K; total: number; items: ReturnType<Lists[K]>["items"] };
}[MyWorkKind];

export type MyWorkItem<K extends MyWorkKind> = ReturnType<Lists[K]>["items"][number];

function section(kind: MyWorkKind, context: WorkContext, span: Span): MyWorkSection {
  return { kind, ...LISTS[kind](context, span) } as MyWorkSection;
}

type Options = { today?: string };

/** What the home page shows: per kind of work the viewer's role can have, the first few and how many there are. */
export async function myWork({ today = todayInAmsterdam(), limit = HOME_LIMIT }: Options & { limit?: number } = {}) {
  const viewer = await requireViewer();
  const context = { viewer, db: getDb(), today };
  return myWorkKinds(viewer.role).map((kind) => section(kind, context, { limit, offset: 0 }));
}

/**
 * All of one kind of the viewer's work, a page at a time; a page beyond the last shows the last. NotFoundError for
 * a kind of work the viewer's role cannot have.
 */
export async function myWorkList({
  kind,
  page,
  today = todayInAmsterdam(),
}: Options & { kind: MyWorkKind; page: number }) {
  const viewer = await requireViewer();
  if (!myWorkKinds(viewer.role).includes(kind)) throw new NotFoundError("kind of work");
  const context = { viewer, db: getDb(), today };
  const span = (at: number) => ({ limit: MY_WORK_PAGE_SIZE, offset: (at - 1) * MY_WORK_PAGE_SIZE });
  let shown = section(kind, context, span(pageWithin(page, Number.MAX_SAFE_INTEGER).page));
  const within = pageWithin(page, shown.total);
  if (shown.items.length === 0 && within.page !== page) shown = section(kind, context, span(within.page));
  return { section: shown, ...within };
}
