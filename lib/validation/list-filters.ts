// The filters of a programme's lists as they arrive in the URL, from the dashboard's numbers or typed by hand. Each
// filter is read on its own: a value that does not hold is left out, so the list shows unfiltered on that point
// rather than failing.
import { z } from "zod";
import {
  ACTION_ITEM_STATUSES,
  ASSUMPTION_STATUSES,
  CORRECTION_STATUSES,
  CRITICALITIES,
  INDICATOR_STATUSES,
  STUDY_STATUSES,
} from "../domain/constants";
import { dayInRange } from "../domain/plausible";
import type { PeriodState } from "../domain/submissions";
import { parseDay } from "../domain/time";

export type ListSearch = Record<string, string | string[] | undefined>;

/** The first value of a search parameter; a repeated parameter counts once. */
function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const maybe = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const yes = maybe(z.literal("1").transform(() => true as const));
const day = maybe(z.string().refine((value) => parseDay(value) !== undefined && dayInRange(value)));
const page = z.coerce.number().int().min(1).max(1_000_000).catch(1);

function read<T extends z.ZodObject>(schema: T, search: ListSearch, keys: readonly string[]): z.output<T> {
  const values: Record<string, string | undefined> = {};
  for (const key of keys) values[key] = first(search[key]);
  return schema.parse(values);
}

const indicatorFilter = z.object({ status: maybe(z.enum(INDICATOR_STATUSES)), overdue: yes });
export type IndicatorFilter = z.output<typeof indicatorFilter>;

/** ?status=uit_koers: indicators with this status; ?overdue=1: indicators whose next measurement is missed. */
export function parseIndicatorFilter(search: ListSearch): IndicatorFilter {
  return read(indicatorFilter, search, ["status", "overdue"]);
}

export const ASSUMPTION_SORTS = ["risk", "status", "criticality", "recent"] as const;
export type AssumptionSort = (typeof ASSUMPTION_SORTS)[number];
const assumptionFilter = z.object({
  criticality: maybe(z.enum(CRITICALITIES)),
  status: maybe(z.enum(ASSUMPTION_STATUSES)),
  sort: z.enum(ASSUMPTION_SORTS).catch("risk"),
  pagina: page,
});
export type AssumptionFilter = {
  criticality?: (typeof CRITICALITIES)[number];
  status?: (typeof ASSUMPTION_STATUSES)[number];
  sort: AssumptionSort;
  page: number;
};

/** ?criticality=hoog&status=weerlegd&sort=recent&pagina=2 */
export function parseAssumptionFilter(search: ListSearch): AssumptionFilter {
  const { criticality, status, sort, pagina } = read(assumptionFilter, search, [
    "criticality",
    "status",
    "sort",
    "pagina",
  ]);
  return { criticality, status, sort, page: pagina };
}

export const CORRECTION_STEPS = ["voorgesteld", "besloten"] as const;
const correctionSearch = z.object({
  status: maybe(z.enum(CORRECTION_STATUSES)),
  step: maybe(z.enum(CORRECTION_STEPS)),
  from: day,
  to: day,
  pagina: page,
});
export type CorrectionFilter = {
  status?: (typeof CORRECTION_STATUSES)[number];
  /** Moved to this status within the days from and to (both included), whatever the status is now. */
  step?: { status: (typeof CORRECTION_STEPS)[number]; from: string; to: string };
  page: number;
};

/**
 * ?status=voorgesteld: waiting for a decision now. ?step=besloten&from=2026-09-01&to=2026-11-30: decided within those
 * days, as the dashboard counts its period. A step needs both days, the first not after the last.
 */
export function parseCorrectionFilter(search: ListSearch): CorrectionFilter {
  const { status, step, from, to, pagina } = read(correctionSearch, search, ["status", "step", "from", "to", "pagina"]);
  const period = step && from && to && from <= to ? { status: step, from, to } : undefined;
  return { status, step: period, page: pagina };
}

export const ACTION_ITEM_FILTER_STATUSES = ACTION_ITEM_STATUSES;
const actionItemFilter = z.object({
  status: maybe(z.enum(ACTION_ITEM_STATUSES)),
  overdue: yes,
  pagina: page,
});
export type ActionItemFilter = { status?: (typeof ACTION_ITEM_STATUSES)[number]; overdue?: true; page: number };

/** ?overdue=1: open and past the due date. ?status=open: by status. */
export function parseActionItemFilter(search: ListSearch): ActionItemFilter {
  const { status, overdue, pagina } = read(actionItemFilter, search, ["status", "overdue", "pagina"]);
  return { status, overdue, page: pagina };
}

const studyFilter = z.object({ status: maybe(z.enum(STUDY_STATUSES)) });
export type StudyFilter = z.output<typeof studyFilter>;

/** ?status=lopend: the studies running now. */
export function parseStudyFilter(search: ListSearch): StudyFilter {
  return read(studyFilter, search, ["status"]);
}

/** As the dashboard counts learning questions: still to answer (open or in behandeling), or answered. */
export const QUESTION_FILTER_STATUSES = ["open", "beantwoord"] as const;
const questionFilter = z.object({ status: maybe(z.enum(QUESTION_FILTER_STATUSES)), overdue: yes });
export type QuestionFilter = z.output<typeof questionFilter>;

/** ?status=open: still to answer; ?status=beantwoord; ?overdue=1: still to answer and past the due date. */
export function parseQuestionFilter(search: ListSearch): QuestionFilter {
  return read(questionFilter, search, ["status", "overdue"]);
}

/** How a period's state reads in the address of the list of a programme's reporting periods. */
export const PERIOD_STATE_SLUGS = {
  overdue: "te_laat",
  due: "in_te_leveren",
  open: "open",
  submitted: "ingediend",
  sent_back: "teruggestuurd",
  approved: "goedgekeurd",
} as const satisfies Record<PeriodState, string>;
const SLUG_STATES = Object.fromEntries(
  Object.entries(PERIOD_STATE_SLUGS).map(([state, slug]) => [slug, state]),
) as Record<string, PeriodState>;
const partnerId = maybe(z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER));
const periodFilter = z.object({
  partner: partnerId,
  status: maybe(z.enum(Object.values(PERIOD_STATE_SLUGS))),
  pagina: page,
});
export type PeriodFilter = { partnerOrganisationId?: number; state?: PeriodState; page: number };

/** ?partner=3&status=te_laat&pagina=2: the periods of one partner organisation, in one state. */
export function parsePeriodFilter(search: ListSearch): PeriodFilter {
  const { partner, status, pagina } = read(periodFilter, search, ["partner", "status", "pagina"]);
  return { partnerOrganisationId: partner, state: status ? SLUG_STATES[status] : undefined, page: pagina };
}

/** The address of the list as filtered: what the pager, a cleared filter and a deleted period lead back to. */
export function periodFilterSearch(filter: Partial<PeriodFilter>) {
  return {
    partner: filter.partnerOrganisationId,
    status: filter.state ? PERIOD_STATE_SLUGS[filter.state] : undefined,
    pagina: filter.page && filter.page > 1 ? filter.page : undefined,
  };
}

const reportingPages = z.object({ werk: page, beoordelen: page, partners: page, programmas: page });

/** The page of each list on the gemeente's reporting page: ?werk=2&beoordelen=1&partners=1&programmas=3. */
export function parseReportingPages(search: ListSearch) {
  return read(reportingPages, search, ["werk", "beoordelen", "partners", "programmas"]);
}
