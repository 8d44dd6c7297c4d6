// Downloads: the CSV and Excel exports of one programme (for everyone who may read it) and the JSON export of
// everything of the gemeente (beheerder only). Each download is read and recorded in the audit trail in one
// transaction.
import "server-only";
import { and, asc, eq, getTableName, inArray, isNotNull, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Checked, ProgrammeChecked } from "../access";
import { ForbiddenError, NotFoundError } from "../errors";
import {
  actionItems,
  assumptionStatusChanges,
  assumptions,
  auditEvents,
  correctionReasons,
  correctionTransitions,
  courseCorrections,
  findingLinks,
  findings,
  hypotheses,
  hypothesisElements,
  indicators,
  learningQuestions,
  lessons,
  lessonTags,
  measurements,
  memberships,
  organisations,
  pageComments,
  pageRevisions,
  pages,
  partnerOrganisations,
  phaseChanges,
  programmeMembers,
  programmePartners,
  programmes,
  reflectionSessions,
  roadmapSteps,
  routeDecisions,
  sessionParticipants,
  studies,
  studyReports,
  tocElements,
  tocLinks,
  tocVersions,
  users,
} from "../schema";
import { guardProgramme, type WriteScope, write, writeProgramme } from "../write";
import { assumptionRegisterIn, correctionsIn, indicatorsIn, lessonsIn } from "./report";
import { type MutationResult, ok } from "./result";

export const PROGRAMME_EXPORTS = ["indicators", "assumptions", "corrections", "lessons"] as const;
export type ProgrammeExport = (typeof PROGRAMME_EXPORTS)[number];

export function isProgrammeExport(value: string): value is ProgrammeExport {
  return (PROGRAMME_EXPORTS as readonly string[]).includes(value);
}

/** The file formats of a programme's downloads: the same table as CSV for Dutch Excel or as an Excel workbook. */
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export const EXPORT_AUDIT_ACTION = "export.downloaded";

type Download = ProgrammeExport | "report" | "organisation";
type DownloadFormat = ExportFormat | "pdf" | "json";

/** How the activity log names each download, in Dutch like the rest of its summaries: "CSV aannames". */
const DOWNLOAD_NAMES: Record<Download, string> = {
  indicators: "indicatoren en metingen",
  assumptions: "aannames",
  corrections: "bijsturingen",
  lessons: "lessen",
  report: "rapportage",
  organisation: "alle gegevens",
};

const FORMAT_NAMES: Record<DownloadFormat, string> = { csv: "CSV", xlsx: "Excel", pdf: "PDF", json: "JSON" };

/** Records a download in the scope's write: of the scope's programme, or (without one) of the whole gemeente. */
function recordDownload(
  { viewer, programme, audit }: WriteScope,
  what: Download,
  format: DownloadFormat,
  name: string,
  details: Record<string, unknown> = {},
) {
  audit({
    action: EXPORT_AUDIT_ACTION,
    entityType: programme ? "programme" : "organisation",
    entityId: programme?.id ?? viewer.organisationId,
    summary: `${FORMAT_NAMES[format]} ${DOWNLOAD_NAMES[what]}: ${name}`,
    after: { export: what, format, ...details },
  });
}

/** The routes answer a refused download with "not found", as for anything else the viewer may not see. */
function delivered<T>(result: MutationResult<T>): T {
  if (result.ok) return result.value;
  throw result.error === "forbidden" ? new ForbiddenError("export") : new NotFoundError("programme");
}

type ProgrammeDownload = { programmeId: number; format?: ExportFormat };

/** Reads one programme's data for a download and records the download, in one write. */
async function programmeDownload<T>(
  { programmeId, format = "csv" }: ProgrammeDownload,
  what: ProgrammeExport,
  read: (scope: ProgrammeChecked) => T[],
  count: (rows: T[]) => number = (rows) => rows.length,
) {
  const result = await writeProgramme({ permission: "programme.read", target: programmeId }, (scope) => {
    const rows = read(scope);
    recordDownload(scope, what, format, scope.programme.name, { rows: count(rows) });
    return ok({ programmeName: scope.programme.name, rows });
  });
  return delivered(result);
}

/** The indicators with their measurements; the row count is the number of measurements. */
export function exportIndicators(download: ProgrammeDownload) {
  return programmeDownload(download, "indicators", indicatorsIn, (rows) =>
    rows.reduce((total, row) => total + row.measurements.length, 0),
  );
}

export function exportAssumptions(download: ProgrammeDownload) {
  return programmeDownload(download, "assumptions", assumptionRegisterIn);
}

export function exportCorrections(download: ProgrammeDownload) {
  return programmeDownload(download, "corrections", correctionsIn);
}

export function exportLessons(download: ProgrammeDownload) {
  return programmeDownload(download, "lessons", lessonsIn);
}

/** For the PDF route: the viewer may read the programme (NotFoundError otherwise); its name for the file name. */
export async function reportAccess({ programmeId }: { programmeId: number }) {
  const { programme } = await guardProgramme("programme.read", programmeId);
  return { programmeName: programme.name };
}

/** Records that the programme report was downloaded as PDF, once the file is made. */
export async function recordReportDownload({ programmeId }: { programmeId: number }) {
  const result = await writeProgramme({ permission: "programme.read", target: programmeId }, (scope) => {
    recordDownload(scope, "report", "pdf", scope.programme.name);
    return ok(undefined);
  });
  delivered(result);
}

type OrganisationTable = SQLiteTable & { organisationId: SQLiteColumn };

/** Every table that holds a gemeente's data, under the name it gets in the export. Users are read separately. */
const ORGANISATION_TABLES: [string, OrganisationTable][] = [
  ["memberships", memberships],
  ["partnerOrganisations", partnerOrganisations],
  ["routeDecisions", routeDecisions],
  ["roadmapSteps", roadmapSteps],
  ["programmes", programmes],
  ["programmeMembers", programmeMembers],
  ["programmePartners", programmePartners],
  ["phaseChanges", phaseChanges],
  ["tocElements", tocElements],
  ["tocLinks", tocLinks],
  ["tocVersions", tocVersions],
  ["hypotheses", hypotheses],
  ["hypothesisElements", hypothesisElements],
  ["assumptions", assumptions],
  ["assumptionStatusChanges", assumptionStatusChanges],
  ["indicators", indicators],
  ["measurements", measurements],
  ["studies", studies],
  ["studyReports", studyReports],
  ["findings", findings],
  ["findingLinks", findingLinks],
  ["learningQuestions", learningQuestions],
  ["courseCorrections", courseCorrections],
  ["correctionReasons", correctionReasons],
  ["correctionTransitions", correctionTransitions],
  ["pages", pages],
  ["pageRevisions", pageRevisions],
  ["pageComments", pageComments],
  ["reflectionSessions", reflectionSessions],
  ["sessionParticipants", sessionParticipants],
  ["actionItems", actionItems],
  ["lessons", lessons],
  ["lessonTags", lessonTags],
  ["auditEvents", auditEvents],
];

/**
 * Everything of the viewer's gemeente, for a beheerder who wants a copy or moves to another system. People come
 * without what only signing in needs: no password hashes, no session versions. ForbiddenError for other roles.
 */
export async function exportOrganisation() {
  const result = await write(
    { permission: "export.organisation", target: null, record: { type: "organisation" } },
    (scope) => ok(organisationExport(scope)),
  );
  return delivered(result);
}

function organisationExport(scope: WriteScope<Checked>) {
  const { tx, viewer } = scope;
  const organisationId = viewer.organisationId;
  const organisation = tx
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!organisation) throw new Error("organisation vanished");
  // A table another part of the app has not migrated yet is left out rather than failing the whole export.
  const existing = new Set(
    tx.all<{ name: string }>(sql`select name from sqlite_master where type = 'table'`).map((row) => row.name),
  );
  // The accounts of accepted memberships only, with nothing of what they do elsewhere in the installation (when an
  // account was made, when it last signed in): an invitation not answered yet tells nothing about the account.
  const memberIds = tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), isNotNull(memberships.acceptedAt)))
    .all()
    .map((m) => m.userId);
  const tables: Record<string, unknown[]> = {
    users: memberIds.length
      ? tx
          .select({
            id: users.id,
            name: users.name,
            email: users.email,
            locale: users.locale,
          })
          .from(users)
          .where(inArray(users.id, memberIds))
          .orderBy(asc(users.id))
          .all()
      : [],
  };
  for (const [name, table] of ORGANISATION_TABLES) {
    if (!existing.has(getTableName(table))) continue;
    const rows = tx
      .select()
      .from(table as SQLiteTable)
      .where(eq(table.organisationId, organisationId))
      .all();
    // Archived records are in the export too, marked as such (who archived them and why are in their columns).
    tables[name] = "archivedAt" in table ? rows.map((row) => ({ ...row, archived: row.archivedAt != null })) : rows;
  }
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  recordDownload(scope, "organisation", "json", organisation.name, { counts });
  return {
    format: "impactkoers-export",
    version: 1,
    exportedAt: new Date().toISOString(),
    exportedBy: { id: viewer.userId, name: viewer.name },
    organisation,
    ...tables,
  };
}
