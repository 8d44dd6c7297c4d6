import "server-only";
import { and, asc, count, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { isAtRisk, RISK_MATRIX_STATUSES, riskRank } from "@/lib/domain/assumption-risk";
import { statusChangeAudit, statusChangeRefusal } from "@/lib/domain/assumption-status";
import { ASSUMPTION_STATUSES, type AssumptionStatus, CRITICALITIES, type Criticality } from "@/lib/domain/constants";
import { pageWithin } from "@/lib/domain/my-work";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { AssumptionSort } from "@/lib/validation/list-filters";
import type { AssumptionEditInput, AssumptionInput, AssumptionStatusInput } from "@/lib/validation/programmes";
import type { ProgrammeChecked, Reader } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { assumptionStatusChanges, assumptions, findingLinks, hypotheses, tocLinks, users } from "../schema";
import { guardProgramme, type WriteScope, writeProgramme } from "../write";
import { allInProgramme } from "./programme-rows";
import { ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

const columns = {
  id: assumptions.id,
  statement: assumptions.statement,
  hypothesisId: assumptions.hypothesisId,
  tocLinkId: assumptions.tocLinkId,
  criticality: assumptions.criticality,
  status: assumptions.status,
  testPlan: assumptions.testPlan,
  updatedAt: assumptions.updatedAt,
  version: assumptions.version,
};

export type AssumptionFilter = { criticality?: Criticality; status?: AssumptionStatus };

export async function listAssumptions({ programmeId }: { programmeId: number }, filter: AssumptionFilter = {}) {
  await guardProgramme("programme.read", programmeId);
  const conditions = [eq(assumptions.programmeId, programmeId), isNull(assumptions.archivedAt)];
  if (filter.criticality) conditions.push(eq(assumptions.criticality, filter.criticality));
  if (filter.status) conditions.push(eq(assumptions.status, filter.status));
  return getDb()
    .select(columns)
    .from(assumptions)
    .where(and(...conditions))
    .orderBy(asc(assumptions.id))
    .all();
}

/** Assumptions per screen of the register. */
export const ASSUMPTIONS_PAGE_SIZE = 25;

/** A `CASE` that gives each row its place in a fixed list of values, for ordering in SQL. */
function positionIn(whens: [SQL, number][]): SQL {
  return sql`CASE ${sql.join(
    whens.map(([when, rank]) => sql`WHEN ${when} THEN ${rank}`),
    sql` `,
  )} ELSE 99 END`;
}

function orderFor(sort: AssumptionSort): SQL[] {
  if (sort === "status") {
    return [positionIn(ASSUMPTION_STATUSES.map((s, i) => [sql`${assumptions.status} = ${s}`, i])), asc(assumptions.id)];
  }
  if (sort === "criticality") {
    return [positionIn(CRITICALITIES.map((c, i) => [sql`${assumptions.criticality} = ${c}`, i])), asc(assumptions.id)];
  }
  if (sort === "recent") return [desc(assumptions.updatedAt), asc(assumptions.id)];
  // By risk (lib/domain/assumption-risk.ts), the rank of every pair of criticality and status.
  const ranks: [SQL, number][] = CRITICALITIES.flatMap((criticality) =>
    ASSUMPTION_STATUSES.map((status): [SQL, number] => [
      sql`${assumptions.criticality} = ${criticality} AND ${assumptions.status} = ${status}`,
      riskRank({ criticality, status }),
    ]),
  );
  return [positionIn(ranks), asc(assumptions.id)];
}

/**
 * The register of a programme's assumptions a screen at a time, filtered and sorted in SQL, with the risk matrix
 * counted over all its live assumptions (`GROUP BY`), however many there are: `matching` is what the filter lets
 * through, `total` every live assumption.
 */
export async function listAssumptionRegister(
  { programmeId }: { programmeId: number },
  filter: { criticality?: Criticality; status?: AssumptionStatus; sort?: AssumptionSort; page?: number } = {},
) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const live = [eq(assumptions.programmeId, programmeId), isNull(assumptions.archivedAt)];
  const counted = db
    .select({ criticality: assumptions.criticality, status: assumptions.status, count: count() })
    .from(assumptions)
    .where(and(...live))
    .groupBy(assumptions.criticality, assumptions.status)
    .all();
  const countOf = (criticality: Criticality, status: AssumptionStatus) =>
    counted.find((c) => c.criticality === criticality && c.status === status)?.count ?? 0;
  const matrix = CRITICALITIES.map((criticality) => ({
    criticality,
    cells: RISK_MATRIX_STATUSES.map((status) => ({ status, count: countOf(criticality, status) })),
  }));
  const total = counted.reduce((sum, c) => sum + c.count, 0);
  const atRisk = counted.filter(isAtRisk).reduce((sum, c) => sum + c.count, 0);
  const matching = counted
    .filter(
      (c) =>
        (!filter.criticality || c.criticality === filter.criticality) && (!filter.status || c.status === filter.status),
    )
    .reduce((sum, c) => sum + c.count, 0);
  const { page, pageCount } = pageWithin(filter.page ?? 1, matching, ASSUMPTIONS_PAGE_SIZE);
  const conditions = [...live];
  if (filter.criticality) conditions.push(eq(assumptions.criticality, filter.criticality));
  if (filter.status) conditions.push(eq(assumptions.status, filter.status));
  const rows = matching
    ? db
        .select(columns)
        .from(assumptions)
        .where(and(...conditions))
        .orderBy(...orderFor(filter.sort ?? "risk"))
        .limit(ASSUMPTIONS_PAGE_SIZE)
        .offset((page - 1) * ASSUMPTIONS_PAGE_SIZE)
        .all()
    : [];
  return {
    rows,
    matrix,
    atRisk,
    total,
    matching,
    page,
    pageCount,
    from: matching ? (page - 1) * ASSUMPTIONS_PAGE_SIZE + 1 : 0,
    to: (page - 1) * ASSUMPTIONS_PAGE_SIZE + rows.length,
  };
}

export async function getAssumption({ programmeId, assumptionId }: { programmeId: number; assumptionId: number }) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  const row = db
    .select(columns)
    .from(assumptions)
    .where(and(eq(assumptions.id, assumptionId), eq(assumptions.programmeId, programmeId)))
    .get();
  if (!row) throw new NotFoundError("assumption");
  const history = db
    .select({
      id: assumptionStatusChanges.id,
      fromStatus: assumptionStatusChanges.fromStatus,
      toStatus: assumptionStatusChanges.toStatus,
      reason: assumptionStatusChanges.reason,
      changedAt: assumptionStatusChanges.changedAt,
      changedByName: users.name,
    })
    .from(assumptionStatusChanges)
    .innerJoin(users, eq(users.id, assumptionStatusChanges.changedById))
    .where(eq(assumptionStatusChanges.assumptionId, assumptionId))
    .orderBy(desc(assumptionStatusChanges.changedAt), desc(assumptionStatusChanges.id))
    .all();
  return { ...row, history };
}

/** The hypothesis or link of the theory of change an assumption rests on belongs to this programme. */
function basisBelongs(db: Reader, programmeId: number, input: AssumptionInput) {
  return (
    allInProgramme(db, hypotheses, [input.basis.hypothesisId], programmeId) &&
    allInProgramme(db, tocLinks, [input.basis.tocLinkId], programmeId)
  );
}

function fields(input: AssumptionInput) {
  return {
    statement: input.statement,
    hypothesisId: input.basis.hypothesisId,
    tocLinkId: input.basis.tocLinkId,
    criticality: input.criticality,
    testPlan: input.testPlan,
  };
}

export function createAssumption({ programmeId }: { programmeId: number }, input: AssumptionInput) {
  return writeProgramme({ permission: "programme.edit", target: programmeId }, ({ tx, viewer, audit }) => {
    if (!basisBelongs(tx, programmeId, input)) return refuse("invalid", "basis");
    const { id } = tx
      .insert(assumptions)
      .values({ organisationId: viewer.organisationId, programmeId, ...fields(input) })
      .returning({ id: assumptions.id })
      .get();
    audit({
      action: "assumption.created",
      entityType: "assumption",
      entityId: id,
      summary: input.statement,
      after: fields(input),
    });
    return ok({ assumptionId: id });
  });
}

/** The audit actions that each make a new version of an assumption. */
export const ASSUMPTION_SAVES = ["assumption.created", "assumption.updated", "assumption.status_changed"] as const;

/** "h:12" for a hypothesis, "l:7" for a link of the theory of change, "" for neither: the form's value. */
export const basisField = (basis: { hypothesisId: number | null; tocLinkId: number | null }) =>
  basis.hypothesisId ? `h:${basis.hypothesisId}` : basis.tocLinkId ? `l:${basis.tocLinkId}` : "";

/** An assumption as its edit form sends it. */
function assumptionForm(values: ReturnType<typeof fields>): FormShape {
  return {
    statement: values.statement,
    basis: basisField(values),
    criticality: values.criticality,
    testPlan: values.testPlan,
  };
}

/**
 * Changes an assumption's statement, basis, criticality and test plan. Refused, with nothing changed, when someone
 * else saved it after the form was opened and the save would change what they saved.
 */
export function updateAssumption(
  { programmeId, assumptionId }: { programmeId: number; assumptionId: number },
  { version, ...input }: AssumptionEditInput,
): Promise<Versioned> {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "assumption", id: assumptionId } },
    (scope): Versioned => {
      const { tx, audit } = scope;
      const before = tx
        .select(columns)
        .from(assumptions)
        .where(and(eq(assumptions.id, assumptionId), eq(assumptions.programmeId, programmeId)))
        .get();
      if (!before) throw new NotFoundError("assumption");
      const saved = {
        statement: before.statement,
        hypothesisId: before.hypothesisId,
        tocLinkId: before.tocLinkId,
        criticality: before.criticality,
        testPlan: before.testPlan,
      };
      const conflict = versionConflict(
        scope,
        { entityType: "assumption", entityId: assumptionId, actions: ASSUMPTION_SAVES },
        {
          submitted: version,
          current: before.version,
          mine: assumptionForm(fields(input)),
          saved: assumptionForm(saved),
        },
      );
      if (conflict) return conflict;
      if (!basisBelongs(tx, programmeId, input)) return refuse("invalid", "basis");
      tx.update(assumptions)
        .set({ ...fields(input), version: nextVersion(assumptions.version), updatedAt: new Date() })
        .where(eq(assumptions.id, assumptionId))
        .run();
      audit({
        action: "assumption.updated",
        entityType: "assumption",
        entityId: assumptionId,
        summary: input.statement,
        // Every field the form changes, before and after: the assumption's page shows its history from this.
        before: saved,
        after: fields(input),
      });
      return ok(undefined);
    },
  );
}

/**
 * The one way an assumption of the scope's programme gets a new status, inside a write: by hand, or on the strength
 * of `finding`, which must be linked to it. Checks the version the form was opened on and the change
 * (lib/domain/assumption-status.ts), writes the status with its history row (who, when, why, and the finding when
 * there is one) and records the audit event. NotFoundError when the assumption is not one of the programme's.
 */
export function changeStatusIn(
  scope: WriteScope<ProgrammeChecked>,
  assumptionId: number,
  input: AssumptionStatusInput,
  finding?: { id: number; title: string },
): Versioned {
  const { tx, viewer, programme, audit } = scope;
  const before = tx
    .select({ status: assumptions.status, statement: assumptions.statement, version: assumptions.version })
    .from(assumptions)
    .where(and(eq(assumptions.id, assumptionId), eq(assumptions.programmeId, programme.id)))
    .get();
  if (!before) throw new NotFoundError("assumption");
  const conflict = versionConflict(
    scope,
    { entityType: "assumption", entityId: assumptionId, actions: ASSUMPTION_SAVES },
    {
      submitted: input.version,
      current: before.version,
      mine: { status: input.status },
      saved: { status: before.status },
    },
  );
  if (conflict) return conflict;
  const evidence = finding && {
    findingId: finding.id,
    title: finding.title,
    verdict:
      tx
        .select({ verdict: findingLinks.verdict })
        .from(findingLinks)
        .where(and(eq(findingLinks.findingId, finding.id), eq(findingLinks.assumptionId, assumptionId)))
        .get()?.verdict ?? null,
  };
  const change = { statement: before.statement, from: before.status, to: input.status, reason: input.reason, evidence };
  const problem = statusChangeRefusal(change);
  if (problem) return refuse(problem.error, problem.field);
  const now = new Date();
  tx.update(assumptions)
    .set({ status: input.status, version: nextVersion(assumptions.version), updatedAt: now })
    .where(eq(assumptions.id, assumptionId))
    .run();
  tx.insert(assumptionStatusChanges)
    .values({
      organisationId: viewer.organisationId,
      assumptionId,
      fromStatus: before.status,
      toStatus: input.status,
      reason: input.reason,
      findingId: finding?.id,
      changedById: viewer.userId,
      changedAt: now,
    })
    .run();
  audit({ ...statusChangeAudit(change), entityId: assumptionId });
  return ok(undefined);
}

/** A new status always comes with who, when and why; the history keeps every step. */
export function changeAssumptionStatus(
  { programmeId, assumptionId }: { programmeId: number; assumptionId: number },
  input: AssumptionStatusInput,
): Promise<Versioned> {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "assumption", id: assumptionId } },
    (scope) => changeStatusIn(scope, assumptionId, input),
  );
}

/** What an assumption can sit under: the programme's hypotheses and theory-of-change links. */
export async function assumptionBasisOptions({ programmeId }: { programmeId: number }) {
  await guardProgramme("programme.read", programmeId);
  const db = getDb();
  return {
    hypotheses: db
      .select({ id: hypotheses.id, activity: hypotheses.activity, change: hypotheses.change })
      .from(hypotheses)
      .where(and(eq(hypotheses.programmeId, programmeId), isNull(hypotheses.archivedAt)))
      .orderBy(asc(hypotheses.id))
      .all(),
    links: db
      .select({ id: tocLinks.id, fromElementId: tocLinks.fromElementId, toElementId: tocLinks.toElementId })
      .from(tocLinks)
      .where(eq(tocLinks.programmeId, programmeId))
      .orderBy(asc(tocLinks.id))
      .all(),
  };
}
