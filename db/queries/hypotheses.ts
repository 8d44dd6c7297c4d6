import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { HypothesisEditInput, HypothesisInput } from "@/lib/validation/programmes";
import { NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { hypotheses, hypothesisElements, tocElements } from "../schema";
import { guardProgramme, writeProgramme } from "../write";
import { allInProgramme } from "./programme-rows";
import { ok, refuse } from "./result";
import { nextVersion, type Versioned, versionConflict } from "./versions";

const columns = {
  id: hypotheses.id,
  activity: hypotheses.activity,
  change: hypotheses.change,
  targetGroup: hypotheses.targetGroup,
  mechanism: hypotheses.mechanism,
  notes: hypotheses.notes,
  status: hypotheses.status,
  version: hypotheses.version,
};

function linkedElements(programmeId: number, hypothesisIds: number[]) {
  if (hypothesisIds.length === 0) return [];
  return getDb()
    .select({
      hypothesisId: hypothesisElements.hypothesisId,
      id: tocElements.id,
      level: tocElements.level,
      title: tocElements.title,
    })
    .from(hypothesisElements)
    .innerJoin(tocElements, eq(tocElements.id, hypothesisElements.tocElementId))
    .where(and(inArray(hypothesisElements.hypothesisId, hypothesisIds), eq(tocElements.programmeId, programmeId)))
    .all();
}

export async function listHypotheses({ programmeId }: { programmeId: number }) {
  await guardProgramme("programme.read", programmeId);
  const rows = getDb()
    .select(columns)
    .from(hypotheses)
    .where(and(eq(hypotheses.programmeId, programmeId), isNull(hypotheses.archivedAt)))
    .orderBy(asc(hypotheses.id))
    .all();
  const elements = linkedElements(
    programmeId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, elements: elements.filter((e) => e.hypothesisId === row.id) }));
}

export async function getHypothesis({ programmeId, hypothesisId }: { programmeId: number; hypothesisId: number }) {
  await guardProgramme("programme.read", programmeId);
  const row = getDb()
    .select(columns)
    .from(hypotheses)
    .where(and(eq(hypotheses.id, hypothesisId), eq(hypotheses.programmeId, programmeId)))
    .get();
  if (!row) throw new NotFoundError("hypothesis");
  return { ...row, elements: linkedElements(programmeId, [row.id]) };
}

function writeElements(tx: Transaction, organisationId: number, hypothesisId: number, ids: number[]) {
  tx.delete(hypothesisElements).where(eq(hypothesisElements.hypothesisId, hypothesisId)).run();
  for (const tocElementId of ids) {
    tx.insert(hypothesisElements).values({ organisationId, hypothesisId, tocElementId }).run();
  }
}

function fields(input: HypothesisInput) {
  const { elementIds: _elements, ...rest } = input;
  return rest;
}

export function createHypothesis({ programmeId }: { programmeId: number }, input: HypothesisInput) {
  return writeProgramme({ permission: "programme.edit", target: programmeId }, ({ tx, viewer, audit }) => {
    if (!allInProgramme(tx, tocElements, input.elementIds, programmeId)) return refuse("invalid", "elementIds");
    const { id } = tx
      .insert(hypotheses)
      .values({ organisationId: viewer.organisationId, programmeId, ...fields(input) })
      .returning({ id: hypotheses.id })
      .get();
    writeElements(tx, viewer.organisationId, id, input.elementIds);
    audit({
      action: "hypothesis.created",
      entityType: "hypothesis",
      entityId: id,
      summary: `${input.activity} → ${input.change}`,
      after: input,
    });
    return ok({ hypothesisId: id });
  });
}

/** The audit actions that each make a new version of a hypothesis. */
export const HYPOTHESIS_SAVES = ["hypothesis.created", "hypothesis.updated", "hypothesis.status_changed"] as const;

/** A hypothesis as its form sends it. */
function hypothesisForm(values: Omit<HypothesisInput, "status"> & { status: string }): FormShape {
  return {
    activity: values.activity,
    change: values.change,
    targetGroup: values.targetGroup,
    mechanism: values.mechanism,
    notes: values.notes,
    status: values.status,
    elementIds: values.elementIds.map(String),
  };
}

function elementIdsOf(tx: Transaction, hypothesisId: number) {
  return tx
    .select({ id: hypothesisElements.tocElementId })
    .from(hypothesisElements)
    .where(eq(hypothesisElements.hypothesisId, hypothesisId))
    .all()
    .map((row) => row.id)
    .sort((a, b) => a - b);
}

/**
 * Changes a hypothesis. Refused, with nothing changed, when someone else saved it after the form was opened and the
 * save would change what they saved: the answer then carries the saved hypothesis for the form to show.
 */
export function updateHypothesis(
  { programmeId, hypothesisId }: { programmeId: number; hypothesisId: number },
  { version, ...input }: HypothesisEditInput,
): Promise<Versioned> {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "hypothesis", id: hypothesisId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const row = tx
        .select(columns)
        .from(hypotheses)
        .where(and(eq(hypotheses.id, hypothesisId), eq(hypotheses.programmeId, programmeId)))
        .get();
      if (!row) throw new NotFoundError("hypothesis");
      const { id: _id, version: current, ...saved } = row;
      const before = { ...saved, elementIds: elementIdsOf(tx, hypothesisId) };
      const conflict = versionConflict(
        scope,
        { entityType: "hypothesis", entityId: hypothesisId, actions: HYPOTHESIS_SAVES },
        { submitted: version, current, mine: hypothesisForm(input), saved: hypothesisForm(before) },
      );
      if (conflict) return conflict;
      if (!allInProgramme(tx, tocElements, input.elementIds, programmeId)) return refuse("invalid", "elementIds");
      writeElements(tx, viewer.organisationId, hypothesisId, input.elementIds);
      tx.update(hypotheses)
        .set({ ...fields(input), version: nextVersion(hypotheses.version), updatedAt: new Date() })
        .where(eq(hypotheses.id, hypothesisId))
        .run();
      audit({
        action: before.status === input.status ? "hypothesis.updated" : "hypothesis.status_changed",
        entityType: "hypothesis",
        entityId: hypothesisId,
        summary: `${input.activity} → ${input.change}`,
        // The whole hypothesis before and after, its linked elements included: its page shows the history from this.
        before,
        after: { ...fields(input), elementIds: [...input.elementIds].sort((a, b) => a - b) },
      });
      return ok(undefined);
    },
  );
}
