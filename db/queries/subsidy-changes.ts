// Changing the gemeente's subsidy frameworks (subsidies.manage): adding, editing (version-checked), archiving with a
// reason and restoring. A framework is never deleted: its applications and grants stay traceable.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { ArchiveInput } from "@/lib/validation/archive";
import type { FrameworkEditInput, FrameworkInput } from "@/lib/validation/subsidies";
import type { Reader } from "../access";
import type { Transaction } from "../index";
import { subsidyApplicationEffects, subsidyApplications, subsidyFrameworkEffects, subsidyFrameworks } from "../schema";
import { write } from "../write";
import { agreedEffectsIn } from "./agreed-effects";
import { type MutationResult, ok, refuse } from "./result";
import { frameworkEffectIds, frameworkIn, grantedAmounts } from "./subsidies";
import { nextVersion, type Versioned, versionConflict } from "./versions";

const record = (frameworkId: number) => ({ type: "subsidy_framework", id: frameworkId });

const frameworkForm = (f: FrameworkInput): FormShape => ({
  name: f.name,
  budget: String(f.budget),
  startsOn: f.startsOn,
  endsOn: f.endsOn,
  criteria: f.criteria,
  status: f.status,
  effectIds: f.effectIds.map(String),
});

/** Whether every effect chosen is an open agreed effect of the gemeente. */
const validEffects = (db: Reader, organisationId: number, effectIds: number[]) => {
  const open = new Set(agreedEffectsIn(db, organisationId).map((e) => e.id));
  return effectIds.every((id) => open.has(id));
};

/**
 * Sets the effects the framework funds. An effect an application already names stays: refused with
 * "effectInUse" (null when all went well).
 */
function setEffects(tx: Transaction, organisationId: number, frameworkId: number, effectIds: number[]) {
  const current = frameworkEffectIds(tx, frameworkId);
  const removed = current.filter((id) => !effectIds.includes(id));
  if (removed.length > 0) {
    const used = tx
      .select({ id: subsidyApplicationEffects.id })
      .from(subsidyApplicationEffects)
      .innerJoin(subsidyApplications, eq(subsidyApplications.id, subsidyApplicationEffects.applicationId))
      .where(
        and(
          eq(subsidyApplications.frameworkId, frameworkId),
          inArray(subsidyApplicationEffects.agreedEffectId, removed),
        ),
      )
      .get();
    if (used) return refuse("effectInUse", "effectIds");
    tx.delete(subsidyFrameworkEffects)
      .where(
        and(
          eq(subsidyFrameworkEffects.frameworkId, frameworkId),
          inArray(subsidyFrameworkEffects.agreedEffectId, removed),
        ),
      )
      .run();
  }
  for (const agreedEffectId of effectIds.filter((id) => !current.includes(id))) {
    tx.insert(subsidyFrameworkEffects).values({ organisationId, frameworkId, agreedEffectId }).run();
  }
  return null;
}

export function createSubsidyFramework(input: FrameworkInput): Promise<MutationResult<{ frameworkId: number }>> {
  return write({ permission: "subsidies.manage", target: null }, ({ tx, viewer, audit }) => {
    const { effectIds, ...fields } = input;
    if (!validEffects(tx, viewer.organisationId, effectIds)) return refuse("invalid", "effectIds");
    const { id } = tx
      .insert(subsidyFrameworks)
      .values({ ...fields, organisationId: viewer.organisationId, createdById: viewer.userId })
      .returning({ id: subsidyFrameworks.id })
      .get();
    setEffects(tx, viewer.organisationId, id, effectIds);
    audit({
      action: "subsidyFramework.created",
      entityType: "subsidy_framework",
      entityId: id,
      summary: input.name,
      after: frameworkForm(input),
    });
    return ok({ frameworkId: id });
  });
}

/**
 * Saves the framework; refused with both versions when someone else saved it meanwhile, and refused when the budget
 * would drop below what is already granted from it.
 */
export function updateSubsidyFramework(
  { frameworkId }: { frameworkId: number },
  { version, ...input }: FrameworkEditInput,
) {
  return write({ permission: "subsidies.manage", target: null, record: record(frameworkId) }, (scope): Versioned => {
    const { tx, viewer, audit } = scope;
    const before = {
      ...frameworkIn(tx, viewer.organisationId, frameworkId),
      effectIds: frameworkEffectIds(tx, frameworkId),
    };
    if (before.archivedAt) return refuse("archivedFramework");
    const conflict = versionConflict(
      scope,
      {
        entityType: "subsidy_framework",
        entityId: frameworkId,
        actions: ["subsidyFramework.created", "subsidyFramework.updated"],
      },
      { submitted: version, current: before.version, mine: frameworkForm(input), saved: frameworkForm(before) },
    );
    if (conflict) return conflict;
    const granted = grantedAmounts(tx, frameworkId).reduce((sum, g) => sum + g.amount, 0);
    if (input.budget < granted) return refuse("budgetBelowGranted", "budget", { amount: granted });
    const { effectIds, ...fields } = input;
    if (
      !validEffects(
        tx,
        viewer.organisationId,
        effectIds.filter((id) => !before.effectIds.includes(id)),
      )
    ) {
      return refuse("invalid", "effectIds");
    }
    const refused = setEffects(tx, viewer.organisationId, frameworkId, effectIds);
    if (refused) return refused;
    tx.update(subsidyFrameworks)
      .set({ ...fields, version: nextVersion(subsidyFrameworks.version), updatedAt: new Date() })
      .where(eq(subsidyFrameworks.id, frameworkId))
      .run();
    audit({
      action: "subsidyFramework.updated",
      entityType: "subsidy_framework",
      entityId: frameworkId,
      summary: input.name,
      before: frameworkForm(before),
      after: frameworkForm(input),
    });
    return ok(undefined);
  });
}

/** Archived, not deleted: it leaves the list and closes for applications; its applications and grants stay. */
export function archiveSubsidyFramework({ frameworkId }: { frameworkId: number }, input: ArchiveInput) {
  return write({ permission: "subsidies.manage", target: null }, ({ tx, viewer, audit }) => {
    const before = frameworkIn(tx, viewer.organisationId, frameworkId);
    if (before.archivedAt) return refuse("archivedFramework");
    tx.update(subsidyFrameworks)
      .set({
        archivedAt: new Date(),
        archivedById: viewer.userId,
        archiveReason: input.reason,
        version: nextVersion(subsidyFrameworks.version),
        updatedAt: new Date(),
      })
      .where(eq(subsidyFrameworks.id, frameworkId))
      .run();
    audit({
      action: "subsidyFramework.archived",
      entityType: "subsidy_framework",
      entityId: frameworkId,
      summary: before.name,
      after: { name: before.name, reason: input.reason },
    });
    return ok(undefined);
  });
}

export function restoreSubsidyFramework({ frameworkId }: { frameworkId: number }) {
  return write({ permission: "subsidies.manage", target: null }, ({ tx, viewer, audit }) => {
    const before = frameworkIn(tx, viewer.organisationId, frameworkId);
    if (!before.archivedAt) return ok(undefined);
    tx.update(subsidyFrameworks)
      .set({
        archivedAt: null,
        archivedById: null,
        archiveReason: null,
        version: nextVersion(subsidyFrameworks.version),
        updatedAt: new Date(),
      })
      .where(eq(subsidyFrameworks.id, frameworkId))
      .run();
    audit({
      action: "subsidyFramework.restored",
      entityType: "subsidy_framework",
      entityId: frameworkId,
      summary: before.name,
      after: { name: before.name },
    });
    return ok(undefined);
  });
}
