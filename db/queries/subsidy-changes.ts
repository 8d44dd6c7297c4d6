// Changing the gemeente's subsidy frameworks (subsidies.manage): adding, editing (version-checked), archiving with a
// reason and restoring. A framework is never deleted: its applications and grants stay traceable.
import "server-only";
import { eq } from "drizzle-orm";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { ArchiveInput } from "@/lib/validation/archive";
import type { FrameworkEditInput, FrameworkInput } from "@/lib/validation/subsidies";
import { subsidyFrameworks } from "../schema";
import { write } from "../write";
import { type MutationResult, ok, refuse } from "./result";
import { frameworkIn, grantedAmounts } from "./subsidies";
import { nextVersion, type Versioned, versionConflict } from "./versions";

const record = (frameworkId: number) => ({ type: "subsidy_framework", id: frameworkId });

const frameworkForm = (f: FrameworkInput): FormShape => ({
  name: f.name,
  budget: String(f.budget),
  startsOn: f.startsOn,
  endsOn: f.endsOn,
  criteria: f.criteria,
  status: f.status,
});

export function createSubsidyFramework(input: FrameworkInput): Promise<MutationResult<{ frameworkId: number }>> {
  return write({ permission: "subsidies.manage", target: null }, ({ tx, viewer, audit }) => {
    const { id } = tx
      .insert(subsidyFrameworks)
      .values({ ...input, organisationId: viewer.organisationId, createdById: viewer.userId })
      .returning({ id: subsidyFrameworks.id })
      .get();
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
export function updateSubsidyFramework({ frameworkId }: { frameworkId: number }, { version, ...input }: FrameworkEditInput) {
  return write({ permission: "subsidies.manage", target: null, record: record(frameworkId) }, (scope): Versioned => {
    const { tx, viewer, audit } = scope;
    const before = frameworkIn(tx, viewer.organisationId, frameworkId);
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
    tx.update(subsidyFrameworks)
      .set({ ...input, version: nextVersion(subsidyFrameworks.version), updatedAt: new Date() })
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
