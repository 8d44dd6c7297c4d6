// The evidence trail (onderbouwing): which findings say something about an assumption or a hypothesis, from which
// study and how strong, and which finding was the reason for a change of an assumption's status. An archived finding
// (of a partner's report that was reopened) is no longer part of it.
import "server-only";
import { and, asc, count, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { AssumptionStatusInput } from "@/lib/validation/programmes";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import {
  assumptionStatusChanges,
  assumptions,
  findingLinks,
  findings,
  hypotheses,
  partnerOrganisations,
  studies,
} from "../schema";
import { guardProgramme, writeProgramme } from "../write";
import { changeStatusIn } from "./assumptions";
import type { Versioned } from "./versions";

function trail(programmeId: number, where: SQL | undefined) {
  return getDb()
    .select({
      linkId: findingLinks.id,
      hypothesisId: findingLinks.hypothesisId,
      assumptionId: findingLinks.assumptionId,
      verdict: findingLinks.verdict,
      findingId: findings.id,
      findingTitle: findings.title,
      interpretation: findings.interpretation,
      recordedAt: findings.createdAt,
      /** Brought in by this partner organisation (through an approved report), or null: the gemeente's own. */
      partnerOrganisationId: findings.partnerOrganisationId,
      studyId: studies.id,
      studyTitle: studies.title,
      studyStatus: studies.status,
      evidenceStrength: studies.evidenceStrength,
      partnerName: partnerOrganisations.name,
    })
    .from(findingLinks)
    .innerJoin(findings, eq(findings.id, findingLinks.findingId))
    .innerJoin(studies, eq(studies.id, findings.studyId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, findings.partnerOrganisationId))
    .where(
      and(
        eq(findings.programmeId, programmeId),
        eq(studies.programmeId, programmeId),
        isNull(findings.archivedAt),
        where,
      ),
    )
    .orderBy(asc(findings.createdAt), asc(findings.id))
    .all();
}

export type EvidenceTrailItem = ReturnType<typeof trail>[number];

/** Every finding linked to one assumption of the programme, oldest first. */
export async function evidenceForAssumption({
  programmeId,
  assumptionId,
}: {
  programmeId: number;
  assumptionId: number;
}) {
  await guardProgramme("programme.read", programmeId);
  return trail(programmeId, eq(findingLinks.assumptionId, assumptionId));
}

/** The findings linked to each hypothesis of the programme, by hypothesis id. */
export async function evidenceForHypotheses({ programmeId }: { programmeId: number }) {
  await guardProgramme("programme.read", programmeId);
  const ids = getDb()
    .select({ id: hypotheses.id })
    .from(hypotheses)
    .where(eq(hypotheses.programmeId, programmeId))
    .all()
    .map((h) => h.id);
  const byHypothesis = new Map<number, EvidenceTrailItem[]>();
  if (ids.length === 0) return byHypothesis;
  for (const item of trail(programmeId, inArray(findingLinks.hypothesisId, ids))) {
    if (item.hypothesisId === null) continue;
    byHypothesis.set(item.hypothesisId, [...(byHypothesis.get(item.hypothesisId) ?? []), item]);
  }
  return byHypothesis;
}

/** For the status history of an assumption: the finding behind each change that had one, by change id. */
export async function statusChangeFindings({
  programmeId,
  assumptionId,
}: {
  programmeId: number;
  assumptionId: number;
}) {
  await guardProgramme("programme.read", programmeId);
  const rows = getDb()
    .select({
      changeId: assumptionStatusChanges.id,
      findingId: findings.id,
      findingTitle: findings.title,
      studyId: findings.studyId,
      studyTitle: studies.title,
    })
    .from(assumptionStatusChanges)
    .innerJoin(assumptions, eq(assumptions.id, assumptionStatusChanges.assumptionId))
    .innerJoin(findings, eq(findings.id, assumptionStatusChanges.findingId))
    .innerJoin(studies, eq(studies.id, findings.studyId))
    .where(
      and(
        eq(assumptionStatusChanges.assumptionId, assumptionId),
        eq(assumptions.programmeId, programmeId),
        eq(findings.programmeId, programmeId),
        isNull(findings.archivedAt),
      ),
    )
    .all();
  return new Map(rows.map(({ changeId, ...finding }) => [changeId, finding]));
}

/**
 * Per round of the cycle: how many findings came in, how many are geduid (have an interpretation) and how many are
 * linked to a hypothesis or assumption. For the cycle checklist of the leren phase and for dashboards.
 */
export async function findingCountsByRound({ programmeId }: { programmeId: number }) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const tally = (where?: SQL) =>
    new Map(
      db
        .select({ round: findings.round, total: count() })
        .from(findings)
        .where(and(eq(findings.programmeId, programmeId), isNull(findings.archivedAt), where))
        .groupBy(findings.round)
        .all()
        .map((row) => [row.round, row.total]),
    );
  const all = tally();
  // Same rule as isInterpreted in lib/domain/evidence.ts: only white space is not a duiding.
  const interpreted = tally(sql`trim(${findings.interpretation}) <> ''`);
  const linked = new Map(
    db
      .select({ round: findings.round, total: count() })
      .from(findings)
      .where(
        and(
          eq(findings.programmeId, programmeId),
          isNull(findings.archivedAt),
          inArray(findings.id, db.selectDistinct({ id: findingLinks.findingId }).from(findingLinks)),
        ),
      )
      .groupBy(findings.round)
      .all()
      .map((row) => [row.round, row.total]),
  );
  return [...all.entries()]
    .sort(([a], [b]) => a - b)
    .map(([round, total]) => ({
      round,
      findings: total,
      interpreted: interpreted.get(round) ?? 0,
      linked: linked.get(round) ?? 0,
    }));
}

/**
 * In one step from a finding: the linked assumption gets its new status, and the status history records the finding
 * as the evidence behind it, with the reason given. The change itself is the one of changeStatusIn.
 */
export function updateAssumptionFromFinding(
  {
    programmeId,
    studyId,
    findingId,
    assumptionId,
  }: { programmeId: number; studyId: number; findingId: number; assumptionId: number },
  input: AssumptionStatusInput,
): Promise<Versioned> {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "assumption", id: assumptionId } },
    (scope): Versioned => {
      const finding = scope.tx
        .select({ id: findings.id, title: findings.title })
        .from(findings)
        .innerJoin(studies, eq(studies.id, findings.studyId))
        .where(
          and(
            eq(findings.id, findingId),
            eq(findings.studyId, studyId),
            eq(findings.programmeId, programmeId),
            eq(studies.programmeId, programmeId),
            isNull(findings.archivedAt),
          ),
        )
        .get();
      if (!finding) throw new NotFoundError("finding");
      return changeStatusIn(scope, assumptionId, input, finding);
    },
  );
}
