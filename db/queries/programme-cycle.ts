import "server-only";
import { and, desc, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { nextPhase, type ProgrammeCounts, readiness } from "@/lib/domain/cycle";
import type { PhaseChangeInput } from "@/lib/validation/programmes";
import type { Reader } from "../access";
import { getDb } from "../index";
import {
  assumptions,
  courseCorrections,
  findings,
  hypotheses,
  indicators,
  learningQuestions,
  phaseChanges,
  programmes,
  studies,
  tocElements,
  users,
} from "../schema";
import { guardProgramme, writeProgramme } from "../write";
import { ok, refuse } from "./result";

const counted = (table: SQLiteTable, where: SQL | undefined) =>
  sql<number>`(select count(*) from ${table} where ${where})`.mapWith(Number);

/**
 * What the readiness checklist looks at, counted from the programme's own data in one statement. Research,
 * interpretation and decisions count for the round they belong to.
 */
function programmeCounts(db: Reader, programmeId: number, round: number, noCorrectionNeeded = false): ProgrammeCounts {
  const row = db
    .select({
      // What is archived has left the programme and counts for nothing.
      hypotheses: counted(hypotheses, and(eq(hypotheses.programmeId, programmeId), isNull(hypotheses.archivedAt))),
      assumptions: counted(assumptions, and(eq(assumptions.programmeId, programmeId), isNull(assumptions.archivedAt))),
      effects: counted(tocElements, and(eq(tocElements.programmeId, programmeId), eq(tocElements.level, "effect"))),
      indicatorsWithBaseline: counted(
        indicators,
        and(
          eq(indicators.programmeId, programmeId),
          isNull(indicators.archivedAt),
          isNotNull(indicators.baselineValue),
          isNotNull(indicators.baselineDate),
        ),
      ),
      finishedStudies: counted(
        studies,
        and(
          eq(studies.programmeId, programmeId),
          eq(studies.round, round),
          eq(studies.status, "afgerond"),
          isNull(studies.archivedAt),
        ),
      ),
      answeredLearningQuestions: counted(
        learningQuestions,
        and(
          eq(learningQuestions.programmeId, programmeId),
          eq(learningQuestions.status, "beantwoord"),
          eq(learningQuestions.answeredInRound, round),
        ),
      ),
      interpretedFindings: counted(
        findings,
        and(
          eq(findings.programmeId, programmeId),
          eq(findings.round, round),
          ne(findings.interpretation, ""),
          isNull(findings.archivedAt),
        ),
      ),
      decidedCorrections: counted(
        courseCorrections,
        and(
          eq(courseCorrections.programmeId, programmeId),
          eq(courseCorrections.round, round),
          inArray(courseCorrections.status, ["besloten", "doorgevoerd"]),
        ),
      ),
    })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .get();
  return {
    hypotheses: row?.hypotheses ?? 0,
    assumptions: row?.assumptions ?? 0,
    effects: row?.effects ?? 0,
    indicatorsWithBaseline: row?.indicatorsWithBaseline ?? 0,
    finishedStudies: row?.finishedStudies ?? 0,
    answeredLearningQuestions: row?.answeredLearningQuestions ?? 0,
    interpretedFindings: row?.interpretedFindings ?? 0,
    decidedCorrections: row?.decidedCorrections ?? 0,
    noCorrectionNeeded,
  };
}

export async function getCycle({ programmeId }: { programmeId: number }) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const programme = db
    .select({ phase: programmes.phase, round: programmes.round })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .get();
  if (!programme) throw new Error("programme vanished");
  const history = db
    .select({
      id: phaseChanges.id,
      fromRound: phaseChanges.fromRound,
      fromPhase: phaseChanges.fromPhase,
      toRound: phaseChanges.toRound,
      toPhase: phaseChanges.toPhase,
      openItems: phaseChanges.openItems,
      note: phaseChanges.note,
      noCorrectionReason: phaseChanges.noCorrectionReason,
      changedAt: phaseChanges.changedAt,
      changedByName: users.name,
    })
    .from(phaseChanges)
    .innerJoin(users, eq(users.id, phaseChanges.changedById))
    .where(eq(phaseChanges.programmeId, programmeId))
    .orderBy(desc(phaseChanges.changedAt), desc(phaseChanges.id))
    .all();
  return {
    ...programme,
    checklist: readiness(programme.phase, programmeCounts(db, programmeId, programme.round)),
    next: nextPhase(programme.phase, programme.round),
    history,
  };
}

/**
 * Moves the programme to the next phase. Open checklist items do not block the move, but the user must have seen
 * them and said so; they are kept with the phase change.
 */
export function advancePhase({ programmeId }: { programmeId: number }, input: PhaseChangeInput) {
  return writeProgramme({ permission: "programme.edit", target: programmeId }, ({ tx, viewer, audit }) => {
    const current = tx
      .select({ phase: programmes.phase, round: programmes.round, name: programmes.name })
      .from(programmes)
      .where(eq(programmes.id, programmeId))
      .get();
    if (!current) throw new Error("programme vanished");
    const noCorrection = current.phase === "bijsturen" && input.noCorrectionNeeded;
    const checklist = readiness(current.phase, programmeCounts(tx, programmeId, current.round, noCorrection));
    const openItems = checklist.items.filter((item) => !item.met).map((item) => item.key);
    if (openItems.length && !input.acknowledgeOpenItems) return refuse("openItems", "acknowledgeOpenItems");
    const next = nextPhase(current.phase, current.round);
    const now = new Date();
    tx.update(programmes)
      .set({ phase: next.phase, round: next.round, updatedAt: now })
      .where(eq(programmes.id, programmeId))
      .run();
    tx.insert(phaseChanges)
      .values({
        organisationId: viewer.organisationId,
        programmeId,
        fromRound: current.round,
        fromPhase: current.phase,
        toRound: next.round,
        toPhase: next.phase,
        openItems,
        note: input.note,
        noCorrectionReason: noCorrection ? input.noCorrectionReason : null,
        changedById: viewer.userId,
        changedAt: now,
      })
      .run();
    audit({
      action: "cycle.phase_changed",
      entityType: "programme",
      entityId: programmeId,
      summary: `${current.name}: ${current.round}/${current.phase} → ${next.round}/${next.phase}`,
      before: { round: current.round, phase: current.phase },
      after: {
        round: next.round,
        phase: next.phase,
        openItems,
        noCorrectionReason: noCorrection ? input.noCorrectionReason : undefined,
      },
    });
    return ok({ openItems });
  });
}
