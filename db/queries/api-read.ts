// What the read API (/api/v1) reads: one page of one collection of one gemeente, ordered by the moment of each
// record's last change and its id, so that a client can page through and later read only what changed since.
// "Changed" takes in what the record itself does not keep a time for: a restore from the archive and a corrected
// measurement are found in the audit trail. Archived records and withdrawn measurements are in the lists, marked.
// Field names are snake_case, moments ISO 8601 in UTC, days "2026-11-27". Called by the gate of an API request
// (api-requests.ts), which has checked the key and passes its gemeente.
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { ApiResource, ListQuery, Position } from "@/lib/domain/api-resources";
import type { Transaction } from "../index";

type Definition = {
  /** The FROM clause; the collection's own table is `t` and has organisation_id. */
  from: string;
  columns: string;
  /** The moment of the last change, in milliseconds. */
  modified: string;
  /** Extra condition on `t`. */
  where?: string;
  booleans?: string[];
  /** Columns holding a JSON array. */
  json?: string[];
};

/** The latest audit event of this action about the row `t`, in its own gemeente. */
const lastEvent = (entityType: string, action: string) =>
  `(select max(ae.created_at) from audit_events ae where ae.organisation_id = t.organisation_id and ae.entity_type = '${entityType}' and ae.entity_id = cast(t.id as text) and ae.action = '${action}')`;

/** Restoring clears archived_at without touching updated_at: the audit trail knows when. */
const archivableModified = (entityType: string) =>
  `max(t.updated_at, coalesce(t.archived_at, 0), coalesce(${lastEvent(entityType, `${entityType}.restored`)}, 0))`;

/** A column of the collection's own table. */
const own = (column: string) => `t.${column}`;

const ARCHIVE_COLUMNS = "t.archived_at is not null as archived, t.archived_at, t.archive_reason";
const TIMES = "t.created_at, t.updated_at";
const ARCHIVED = ["archived"];

const ownerName = "(select u.name from users u where u.id = t.owner_id) as owner_name";
/** The partner organisation that brought the record in through an approved report; null for the gemeente's own. */
const partnerName =
  "(select po.name from partner_organisations po where po.id = t.partner_organisation_id and po.organisation_id = t.organisation_id) as partner_organisation";
const reasonIds = (column: string, name: string) =>
  `(select json_group_array(cr.${column}) from correction_reasons cr where cr.correction_id = t.id and cr.organisation_id = t.organisation_id and cr.${column} is not null) as ${name}`;

const DELETED_KINDS: Record<string, ApiResource> = {
  programme: "programmes",
  indicator: "indicators",
  assumption: "assumptions",
  study: "studies",
  lesson: "lessons",
};

const DEFINITIONS: Record<ApiResource, Definition> = {
  programmes: {
    from: "programmes t",
    columns: `t.id, t.name, t.kind, t.societal_challenge, t.route, t.description, ${ownerName}, t.start_date, t.end_date, t.budget_cents / 100.0 as budget_euro, t.status, t.round, t.phase, t.version, ${ARCHIVE_COLUMNS}, ${TIMES}`,
    modified: archivableModified("programme"),
    booleans: ARCHIVED,
  },
  indicators: {
    from: "indicators t",
    columns: `t.id, t.programme_id, t.name, t.unit, t.kind, t.direction, t.min_value, t.max_value, t.baseline_value, t.baseline_date, t.target_value, t.target_date, t.source, t.frequency, t.contribution, t.toc_element_id, t.hypothesis_id, t.version, ${ARCHIVE_COLUMNS}, ${TIMES}`,
    modified: archivableModified("indicator"),
    booleans: ARCHIVED,
  },
  measurements: {
    // A correction changes the row in place; the audit trail holds when.
    from: "measurements t join indicators i on i.id = t.indicator_id and i.organisation_id = t.organisation_id",
    columns: `t.id, t.indicator_id, i.programme_id, t.measured_on, t.value, t.note, ${partnerName}, t.version, t.withdrawn_at is not null as withdrawn, t.withdrawn_at, t.withdraw_reason, ${lastEvent("measurement", "measurement.corrected")} as corrected_at, t.created_at`,
    modified: `max(t.created_at, coalesce(t.withdrawn_at, 0), coalesce(${lastEvent("measurement", "measurement.corrected")}, 0))`,
    booleans: ["withdrawn"],
  },
  assumptions: {
    from: "assumptions t",
    columns: `t.id, t.programme_id, t.statement, t.hypothesis_id, t.toc_link_id, t.criticality, t.status, t.test_plan, t.version, ${ARCHIVE_COLUMNS}, ${TIMES}`,
    modified: archivableModified("assumption"),
    booleans: ARCHIVED,
  },
  studies: {
    from: "studies t",
    columns: `t.id, t.programme_id, t.round, t.title, t.research_question, t.method, t.start_date, t.end_date, t.status, ${ownerName}, t.summary, t.evidence_strength, ${partnerName}, t.version, ${ARCHIVE_COLUMNS}, ${TIMES}`,
    modified: archivableModified("study"),
    booleans: ARCHIVED,
  },
  findings: {
    from: "findings t",
    columns: `t.id, t.programme_id, t.study_id, t.round, t.title, t.description, t.interpretation, (select json_group_array(json_object('hypothesis_id', fl.hypothesis_id, 'assumption_id', fl.assumption_id, 'verdict', fl.verdict)) from finding_links fl where fl.finding_id = t.id and fl.organisation_id = t.organisation_id) as links, ${partnerName}, t.version, ${ARCHIVE_COLUMNS}, ${TIMES}`,
    // A reopened partner report archives the findings it brought in.
    modified: archivableModified("finding"),
    booleans: ARCHIVED,
    json: ["links"],
  },
  "course-corrections": {
    from: "course_corrections t",
    columns: `t.id, t.programme_id, t.round, t.title, t.what_changes, t.why, t.decision_level, t.status, t.rejection_reason, t.toc_version_before_id, t.toc_version_after_id, ${reasonIds("finding_id", "finding_ids")}, ${reasonIds("indicator_id", "indicator_ids")}, ${reasonIds("learning_question_id", "learning_question_ids")}, ${reasonIds("lesson_id", "lesson_ids")}, t.version, ${TIMES}`,
    modified: own("updated_at"),
    json: ["finding_ids", "indicator_ids", "learning_question_ids", "lesson_ids"],
  },
  lessons: {
    from: "lessons t",
    columns: `t.id, t.programme_id, t.session_id, t.finding_id, t.title, t.body, t.context, (select json_group_array(lt.tag) from lesson_tags lt where lt.lesson_id = t.id and lt.organisation_id = t.organisation_id) as tags, ${partnerName}, ${ARCHIVE_COLUMNS}, ${TIMES}`,
    modified: archivableModified("lesson"),
    booleans: ARCHIVED,
    json: ["tags"],
  },
  // Something made by mistake may be deleted within a day; a client that read it meanwhile learns it here.
  deletions: {
    from: "audit_events t",
    columns: `t.id, case t.entity_type ${Object.entries(DELETED_KINDS)
      .map(([type, resource]) => `when '${type}' then '${resource}'`)
      .join(" ")} end as resource, cast(t.entity_id as integer) as record_id, t.created_at as deleted_at`,
    modified: own("created_at"),
    where: `t.action in (${Object.keys(DELETED_KINDS)
      .map((type) => `'${type}.deleted'`)
      .join(", ")})`,
  },
};

export type ApiRecord = Record<string, unknown>;
export type ApiPage = { records: ApiRecord[]; hasMore: boolean; last: Position | null };

function pageStatement(definition: Definition, organisationId: number, query: ListQuery): SQL {
  const condition = definition.where ? ` and ${definition.where}` : "";
  const select = sql.raw(
    `select ${definition.columns}, ${definition.modified} as modified_at from ${definition.from} where t.organisation_id = `,
  );
  const since = query.since === null ? sql`` : sql` and listed.modified_at >= ${query.since}`;
  const after = query.after
    ? sql` and (listed.modified_at > ${query.after.modifiedAt} or (listed.modified_at = ${query.after.modifiedAt} and listed.id > ${query.after.id}))`
    : sql``;
  return sql`select * from (${select}${organisationId}${sql.raw(condition)}) listed where listed.modified_at <= ${query.until}${since}${after} order by listed.modified_at, listed.id limit ${query.pageSize + 1}`;
}

function toApi(row: ApiRecord, definition: Definition): ApiRecord {
  const record: ApiRecord = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.endsWith("_at")) record[key] = value == null ? null : new Date(Number(value)).toISOString();
    else if (definition.booleans?.includes(key)) record[key] = Boolean(value);
    else if (definition.json?.includes(key)) record[key] = JSON.parse(String(value ?? "[]"));
    else record[key] = value;
  }
  if (Array.isArray(record.tags)) record.tags = [...(record.tags as string[])].sort();
  return record;
}

/** One page of a collection of the gemeente, in the transaction of the request that reads it. */
export function readApiPage(tx: Transaction, organisationId: number, query: ListQuery): ApiPage {
  const definition = DEFINITIONS[query.resource];
  const rows = tx.all<ApiRecord>(pageStatement(definition, organisationId, query));
  const shown = rows.slice(0, query.pageSize);
  const lastRow = shown.at(-1);
  return {
    records: shown.map((row) => toApi(row, definition)),
    hasMore: rows.length > query.pageSize,
    last: lastRow ? { modifiedAt: Number(lastRow.modified_at), id: Number(lastRow.id) } : null,
  };
}
