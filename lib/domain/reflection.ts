// Rules of reflection sessions and lessons learned: what a new session puts on the table, carrying an action item over
// to the next session, tags of a lesson and the full-text query of the lesson library. Plain functions, no database.
import { compareByRisk, isAtRisk } from "./assumption-risk";
import type {
  ActionItemStatus,
  AssumptionStatus,
  Criticality,
  IndicatorStatus,
  LearningQuestionStatus,
} from "./constants";
import { assessIndicator, type IndicatorInput } from "./indicator-status";
import { byPriority, isActive } from "./learning-questions";

/** An action item still to be done, as the agenda of a later session shows it. */
export type AgendaAction = {
  id: number;
  description: string;
  ownerName: string | null;
  dueDate: string | null;
  sessionId: number;
  sessionTitle: string;
  heldOn: string;
};
/** An action agreed in coaching about the programme, not yet done. */
export type AgendaCoachingAction = {
  id: number;
  description: string;
  ownerName: string;
  dueDate: string | null;
  heldOn: string;
};
export type AgendaAssumption = { id: number; statement: string; criticality: Criticality; status: AssumptionStatus };
export type AgendaIndicator = {
  id: number;
  name: string;
  status: Extract<IndicatorStatus, "uit_koers" | "aandacht">;
  latestValue: number | null;
  unit: string;
};
export type AgendaQuestion = { id: number; question: string; status: LearningQuestionStatus };

/**
 * What the programme put on the table when a session was prepared, in the order the session goes through it: first
 * what was promised last time and is not done, then the risks (assumptions), then the figures (indicators), then what
 * the programme still wants to know (learning questions). Kept as it was, so the session record stays true later.
 */
export type Agenda = {
  version: 1;
  preparedOn: string;
  openActions: AgendaAction[];
  assumptions: AgendaAssumption[];
  indicators: AgendaIndicator[];
  learningQuestions: AgendaQuestion[];
  /** Open actions from coaching conversations about the programme (absent in agendas prepared before coaching). */
  coachingActions?: AgendaCoachingAction[];
};

export type AgendaSource = {
  today: string;
  actionItems: (AgendaAction & { status: ActionItemStatus })[];
  assumptions: AgendaAssumption[];
  indicators: (Omit<IndicatorInput, "measurements"> & {
    id: number;
    name: string;
    unit: string;
    measurements: IndicatorInput["measurements"];
  })[];
  learningQuestions: (AgendaQuestion & { priority: number })[];
  coachingActions?: AgendaCoachingAction[];
};

/** Overdue first: by due date (none last), then in the order they were made. */
function byDueDate(a: AgendaAction, b: AgendaAction) {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.id - b.id;
}

const INDICATOR_ORDER = { uit_koers: 0, aandacht: 1 } as const;

export function buildAgenda(source: AgendaSource): Agenda {
  const openActions = source.actionItems
    .filter((item) => item.status === "open")
    .map(({ status: _status, ...item }) => item)
    .sort(byDueDate);
  const assumptions = source.assumptions
    .filter(isAtRisk)
    .sort(compareByRisk)
    .map(({ id, statement, criticality, status }) => ({ id, statement, criticality, status }));
  const indicators: AgendaIndicator[] = [];
  for (const indicator of source.indicators) {
    const { status, latest } = assessIndicator(indicator);
    if (status !== "uit_koers" && status !== "aandacht") continue;
    indicators.push({
      id: indicator.id,
      name: indicator.name,
      status,
      latestValue: latest?.value ?? null,
      unit: indicator.unit,
    });
  }
  indicators.sort((a, b) => INDICATOR_ORDER[a.status] - INDICATOR_ORDER[b.status] || a.id - b.id);
  const learningQuestions = source.learningQuestions
    .filter((q) => isActive(q.status))
    .sort(byPriority)
    .map(({ id, question, status }) => ({ id, question, status }));
  const coachingActions = [...(source.coachingActions ?? [])].sort((a, b) =>
    byDueDate({ ...a, sessionId: 0, sessionTitle: "" }, { ...b, sessionId: 0, sessionTitle: "" }),
  );
  return {
    version: 1,
    preparedOn: source.today,
    openActions,
    assumptions,
    indicators,
    learningQuestions,
    coachingActions,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function list<T>(value: unknown, keep: (item: Record<string, unknown>) => boolean): T[] {
  return Array.isArray(value) ? (value.filter((item) => isRecord(item) && keep(item)) as T[]) : [];
}

const hasId = (item: Record<string, unknown>) => Number.isInteger(item.id);

/** The stored agenda read back defensively: anything that is not in the expected shape is left out. */
export function readAgenda(value: unknown): Agenda {
  const stored = isRecord(value) ? value : {};
  return {
    version: 1,
    preparedOn: typeof stored.preparedOn === "string" ? stored.preparedOn : "",
    openActions: list(stored.openActions, (i) => hasId(i) && typeof i.description === "string"),
    assumptions: list(stored.assumptions, (i) => hasId(i) && typeof i.statement === "string"),
    indicators: list(stored.indicators, (i) => hasId(i) && typeof i.name === "string"),
    learningQuestions: list(stored.learningQuestions, (i) => hasId(i) && typeof i.question === "string"),
    coachingActions: list(stored.coachingActions, (i) => hasId(i) && typeof i.description === "string"),
  };
}

export type CarryOverItem = {
  id: number;
  programmeId: number;
  sessionId: number;
  status: ActionItemStatus;
  description: string;
  ownerId: number | null;
  dueDate: string | null;
};

export type CarryOverProblem = "actionNotOpen" | "actionSameSession" | "actionOtherProgramme" | "actionNotOnAgenda";

/**
 * Carrying an action item over to a later session: only an open item, of the same programme, from another session, and
 * only when it was on that session's agenda (so the team looked at it there). Returns what to write, or why not.
 */
export function carryOver(
  item: CarryOverItem,
  target: { sessionId: number; programmeId: number; agenda: Agenda },
):
  | { ok: true; newItem: Omit<CarryOverItem, "id"> & { carriedOverFromId: number }; oldStatus: "doorgeschoven" }
  | { ok: false; problem: CarryOverProblem } {
  if (item.programmeId !== target.programmeId) return { ok: false, problem: "actionOtherProgramme" };
  if (item.sessionId === target.sessionId) return { ok: false, problem: "actionSameSession" };
  if (item.status !== "open") return { ok: false, problem: "actionNotOpen" };
  if (!target.agenda.openActions.some((action) => action.id === item.id)) {
    return { ok: false, problem: "actionNotOnAgenda" };
  }
  return {
    ok: true,
    newItem: {
      programmeId: item.programmeId,
      sessionId: target.sessionId,
      status: "open",
      description: item.description,
      ownerId: item.ownerId,
      dueDate: item.dueDate,
      carriedOverFromId: item.id,
    },
    oldStatus: "doorgeschoven",
  };
}

/** Marking done: only an open item; a carried-over one lives on in its new session. */
export function canComplete(status: ActionItemStatus): boolean {
  return status === "open";
}

export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 40;

/** "Eenzaamheid, Huisbezoek ,  huisbezoek" → ["eenzaamheid", "huisbezoek"]: lowercase, trimmed, once each. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(",")
    .map((tag) => tag.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("nl"))
    .filter(Boolean);
  return [...new Set(tags)];
}

const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 60;

/**
 * Turns what a person typed into a safe FTS5 query: every word becomes a quoted phrase with prefix matching, so
 * "buurtcoach" finds "buurtcoaches" too, and operators, quotes and brackets are never read as FTS5 syntax. All words
 * must match. Accents are ignored by the index itself (remove_diacritics). Null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const words = input.normalize("NFC").match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  const terms = words.slice(0, MAX_QUERY_WORDS).map((word) => `"${word.slice(0, MAX_WORD_LENGTH)}"*`);
  return terms.length === 0 ? null : terms.join(" ");
}
