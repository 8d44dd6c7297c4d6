// The names behind the ids of a page of audit events, read in one statement and only within the viewer's own
// gemeente: an id of another gemeente's record (a refused attempt may name one) stays unnamed.
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type AnySQLiteColumn, alias, type SQLiteTable, unionAll } from "drizzle-orm/sqlite-core";
import type { RefType } from "@/lib/audit/fields";
import { type AuditRecord, collectRefs, type NameBook, type NamedRecord, refKey } from "@/lib/audit/render";
import type { Reader } from "../access";
import {
  actionItems,
  assumptions,
  auditEvents,
  courseCorrections,
  findings,
  hypotheses,
  indicators,
  learningQuestions,
  lessons,
  measurements,
  memberships,
  pages,
  partnerOrganisations,
  programmes,
  reflectionSessions,
  roadmapSteps,
  studies,
  tocElements,
  tocLinks,
  users,
} from "../schema";
import { INVITATION_REMOVED } from "./anonymise";

const linkFrom = alias(tocElements, "audit_link_from");
const linkTo = alias(tocElements, "audit_link_to");

/**
 * The same five columns for every kind of record: which kind, its id, its name, a second part of it, and whether it
 * is a person whose personal data was removed (the log then names them "voormalig gebruiker", never by its summary).
 */
const columns = (
  type: RefType,
  id: AnySQLiteColumn | SQL,
  name: SQL,
  extra: SQL = sql`null`,
  former: SQL = sql`0`,
) => ({
  type: sql<RefType>`${type}`.as("type"),
  id: sql<number>`${id}`.as("id"),
  name: sql<string>`${name}`.as("name"),
  extra: sql<string | null>`${extra}`.as("extra"),
  former: sql<number>`${former}`.as("former"),
});

const anonymised = sql`${users.anonymisedAt} is not null`;

/** A member is named as this gemeente knows them: until they accept, by the name its beheerder typed. */
const memberName = sql`case when ${memberships.acceptedAt} is null then coalesce(${memberships.invitedName}, ${users.name}) else ${users.name} end`;

type NamedTable = SQLiteTable & { id: AnySQLiteColumn; organisationId: AnySQLiteColumn };

function plainPart(
  db: Reader,
  organisationId: number,
  type: RefType,
  ids: number[],
  table: NamedTable,
  name: SQL,
  extra?: SQL,
) {
  return db
    .select(columns(type, table.id, name, extra))
    .from(table)
    .where(and(eq(table.organisationId, organisationId), inArray(table.id, ids)));
}

/** Every part yields the same rows; the builders of joined parts differ only in the tables they carry along. */
type Part = ReturnType<typeof plainPart>;

// One part of the statement per kind of record (two for memberships).
function parts(db: Reader, organisationId: number, type: RefType, ids: number[]): Part | Part[] {
  const plain = (table: NamedTable, name: SQL, extra?: SQL) =>
    plainPart(db, organisationId, type, ids, table, name, extra);
  const joined = (part: unknown) => part as Part;
  switch (type) {
    case "programme":
      return plain(programmes, sql`${programmes.name}`);
    case "partner":
      return plain(partnerOrganisations, sql`${partnerOrganisations.name}`);
    case "tocElement":
      return plain(tocElements, sql`${tocElements.title}`);
    case "hypothesis":
      return plain(hypotheses, sql`${hypotheses.activity}`);
    case "assumption":
      return plain(assumptions, sql`${assumptions.statement}`);
    case "study":
      return plain(studies, sql`${studies.title}`);
    case "finding":
      return plain(findings, sql`${findings.title}`);
    case "learningQuestion":
      return plain(learningQuestions, sql`${learningQuestions.question}`);
    case "lesson":
      return plain(lessons, sql`${lessons.title}`);
    case "page":
      return plain(pages, sql`${pages.title}`);
    case "reflectionSession":
      return plain(reflectionSessions, sql`${reflectionSessions.title}`);
    case "actionItem":
      return plain(actionItems, sql`${actionItems.description}`);
    case "correction":
      return plain(courseCorrections, sql`${courseCorrections.title}`);
    case "roadmapStep":
      return plain(roadmapSteps, sql`${roadmapSteps.stepKey}`);
    case "indicator":
      return plain(indicators, sql`${indicators.name}`, sql`${indicators.unit}`);
    case "measurement":
      return joined(
        db
          .select(columns(type, measurements.id, sql`${indicators.name}`, sql`${indicators.unit}`))
          .from(measurements)
          .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
          .where(and(eq(measurements.organisationId, organisationId), inArray(measurements.id, ids))),
      );
    case "tocLink":
      return joined(
        db
          .select(columns(type, tocLinks.id, sql`${linkFrom.title}`, sql`${linkTo.title}`))
          .from(tocLinks)
          .innerJoin(linkFrom, eq(linkFrom.id, tocLinks.fromElementId))
          .innerJoin(linkTo, eq(linkTo.id, tocLinks.toElementId))
          .where(and(eq(tocLinks.organisationId, organisationId), inArray(tocLinks.id, ids))),
      );
    case "user":
      return joined(
        db
          .select(columns(type, users.id, memberName, undefined, anonymised))
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.organisationId, organisationId), inArray(users.id, ids))),
      );
    case "membership":
      return [
        joined(
          db
            .select(columns(type, memberships.id, memberName, undefined, anonymised))
            .from(memberships)
            .innerJoin(users, eq(users.id, memberships.userId))
            .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.id, ids))),
        ),
        // An invitation that went with its person's data: gone from memberships, yet no stranger to the log.
        joined(
          db
            .select(columns(type, sql`cast(${auditEvents.entityId} as integer)`, sql`''`, undefined, sql`1`))
            .from(auditEvents)
            .where(
              and(
                eq(auditEvents.organisationId, organisationId),
                // The order of the index on gemeente, kind of record and id.
                eq(auditEvents.entityType, "membership"),
                eq(auditEvents.action, INVITATION_REMOVED),
                inArray(
                  auditEvents.entityId,
                  ids.map((id) => String(id)),
                ),
              ),
            ),
        ),
      ];
  }
}

/** The names of every record the events refer to that belongs to the gemeente: one statement for the whole page. */
export function auditNames(db: Reader, organisationId: number, records: readonly AuditRecord[]): NameBook {
  const byType = new Map<RefType, number[]>();
  for (const ref of collectRefs(records)) byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref.id]);
  const all = [...byType].flatMap(([type, ids]) => parts(db, organisationId, type, ids));
  const names = new Map<string, NamedRecord>();
  const [first, second, ...rest] = all;
  if (!first) return names;
  const rows = second ? unionAll(first, second, ...rest).all() : first.all();
  for (const row of rows) {
    names.set(refKey(row.type, row.id), { name: row.name, extra: row.extra, ...(row.former ? { former: true } : {}) });
  }
  return names;
}
