// The programme report for the budget cycle (what do we want to achieve, what do we do, what did it bring), and the
// reads it shares with the CSV exports. Everyone who may read the programme reads its report.
import "server-only";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { ProgrammeChecked } from "../access";
import {
  assumptionStatusChanges,
  assumptions,
  correctionTransitions,
  courseCorrections,
  findings,
  indicators,
  lessons,
  lessonTags,
  measurements,
  partnerOrganisations,
  programmePartners,
  programmes,
  studies,
  users,
} from "../schema";
import { guardProgramme, snapshot } from "../write";
import { theoryOfChangeIn } from "./theory-of-change";

// The functions ending in `In` read the programme of a scope the kernel checked; they check nothing themselves.
// Archived records are left out: they stay findable under "Gearchiveerd" and in the JSON export.

/** The indicators with their live measurements in date order (a withdrawn one counts nowhere), and who entered each. */
export function indicatorsIn({ db, programme }: ProgrammeChecked) {
  const programmeId = programme.id;
  const rows = db
    .select({
      id: indicators.id,
      name: indicators.name,
      unit: indicators.unit,
      direction: indicators.direction,
      baselineValue: indicators.baselineValue,
      baselineDate: indicators.baselineDate,
      targetValue: indicators.targetValue,
      targetDate: indicators.targetDate,
      source: indicators.source,
      contribution: indicators.contribution,
    })
    .from(indicators)
    .where(and(eq(indicators.programmeId, programmeId), isNull(indicators.archivedAt)))
    .orderBy(asc(indicators.id))
    .all();
  const all = db
    .select({
      indicatorId: measurements.indicatorId,
      measuredOn: measurements.measuredOn,
      value: measurements.value,
      note: measurements.note,
      enteredByName: users.name,
    })
    .from(measurements)
    .innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
    .innerJoin(users, eq(users.id, measurements.enteredById))
    .where(
      and(eq(indicators.programmeId, programmeId), isNull(measurements.withdrawnAt), isNull(indicators.archivedAt)),
    )
    .orderBy(asc(measurements.measuredOn), asc(measurements.id))
    .all();
  return rows.map((row) => ({ ...row, measurements: all.filter((m) => m.indicatorId === row.id) }));
}

/** The assumption register, each assumption with its latest status change (when, by whom and why). */
export function assumptionRegisterIn({ db, programme }: ProgrammeChecked) {
  const programmeId = programme.id;
  const rows = db
    .select({
      id: assumptions.id,
      statement: assumptions.statement,
      criticality: assumptions.criticality,
      status: assumptions.status,
      testPlan: assumptions.testPlan,
    })
    .from(assumptions)
    .where(and(eq(assumptions.programmeId, programmeId), isNull(assumptions.archivedAt)))
    .orderBy(asc(assumptions.id))
    .all();
  const changes = db
    .select({
      assumptionId: assumptionStatusChanges.assumptionId,
      reason: assumptionStatusChanges.reason,
      changedAt: assumptionStatusChanges.changedAt,
      changedByName: users.name,
    })
    .from(assumptionStatusChanges)
    .innerJoin(assumptions, eq(assumptions.id, assumptionStatusChanges.assumptionId))
    .innerJoin(users, eq(users.id, assumptionStatusChanges.changedById))
    .where(eq(assumptions.programmeId, programmeId))
    .orderBy(desc(assumptionStatusChanges.changedAt), desc(assumptionStatusChanges.id))
    .all();
  return rows.map((row) => ({ ...row, lastChange: changes.find((c) => c.assumptionId === row.id) ?? null }));
}

/** The course corrections, newest first, with who proposed them, and when and by whom they were decided (or rejected). */
export function correctionsIn({ db, programme }: ProgrammeChecked) {
  const programmeId = programme.id;
  const rows = db
    .select({
      id: courseCorrections.id,
      round: courseCorrections.round,
      title: courseCorrections.title,
      whatChanges: courseCorrections.whatChanges,
      why: courseCorrections.why,
      decisionLevel: courseCorrections.decisionLevel,
      status: courseCorrections.status,
      rejectionReason: courseCorrections.rejectionReason,
      createdAt: courseCorrections.createdAt,
      proposedByName: users.name,
    })
    .from(courseCorrections)
    .innerJoin(users, eq(users.id, courseCorrections.proposedById))
    .where(eq(courseCorrections.programmeId, programmeId))
    .orderBy(desc(courseCorrections.createdAt), desc(courseCorrections.id))
    .all();
  const decisions = db
    .select({
      correctionId: correctionTransitions.correctionId,
      changedAt: correctionTransitions.changedAt,
      changedByName: users.name,
      note: correctionTransitions.note,
    })
    .from(correctionTransitions)
    .innerJoin(courseCorrections, eq(courseCorrections.id, correctionTransitions.correctionId))
    .innerJoin(users, eq(users.id, correctionTransitions.changedById))
    .where(
      and(
        eq(courseCorrections.programmeId, programmeId),
        inArray(correctionTransitions.toStatus, ["besloten", "afgewezen"]),
      ),
    )
    .orderBy(desc(correctionTransitions.changedAt), desc(correctionTransitions.id))
    .all();
  return rows.map((row) => {
    const decision = decisions.find((d) => d.correctionId === row.id);
    return {
      ...row,
      decidedAt: decision?.changedAt ?? null,
      decidedByName: decision?.changedByName ?? null,
      decisionNote: decision?.note ?? "",
    };
  });
}

/** The lessons learned of the programme, newest first, with their tags. */
export function lessonsIn({ db, programme }: ProgrammeChecked) {
  const programmeId = programme.id;
  const rows = db
    .select({
      id: lessons.id,
      title: lessons.title,
      body: lessons.body,
      context: lessons.context,
      createdAt: lessons.createdAt,
      createdByName: users.name,
    })
    .from(lessons)
    .innerJoin(users, eq(users.id, lessons.createdById))
    .where(and(eq(lessons.programmeId, programmeId), isNull(lessons.archivedAt)))
    .orderBy(desc(lessons.createdAt), desc(lessons.id))
    .all();
  const tags = db
    .select({ lessonId: lessonTags.lessonId, tag: lessonTags.tag })
    .from(lessonTags)
    .innerJoin(lessons, eq(lessons.id, lessonTags.lessonId))
    .where(and(eq(lessons.programmeId, programmeId), isNull(lessons.archivedAt)))
    .orderBy(asc(lessonTags.tag))
    .all();
  return rows.map((row) => ({ ...row, tags: tags.filter((t) => t.lessonId === row.id).map((t) => t.tag) }));
}

/** Everything the report shows, read at one moment so its parts agree with each other. */
export async function getProgrammeReport({ programmeId }: { programmeId: number }) {
  return snapshot(await guardProgramme("programme.read", programmeId), reportOf);
}

/** The report's reads, on one snapshot of the database so that its parts agree. */
function reportOf(scope: ProgrammeChecked) {
  const { db, viewer } = scope;
  const programmeId = scope.programme.id;
  const programme = db
    .select({
      name: programmes.name,
      kind: programmes.kind,
      societalChallenge: programmes.societalChallenge,
      description: programmes.description,
      ownerName: users.name,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      status: programmes.status,
      round: programmes.round,
      phase: programmes.phase,
    })
    .from(programmes)
    .innerJoin(users, eq(users.id, programmes.ownerId))
    .where(and(eq(programmes.id, programmeId), eq(programmes.organisationId, viewer.organisationId)))
    .get();
  if (!programme) throw new Error("programme vanished");
  const partners = db
    .select({ name: partnerOrganisations.name })
    .from(programmePartners)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, programmePartners.partnerOrganisationId))
    .where(eq(programmePartners.programmeId, programmeId))
    .orderBy(asc(partnerOrganisations.name))
    .all()
    .map((p) => p.name);
  const { elements, links } = theoryOfChangeIn(scope);
  const studyRows = db
    .select({
      id: studies.id,
      title: studies.title,
      researchQuestion: studies.researchQuestion,
      status: studies.status,
      evidenceStrength: studies.evidenceStrength,
      startDate: studies.startDate,
      endDate: studies.endDate,
      summary: studies.summary,
    })
    .from(studies)
    .where(and(eq(studies.programmeId, programmeId), isNull(studies.archivedAt)))
    .orderBy(asc(studies.round), asc(studies.id))
    .all();
  const findingCounts = db
    .select({ studyId: findings.studyId })
    .from(findings)
    .where(and(eq(findings.programmeId, programmeId), isNull(findings.archivedAt)))
    .all();
  return {
    programme: { ...programme, partners },
    elements: elements.map((element) => ({
      ...element,
      leadsTo: links.filter((l) => l.fromElementId === element.id).map((l) => l.toElementId),
    })),
    indicators: indicatorsIn(scope),
    studies: studyRows.map((s) => ({ ...s, findingCount: findingCounts.filter((f) => f.studyId === s.id).length })),
    assumptions: assumptionRegisterIn(scope),
    corrections: correctionsIn(scope).filter((c) => c.status === "besloten" || c.status === "doorgevoerd"),
    lessons: lessonsIn(scope),
    preparedAt: new Date(),
  };
}

export type ProgrammeReport = Awaited<ReturnType<typeof getProgrammeReport>>;
