// Impact studies of a programme and their report links. Everyone who reads the programme reads its studies;
// those who may edit the programme add and change them.
import "server-only";
import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { StudyFilter } from "@/lib/validation/list-filters";
import { reportLine, type StudyEditInput, type StudyInput } from "@/lib/validation/studies";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { findings, memberships, partnerOrganisations, programmes, studies, studyReports, users } from "../schema";
import { guardProgramme, writeProgramme } from "../write";
import { ok, refuse } from "./result";
import { formText, nextVersion, type Versioned, versionConflict } from "./versions";

/** What the study form changes: also the "before" of an update's audit event. */
const editable = {
  title: studies.title,
  researchQuestion: studies.researchQuestion,
  method: studies.method,
  startDate: studies.startDate,
  endDate: studies.endDate,
  status: studies.status,
  ownerId: studies.ownerId,
  summary: studies.summary,
  evidenceStrength: studies.evidenceStrength,
};

const columns = {
  id: studies.id,
  round: studies.round,
  ...editable,
  ownerName: users.name,
  /** Set on the study that holds a partner organisation's approved findings. */
  partnerName: partnerOrganisations.name,
  updatedAt: studies.updatedAt,
  version: studies.version,
};

/** The programme's studies, newest round first, each with its number of findings; with a status, only those. */
export async function listStudies({ programmeId }: { programmeId: number }, filter: StudyFilter = {}) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const rows = db
    .select(columns)
    .from(studies)
    .leftJoin(users, eq(users.id, studies.ownerId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, studies.partnerOrganisationId))
    .where(
      and(
        eq(studies.programmeId, programmeId),
        isNull(studies.archivedAt),
        filter.status ? eq(studies.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(studies.round), asc(studies.id))
    .all();
  const counts = new Map(
    db
      .select({ studyId: findings.studyId, total: count() })
      .from(findings)
      .where(and(eq(findings.programmeId, programmeId), isNull(findings.archivedAt)))
      .groupBy(findings.studyId)
      .all()
      .map((row) => [row.studyId, row.total]),
  );
  return rows.map((row) => ({ ...row, findingCount: counts.get(row.id) ?? 0 }));
}

/** One study of the programme, with its reports and what the viewer may do; NotFoundError for any other id. */
export async function getStudy({ programmeId, studyId }: { programmeId: number; studyId: number }) {
  const { programme } = await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const row = db
    .select(columns)
    .from(studies)
    .leftJoin(users, eq(users.id, studies.ownerId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, studies.partnerOrganisationId))
    .where(and(eq(studies.id, studyId), eq(studies.programmeId, programmeId)))
    .get();
  if (!row) throw new NotFoundError("study");
  const reports = db
    .select({ id: studyReports.id, title: studyReports.title, url: studyReports.url })
    .from(studyReports)
    .where(eq(studyReports.studyId, studyId))
    .orderBy(asc(studyReports.id))
    .all();
  return { ...row, reports, access: programme.access };
}

function activeMembers(db: Reader, organisationId: number) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.active, true)))
    .orderBy(asc(users.name))
    .all();
}

/** Who can own a study: the active members of the gemeente. */
export async function studyOwnerOptions({ programmeId }: { programmeId: number }) {
  const { viewer } = await guardProgramme("programme.edit", programmeId);
  return { owners: activeMembers(getDb(), viewer.organisationId), viewerId: viewer.userId };
}

function fields(input: StudyInput) {
  const { reports: _reports, ...rest } = input;
  return rest;
}

function writeReports(tx: Transaction, organisationId: number, studyId: number, reports: StudyInput["reports"]) {
  tx.delete(studyReports).where(eq(studyReports.studyId, studyId)).run();
  for (const report of reports) {
    tx.insert(studyReports).values({ organisationId, studyId, title: report.title, url: report.url }).run();
  }
}

export function createStudy({ programmeId }: { programmeId: number }, input: StudyInput) {
  return writeProgramme({ permission: "programme.edit", target: programmeId }, ({ tx, viewer, audit }) => {
    if (!activeMembers(tx, viewer.organisationId).some((m) => m.id === input.ownerId)) {
      return refuse("studyOwnerInvalid", "ownerId");
    }
    const programme = tx
      .select({ round: programmes.round })
      .from(programmes)
      .where(eq(programmes.id, programmeId))
      .get();
    const { id } = tx
      .insert(studies)
      .values({ organisationId: viewer.organisationId, programmeId, round: programme?.round ?? 1, ...fields(input) })
      .returning({ id: studies.id })
      .get();
    writeReports(tx, viewer.organisationId, id, input.reports);
    audit({
      action: "study.created",
      entityType: "study",
      entityId: id,
      summary: input.title,
      after: input,
    });
    return ok({ studyId: id });
  });
}

const STUDY_SAVES = ["study.created", "study.updated"] as const;

/** A study's fields, as the form sends them or as they are saved. */
type StudyValues = Record<Exclude<keyof StudyInput, "reports">, string | number | null> & Pick<StudyInput, "reports">;

/** A study as its edit form sends it. */
function studyForm(values: StudyValues): FormShape {
  return {
    title: formText(values.title),
    researchQuestion: formText(values.researchQuestion),
    method: formText(values.method),
    startDate: formText(values.startDate),
    endDate: formText(values.endDate),
    status: formText(values.status),
    ownerId: formText(values.ownerId),
    summary: formText(values.summary),
    evidenceStrength: formText(values.evidenceStrength),
    reports: values.reports.map(reportLine),
  };
}

/**
 * Changes a study and its report links. Refused, with nothing changed, when someone else saved it after the form was
 * opened and the save would change what they saved: the answer then carries the saved study for the form to show.
 */
export function updateStudy(
  { programmeId, studyId }: { programmeId: number; studyId: number },
  { version, ...input }: StudyEditInput,
): Promise<Versioned> {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "study", id: studyId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const row = tx
        .select({ ...editable, version: studies.version })
        .from(studies)
        .where(and(eq(studies.id, studyId), eq(studies.programmeId, programmeId)))
        .get();
      if (!row) throw new NotFoundError("study");
      const { version: current, ...before } = row;
      const reportsBefore = tx
        .select({ title: studyReports.title, url: studyReports.url })
        .from(studyReports)
        .where(eq(studyReports.studyId, studyId))
        .orderBy(asc(studyReports.id))
        .all();
      const conflict = versionConflict(
        scope,
        { entityType: "study", entityId: studyId, actions: STUDY_SAVES },
        {
          submitted: version,
          current,
          mine: studyForm(input),
          saved: studyForm({ ...before, reports: reportsBefore }),
        },
      );
      if (conflict) return conflict;
      // The owner may stay when they have left the gemeente since; a new owner must be an active member.
      const ownerKept = before.ownerId === input.ownerId;
      if (!ownerKept && !activeMembers(tx, viewer.organisationId).some((m) => m.id === input.ownerId)) {
        return refuse("studyOwnerInvalid", "ownerId");
      }
      tx.update(studies)
        .set({ ...fields(input), version: nextVersion(studies.version), updatedAt: new Date() })
        .where(eq(studies.id, studyId))
        .run();
      writeReports(tx, viewer.organisationId, studyId, input.reports);
      audit({
        action: "study.updated",
        entityType: "study",
        entityId: studyId,
        summary: input.title,
        before: { ...before, reports: reportsBefore },
        after: input,
      });
      return ok(undefined);
    },
  );
}

/**
 * How far the research of a programme is, per round of the cycle: studies started and finished in that round.
 * For the cycle checklist and dashboards; counts only, so it is cheap to call on an overview page.
 */
export async function studyCountsByRound({ programmeId }: { programmeId: number }) {
  await guardProgramme("programme.read", programmeId);
  const rows = getDb()
    .select({ round: studies.round, status: studies.status, total: count() })
    .from(studies)
    .where(and(eq(studies.programmeId, programmeId), isNull(studies.archivedAt)))
    .groupBy(studies.round, studies.status)
    .all();
  const byRound = new Map<number, { round: number; studies: number; finished: number }>();
  for (const row of rows) {
    const entry = byRound.get(row.round) ?? { round: row.round, studies: 0, finished: 0 };
    entry.studies += row.total;
    if (row.status === "afgerond") entry.finished += row.total;
    byRound.set(row.round, entry);
  }
  return [...byRound.values()].sort((a, b) => a.round - b.round);
}
