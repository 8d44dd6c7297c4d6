// Changing the veranderplan of an opgave: writing it (the first save makes it; later saves are version-checked), its
// partners, and its milestones per year. The agreed effects have their own file (agreed-effect-changes.ts).
import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { milestoneChangeNeedsReason } from "@/lib/domain/milestones";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { ChangePlanEditInput, MilestoneEditInput, MilestoneInput } from "@/lib/validation/veranderplan";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { changePlanMilestones, changePlanPartners, changePlans, partnerOrganisations } from "../schema";
import { write } from "../write";
import { gemeentePeople, opgaveIn } from "./opgaven";
import { type MutationResult, ok, refuse } from "./result";
import { changePlanIn, planPartnersIn } from "./veranderplan";
import { nextVersion, type Versioned, versionConflict } from "./versions";

const planForm = (plan: { change: string; strategies: string; partnerOrganisationIds: number[] }): FormShape => ({
  change: plan.change,
  strategies: plan.strategies,
  partnerOrganisationIds: plan.partnerOrganisationIds.map(String),
});

const partnersOfGemeente = (db: Reader, organisationId: number, ids: number[]) =>
  ids.length === 0 ||
  db
    .select({ id: partnerOrganisations.id })
    .from(partnerOrganisations)
    .where(and(eq(partnerOrganisations.organisationId, organisationId), inArray(partnerOrganisations.id, ids)))
    .all().length === ids.length;

/**
 * Saves the plan's words and partners. Version 0 means the form found no plan: it makes one. A save from an older
 * version (or a first save while a colleague just made the plan) is refused with both versions.
 */
export function saveChangePlan({ opgaveId }: { opgaveId: number }, { version, ...input }: ChangePlanEditInput) {
  return write(
    { permission: "opgaven.manage", target: null, record: { type: "opgave", id: opgaveId } },
    (scope): Versioned<{ planId: number }> => {
      const { tx, viewer, audit } = scope;
      const opgave = opgaveIn(tx, viewer.organisationId, opgaveId);
      if (opgave.archivedAt) return refuse("archivedOpgave");
      if (!partnersOfGemeente(tx, viewer.organisationId, input.partnerOrganisationIds)) {
        return refuse("invalid", "partnerOrganisationIds");
      }
      const before = changePlanIn(tx, viewer.organisationId, opgaveId);
      const beforePartners = before ? planPartnersIn(tx, viewer.organisationId, before.id).map((p) => p.id) : [];
      const saved = before ? planForm({ ...before, partnerOrganisationIds: beforePartners }) : null;
      if (before && saved) {
        const conflict = versionConflict(
          scope,
          { entityType: "change_plan", entityId: before.id, actions: ["change_plan.created", "change_plan.updated"] },
          { submitted: version, current: before.version, mine: planForm(input), saved },
        );
        if (conflict) return conflict;
      }
      let planId: number;
      if (before) {
        planId = before.id;
        tx.update(changePlans)
          .set({
            change: input.change,
            strategies: input.strategies,
            version: nextVersion(changePlans.version),
            updatedAt: new Date(),
          })
          .where(eq(changePlans.id, planId))
          .run();
        tx.delete(changePlanPartners).where(eq(changePlanPartners.changePlanId, planId)).run();
      } else {
        planId = tx
          .insert(changePlans)
          .values({
            organisationId: viewer.organisationId,
            opgaveId,
            change: input.change,
            strategies: input.strategies,
            createdById: viewer.userId,
          })
          .returning({ id: changePlans.id })
          .get().id;
      }
      for (const partnerOrganisationId of input.partnerOrganisationIds) {
        tx.insert(changePlanPartners)
          .values({ organisationId: viewer.organisationId, changePlanId: planId, partnerOrganisationId })
          .run();
      }
      audit({
        action: before ? "change_plan.updated" : "change_plan.created",
        entityType: "change_plan",
        entityId: planId,
        summary: opgave.title,
        before: saved ?? undefined,
        after: { opgaveId, ...planForm(input) },
      });
      return ok({ planId });
    },
  );
}

/** A milestone needs the plan: someone writes what changes before planning the steps. */
export function addMilestone({ opgaveId }: { opgaveId: number }, input: MilestoneInput) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }) => {
    const opgave = opgaveIn(tx, viewer.organisationId, opgaveId);
    if (opgave.archivedAt) return refuse("archivedOpgave");
    const plan = changePlanIn(tx, viewer.organisationId, opgaveId);
    if (!plan) return refuse("writePlanFirst");
    if (!gemeentePeople(tx, viewer.organisationId).some((person) => person.id === input.ownerId)) {
      return refuse("chooseOwner", "ownerId");
    }
    const { id } = tx
      .insert(changePlanMilestones)
      .values({ ...input, organisationId: viewer.organisationId, changePlanId: plan.id })
      .returning({ id: changePlanMilestones.id })
      .get();
    audit({
      action: "change_plan.milestone_added",
      entityType: "change_plan",
      entityId: plan.id,
      summary: `${opgave.title}: ${input.year} ${input.description}`,
      after: input,
    });
    return ok({ milestoneId: id });
  });
}

/** A milestone of this opgave's plan in the viewer's gemeente; NotFoundError for anything else. */
function milestoneOf(db: Reader, organisationId: number, opgaveId: number, milestoneId: number) {
  const plan = changePlanIn(db, organisationId, opgaveId);
  const milestone = plan
    ? db
        .select()
        .from(changePlanMilestones)
        .where(
          and(
            eq(changePlanMilestones.id, milestoneId),
            eq(changePlanMilestones.changePlanId, plan.id),
            eq(changePlanMilestones.organisationId, organisationId),
          ),
        )
        .get()
    : undefined;
  if (!plan || !milestone) throw new NotFoundError("milestone");
  return { plan, milestone };
}

/** A milestone as its edit form sends it. */
export const milestoneForm = (m: { year: number; description: string; ownerId: number; done: boolean }): FormShape => ({
  year: String(m.year),
  description: m.description,
  ownerId: String(m.ownerId),
  state: m.done ? "klaar" : "open",
});

/**
 * Changes a milestone: what, the year, the owner, done or not. A change of what was agreed (what, year, owner) says
 * why; a save from an older version is refused with both versions; an archived milestone is not changed.
 */
export function changeMilestone(
  { opgaveId, milestoneId }: { opgaveId: number; milestoneId: number },
  { version, state, reason, ...input }: MilestoneEditInput,
) {
  return write({ permission: "opgaven.manage", target: null }, (scope): Versioned => {
    const { tx, viewer, audit } = scope;
    const opgave = opgaveIn(tx, viewer.organisationId, opgaveId);
    if (opgave.archivedAt) return refuse("archivedOpgave");
    const { plan, milestone } = milestoneOf(tx, viewer.organisationId, opgaveId, milestoneId);
    if (milestone.archivedAt) return refuse("archivedMilestone");
    const done = state === "klaar";
    const saved = { ...milestone, done: milestone.doneAt !== null };
    const conflict = versionConflict(
      scope,
      {
        entityType: "change_plan_milestone",
        entityId: milestoneId,
        actions: ["change_plan.milestone_changed"],
      },
      {
        submitted: version,
        current: milestone.version,
        mine: milestoneForm({ ...input, done }),
        saved: milestoneForm(saved),
      },
    );
    if (conflict) return conflict;
    if (!gemeentePeople(tx, viewer.organisationId).some((person) => person.id === input.ownerId)) {
      return refuse("chooseOwner", "ownerId");
    }
    const needsReason = milestoneChangeNeedsReason(milestone, input);
    if (needsReason && reason === "") return refuse("milestoneReasonRequired", "reason");
    const now = new Date();
    tx.update(changePlanMilestones)
      .set({
        ...input,
        doneAt: done ? (milestone.doneAt ?? now) : null,
        version: nextVersion(changePlanMilestones.version),
        updatedAt: now,
      })
      .where(eq(changePlanMilestones.id, milestoneId))
      .run();
    audit({
      action: "change_plan.milestone_changed",
      entityType: "change_plan_milestone",
      entityId: milestoneId,
      summary: `${opgave.title}: ${input.year} ${input.description}${reason ? ` (${reason})` : ""}`,
      before: milestoneForm(saved),
      after: { ...milestoneForm({ ...input, done }), reason, planId: plan.id },
    });
    return ok(undefined);
  });
}

/** A milestone that no longer holds leaves the plan; the audit trail keeps what it said. */
export function archiveMilestone({ opgaveId, milestoneId }: { opgaveId: number; milestoneId: number }) {
  return write({ permission: "opgaven.manage", target: null }, ({ tx, viewer, audit }): MutationResult => {
    const opgave = opgaveIn(tx, viewer.organisationId, opgaveId);
    if (opgave.archivedAt) return refuse("archivedOpgave");
    const plan = changePlanIn(tx, viewer.organisationId, opgaveId);
    const milestone = plan
      ? tx
          .select()
          .from(changePlanMilestones)
          .where(
            and(
              eq(changePlanMilestones.id, milestoneId),
              eq(changePlanMilestones.changePlanId, plan.id),
              eq(changePlanMilestones.organisationId, viewer.organisationId),
              isNull(changePlanMilestones.archivedAt),
            ),
          )
          .get()
      : undefined;
    if (!plan || !milestone) throw new NotFoundError("milestone");
    tx.update(changePlanMilestones)
      .set({ archivedAt: new Date(), archivedById: viewer.userId, updatedAt: new Date() })
      .where(eq(changePlanMilestones.id, milestoneId))
      .run();
    audit({
      action: "change_plan.milestone_archived",
      entityType: "change_plan",
      entityId: plan.id,
      summary: `${opgave.title}: ${milestone.year} ${milestone.description}`,
      before: { year: milestone.year, description: milestone.description, ownerId: milestone.ownerId },
    });
    return ok(undefined);
  });
}
