// The collections of the read API (/api/v1/<resource>) and the rules of their paging: page size, the moment of the
// last change from which an incremental refresh reads (changed_since), and the cursor of the next page. Pure.

export const API_RESOURCES = [
  "programmes",
  "indicators",
  "measurements",
  "assumptions",
  "studies",
  "findings",
  "course-corrections",
  "lessons",
  "deletions",
] as const;
export type ApiResource = (typeof API_RESOURCES)[number];

export function isApiResource(value: string): value is ApiResource {
  return (API_RESOURCES as readonly string[]).includes(value);
}

/** How the audit trail's summary names what a key read ("las programma's"). */
export const RESOURCE_SUMMARY_NAMES: Record<ApiResource, string> = {
  programmes: "programma's",
  indicators: "indicatoren",
  measurements: "metingen",
  assumptions: "aannames",
  studies: "onderzoeken",
  findings: "bevindingen",
  "course-corrections": "bijsturingen",
  lessons: "lessen",
  deletions: "verwijderde gegevens",
};

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;
export const LIST_PARAMETERS = ["page_size", "changed_since", "cursor"] as const;

/** Where a page starts: after the record with this moment of change and id (records are ordered by both). */
export type Position = { modifiedAt: number; id: number };

export type ListQuery = {
  resource: ApiResource;
  pageSize: number;
  /** Inclusive lower bound of the moment of change, in milliseconds; null for everything. */
  since: number | null;
  /**
   * Inclusive upper bound, fixed on the first page: a record changed while a client pages through comes in its
   * next refresh (from `until`), not twice or half in this one.
   */
  until: number;
  /** 1 for the first page. */
  page: number;
  after: Position | null;
};

export type QueryProblem = {
  code: "unknown_parameter" | "invalid_page_size" | "invalid_changed_since" | "invalid_cursor";
  parameter: string;
};

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2101, 0, 1);

/** An ISO 8601 moment with a time zone ("2026-05-01T08:00:00Z", "…+02:00"); null for anything else. */
export function parseMoment(value: string): number | null {
  if (!MOMENT.test(value)) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= EARLIEST && time < LATEST ? time : null;
}

type Cursor = { r: ApiResource; n: number; s: number | null; u: number; p: number; m: number; i: number };

const isWhole = (value: unknown, min = 0): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= min;

export function encodeCursor(query: ListQuery, last: Position): string {
  const cursor: Cursor = {
    r: query.resource,
    n: query.pageSize,
    s: query.since,
    u: query.until,
    p: query.page + 1,
    m: last.modifiedAt,
    i: last.id,
  };
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

function decodeCursor(resource: ApiResource, text: string): ListQuery | null {
  let cursor: Partial<Cursor>;
  try {
    if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
    cursor = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const { r, n, s, u, p, m, i } = cursor ?? {};
  const valid =
    r === resource &&
    isWhole(n, 1) &&
    n <= MAX_PAGE_SIZE &&
    (s === null || isWhole(s)) &&
    isWhole(u) &&
    isWhole(p, 2) &&
    isWhole(m) &&
    isWhole(i);
  if (!valid) return null;
  return { resource, pageSize: n, since: s, until: u, page: p, after: { modifiedAt: m, id: i } };
}

/**
 * The query of a list request. With a cursor (from the `next` link) the cursor says everything and the other
 * parameters are not looked at; unknown parameters are refused, so a misspelt `changed_since` does not silently
 * read everything.
 */
export function parseListQuery(
  resource: ApiResource,
  params: URLSearchParams,
  now: number,
): { ok: true; query: ListQuery } | { ok: false; problem: QueryProblem } {
  for (const name of params.keys()) {
    if (!(LIST_PARAMETERS as readonly string[]).includes(name)) {
      return { ok: false, problem: { code: "unknown_parameter", parameter: name } };
    }
  }
  const cursor = params.get("cursor");
  if (cursor !== null) {
    const query = decodeCursor(resource, cursor);
    return query ? { ok: true, query } : { ok: false, problem: { code: "invalid_cursor", parameter: "cursor" } };
  }
  const sizeText = params.get("page_size");
  const pageSize = sizeText === null ? DEFAULT_PAGE_SIZE : Number(sizeText);
  if (!/^\d+$/.test(sizeText ?? "1") || !Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    return { ok: false, problem: { code: "invalid_page_size", parameter: "page_size" } };
  }
  const sinceText = params.get("changed_since");
  const since = sinceText === null ? null : parseMoment(sinceText);
  if (sinceText !== null && since === null) {
    return { ok: false, problem: { code: "invalid_changed_since", parameter: "changed_since" } };
  }
  return { ok: true, query: { resource, pageSize, since, until: now, page: 1, after: null } };
}
