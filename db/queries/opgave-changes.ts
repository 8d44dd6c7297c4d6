// Changing the opgaven register: adding, editing (version-checked), archiving and restoring an opgave, its context
// figures, and which programmes serve it. Ranks change only through a session's outcomes (strategic-session-outcomes.ts).
import "server-only";
import { and, eq } from "drizzle-orm";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { ArchiveInput } from "@/lib/validation/archive";
import type { OpgaveEditInput, OpgaveFigureInput, OpgaveInput } from "@/lib/validation/opgaven";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { opgaveFigures, opgaven, programmes } from "../schema";
import { write } from "../write";
import { gemeentePeople, opgaveIn } from "./opgaven";
import { type MutationResult, ok, refuse } from "./result";
import { formText, nextVersion, type Versioned, versionConflict } from "./versions";

const validOwner = (db: Reader, organisationId: number, ownerId: number | null) =>
  ownerId === null || gemeentePeople(db, organisationId).some((person) => person.id === ownerId);

export function createOpgave(input: OpgaveInput): Promise<MutationResult<{ opgaveId: number }>> {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    if (!validOwner(tx, viewer.organisationId, input.ownerId)) return refuse("invalid", "ownerId");
    const { id } = tx
      .insert(opgaven)
      .values({ ...input, organisationId: viewer.organisationId, createdById: viewer.userId })
      .returning({ id: opgaven.id })
      .get();
    audit({ action: "opgave.created", entityType: "opgave", entityId: id, summary: input.title, after: input });
    return ok({ opgaveId: id });
  });
}

const opgaveForm = (o: Omit<OpgaveInput, "ownerId"> & { ownerId: number | null }): FormShape => ({
  title: o.title,
  description: o.description,
  targetGroup: o.targetGroup,
  area: o.area,
  ownerId: formText(o.ownerId),
});

/** Saves the opgave's words and owner; refused with both versions when someone else saved it meanwhile. */
export function updateOpgave({ opgaveId }: { opgaveId: number }, { version, ...input }: OpgaveEditInput) {
  return write(
    { permission: "opgaven.manage", target: null, record: { type: "opgave", id: opgaveId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const before = opgaveIn(tx, viewer.organisationId, opgaveId);
      if (before.archivedAt) return refuse("archivedOpgave");
      const conflict = versionConflict(
        scope,
        { entityType: "opgave", entityId: opgaveId, actions: ["opgave.created", "opgave.updated"] },
        { submitted: version, current: before.version, mine: opgaveForm(input), saved: opgaveForm(before) },
      );
      if (conflict) return conflict;
      if (!validOwner(tx, viewer.organisationId, input.ownerId)) return refuse("invalid", "ownerId");
      tx.update(opgaven)
        .set({ ...input, version: nextVersion(opgaven.version), updatedAt: new Date() })
        .where(eq(opgaven.id, opgaveId))
        .run();
      audit({
        action: "opgave.updated",
        entityType: "opgave",
        entityId: opgaveId,
        summary: input.title,
        before: opgaveForm(before),
        after: opgaveForm(input),
      });
      return ok(undefined);
    },
  );
}

/** Archived, not deleted: it leaves the register and the choices of sessions, its history stays. */
export function archiveOpgave({ opgaveId }: { opgaveId: number }, input: ArchiveInput) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const before = opgaveIn(tx, viewer.organisationId, opgaveId);
    if (before.archivedAt) return refuse("archivedOpgave");
    tx.update(opgaven)
      .set({ archivedAt: new Date(), archivedById: viewer.userId, archiveReason: input.reason, updatedAt: new Date() })
      .where(eq(opgaven.id, opgaveId))
      .run();
    audit({
      action: "opgave.archived",
      entityType: "opgave",
      entityId: opgaveId,
      summary: before.title,
      after: { title: before.title, reason: input.reason },
    });
    return ok(undefined);
  });
}

export function restoreOpgave({ opgaveId }: { opgaveId: number }) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const before = opgaveIn(tx, viewer.organisationId, opgaveId);
    if (!before.archivedAt) return ok(undefined);
    tx.update(opgaven)
      .set({ archivedAt: null, archivedById: null, archiveReason: null, updatedAt: new Date() })
      .where(eq(opgaven.id, opgaveId))
      .run();
    audit({
      action: "opgave.restored",
      entityType: "opgave",
      entityId: opgaveId,
      summary: before.title,
      after: { title: before.title },
    });
    return ok(undefined);
  });
}

export function addOpgaveFigure({ opgaveId }: { opgaveId: number }, input: OpgaveFigureInput) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const opgave = opgaveIn(tx, viewer.organisationId, opgaveId);
    if (opgave.archivedAt) return refuse("archivedOpgave");
    const { id } = tx
      .insert(opgaveFigures)
      .values({ ...input, opgaveId, organisationId: viewer.organisationId, createdById: viewer.userId })
      .returning({ id: opgaveFigures.id })
      .get();
    audit({
      action: "opgave.figure_added",
      entityType: "opgave",
      entityId: opgaveId,
      summary: `${opgave.title}: ${input.label}`,
      after: { title: opgave.title, figure: input.label, value: input.value, unit: input.unit, source: input.source },
    });
    return ok({ figureId: id });
  });
}

/** A figure typed by mistake or out of date goes; the audit trail keeps what it said. */
export function removeOpgaveFigure({ opgaveId, figureId }: { opgaveId: number; figureId: number }) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const opgave = opgaveIn(tx, viewer.organisationId, opgaveId);
    if (opgave.archivedAt) return refuse("archivedOpgave");
    const figure = tx
      .select()
      .from(opgaveFigures)
      .where(
        and(
          eq(opgaveFigures.id, figureId),
          eq(opgaveFigures.opgaveId, opgaveId),
          eq(opgaveFigures.organisationId, viewer.organisationId),
        ),
      )
      .get();
    if (!figure) throw new NotFoundError("figure");
    tx.delete(opgaveFigures).where(eq(opgaveFigures.id, figureId)).run();
    audit({
      action: "opgave.figure_removed",
      entityType: "opgave",
      entityId: opgaveId,
      summary: `${opgave.title}: ${figure.label}`,
      before: {
        title: opgave.title,
        figure: figure.label,
        value: figure.value,
        unit: figure.unit,
        source: figure.source,
      },
    });
    return ok(undefined);
  });
}

/**
 * Links a programme to the opgave it serves, or unlinks it (opgaveId null). It changes the programme, so it takes
 * what setting the programme up takes: the beheerder, or its own programme manager.
 */
export function setProgrammeOpgave(
  { programmeId }: { programmeId: number },
  { opgaveId }: { opgaveId: number | null },
) {
  return write(
    { permission: "programme.edit", target: programmeId, record: { type: "programme", id: programmeId } },
    ({ tx, viewer, audit, programme }) => {
      const opgave = opgaveId === null ? null : opgaveIn(tx, viewer.organisationId, opgaveId);
      if (opgave?.archivedAt) return refuse("archivedOpgave");
      const before = tx
        .select({ opgaveId: programmes.opgaveId })
        .from(programmes)
        .where(eq(programmes.id, programmeId))
        .get();
      if (before?.opgaveId === opgaveId) return ok(undefined);
      tx.update(programmes)
        .set({ opgaveId, version: nextVersion(programmes.version), updatedAt: new Date() })
        .where(eq(programmes.id, programmeId))
        .run();
      audit({
        action: "programme.opgave_changed",
        entityType: "programme",
        entityId: programmeId,
        summary: opgave ? `${programme?.name} → ${opgave.title}` : `${programme?.name}`,
        before: { opgaveId: before?.opgaveId ?? null },
        after: { opgaveId },
      });
      return ok(undefined);
    },
  );
}
