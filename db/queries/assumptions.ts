import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { AssumptionStatus, Criticality } from "@/lib/domain/constants";
import type { AssumptionInput, AssumptionStatusInput } from "@/lib/validation/programmes";
import { recordAudit } from "../audit";
import { NotFoundError } from "../errors";
import { getDb, type Transaction, transact } from "../index";
import { assumptionStatusChanges, assumptions, hypotheses, tocLinks, users } from "../schema";
import { assertProgramme, requireProgramme } from "./programme-access";
import { allInProgramme } from "./programme-rows";
import { type MutationResult, ok, refuse } from "./result";

const columns = {
  id: assumptions.id,
  statement: assumptions.statement,
  hypothesisId: assumptions.hypothesisId,
  tocLinkId: assumptions.tocLinkId,
  criticality: assumptions.criticality,
  status: assumptions.status,
  testPlan: assumptions.testPlan,
  updatedAt: assumptions.updatedAt,
};

export type AssumptionFilter = { criticality?: Criticality; status?: AssumptionStatus };

export async function listAssumptions({ programmeId }: { programmeId: number }, filter: AssumptionFilter = {}) {
  await requireProgramme(programmeId, "read");
  const conditions = [eq(assumptions.programmeId, programmeId)];
  if (filter.criticality) conditions.push(eq(assumptions.criticality, filter.criticality));
  if (filter.status) conditions.push(eq(assumptions.status, filter.status));
  return getDb()
    .select(columns)
    .from(assumptions)
    .where(and(...conditions))
    .orderBy(asc(assumptions.id))
    .all();
}

export async function getAssumption({ programmeId, assumptionId }: { programmeId: number; assumptionId: number }) {
  await requireProgramme(programmeId, "read");
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
function basisBelongs(tx: Transaction, programmeId: number, input: AssumptionInput) {
  return (
    allInProgramme(tx, hypotheses, [input.basis.hypothesisId], programmeId) &&
    allInProgramme(tx, tocLinks, [input.basis.tocLinkId], programmeId)
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

export async function createAssumption({ programmeId }: { programmeId: number }, input: AssumptionInput) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult<{ assumptionId: number }> => {
    assertProgramme(viewer, programmeId, "edit", tx);
    if (!basisBelongs(tx, programmeId, input)) return refuse("invalid", "basis");
    const { id } = tx
      .insert(assumptions)
      .values({ organisationId: viewer.organisationId, programmeId, ...fields(input) })
      .returning({ id: assumptions.id })
      .get();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "assumption.created",
      entityType: "assumption",
      entityId: id,
      summary: input.statement,
      after: fields(input),
    });
    return ok({ assumptionId: id });
  });
}

export async function updateAssumption(
  { programmeId, assumptionId }: { programmeId: number; assumptionId: number },
  input: AssumptionInput,
) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult => {
    assertProgramme(viewer, programmeId, "edit", tx);
    const before = tx
      .select(columns)
      .from(assumptions)
      .where(and(eq(assumptions.id, assumptionId), eq(assumptions.programmeId, programmeId)))
      .get();
    if (!before) throw new NotFoundError("assumption");
    if (!basisBelongs(tx, programmeId, input)) return refuse("invalid", "basis");
    tx.update(assumptions)
      .set({ ...fields(input), updatedAt: new Date() })
      .where(eq(assumptions.id, assumptionId))
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "assumption.updated",
      entityType: "assumption",
      entityId: assumptionId,
      summary: input.statement,
      before: { statement: before.statement, criticality: before.criticality, testPlan: before.testPlan },
      after: fields(input),
    });
    return ok(undefined);
  });
}

/** A new status always comes with who, when and why; the history keeps every step. */
export async function changeAssumptionStatus(
  { programmeId, assumptionId }: { programmeId: number; assumptionId: number },
  input: AssumptionStatusInput,
) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult => {
    assertProgramme(viewer, programmeId, "edit", tx);
    const before = tx
      .select({ status: assumptions.status, statement: assumptions.statement })
      .from(assumptions)
      .where(and(eq(assumptions.id, assumptionId), eq(assumptions.programmeId, programmeId)))
      .get();
    if (!before) throw new NotFoundError("assumption");
    if (before.status === input.status) return refuse("statusUnchanged", "status");
    const now = new Date();
    tx.update(assumptions).set({ status: input.status, updatedAt: now }).where(eq(assumptions.id, assumptionId)).run();
    tx.insert(assumptionStatusChanges)
      .values({
        organisationId: viewer.organisationId,
        assumptionId,
        fromStatus: before.status,
        toStatus: input.status,
        reason: input.reason,
        changedById: viewer.userId,
        changedAt: now,
      })
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "assumption.status_changed",
      entityType: "assumption",
      entityId: assumptionId,
      summary: `${before.statement}: ${before.status} → ${input.status}`,
      before: { status: before.status },
      after: { status: input.status, reason: input.reason },
    });
    return ok(undefined);
  });
}

/** What an assumption can sit under: the programme's hypotheses and theory-of-change links. */
export async function assumptionBasisOptions({ programmeId }: { programmeId: number }) {
  await requireProgramme(programmeId, "read");
  const db = getDb();
  return {
    hypotheses: db
      .select({ id: hypotheses.id, activity: hypotheses.activity, change: hypotheses.change })
      .from(hypotheses)
      .where(eq(hypotheses.programmeId, programmeId))
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
