import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { HypothesisInput } from "@/lib/validation/programmes";
import { NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { hypotheses, hypothesisElements, tocElements } from "../schema";
import { guardProgramme, writeProgramme } from "../write";
import { allInProgramme } from "./programme-rows";
import { ok, refuse } from "./result";

const columns = {
  id: hypotheses.id,
  activity: hypotheses.activity,
  change: hypotheses.change,
  targetGroup: hypotheses.targetGroup,
  mechanism: hypotheses.mechanism,
  notes: hypotheses.notes,
  status: hypotheses.status,
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

export function updateHypothesis(
  { programmeId, hypothesisId }: { programmeId: number; hypothesisId: number },
  input: HypothesisInput,
) {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "hypothesis", id: hypothesisId } },
    ({ tx, viewer, audit }) => {
      const before = tx
        .select(columns)
        .from(hypotheses)
        .where(and(eq(hypotheses.id, hypothesisId), eq(hypotheses.programmeId, programmeId)))
        .get();
      if (!before) throw new NotFoundError("hypothesis");
      if (!allInProgramme(tx, tocElements, input.elementIds, programmeId)) return refuse("invalid", "elementIds");
      writeElements(tx, viewer.organisationId, hypothesisId, input.elementIds);
      tx.update(hypotheses)
        .set({ ...fields(input), updatedAt: new Date() })
        .where(eq(hypotheses.id, hypothesisId))
        .run();
      audit({
        action: before.status === input.status ? "hypothesis.updated" : "hypothesis.status_changed",
        entityType: "hypothesis",
        entityId: hypothesisId,
        summary: `${input.activity} → ${input.change}`,
        before,
        after: fields(input),
      });
      return ok(undefined);
    },
  );
}
