import "server-only";
import { and, asc, desc, eq, inArray, isNull, max } from "drizzle-orm";
import { confirmedArchive } from "@/lib/domain/archive";
import type { IntakeAnswers } from "@/lib/domain/intake";
import { planRoadmap } from "@/lib/domain/roadmap";
import type { RouteKey } from "@/lib/domain/scenarios";
import type { FormShape } from "@/lib/domain/version-conflict";
import type { DecisionInput, RoadmapStatusInput, RoadmapStepInput } from "@/lib/validation/routes";
import type { Reader } from "../access";
import { NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { memberships, roadmapSteps, routeDecisions, users } from "../schema";
import { guard, write } from "../write";
import { type MutationResult, ok, refuse } from "./result";
import { formText, nextVersion, type Versioned, versionConflict } from "./versions";

const decisionColumns = {
  id: routeDecisions.id,
  primaryRoute: routeDecisions.primaryRoute,
  secondaryRoute: routeDecisions.secondaryRoute,
  rationale: routeDecisions.rationale,
  intakeAnswers: routeDecisions.intakeAnswers,
  decidedAt: routeDecisions.decidedAt,
  decidedByName: users.name,
};

function decisionsOf(organisationId: number) {
  return getDb()
    .select(decisionColumns)
    .from(routeDecisions)
    .innerJoin(users, eq(users.id, routeDecisions.decidedById))
    .where(eq(routeDecisions.organisationId, organisationId))
    .orderBy(desc(routeDecisions.decidedAt), desc(routeDecisions.id));
}

const stepColumns = {
  id: roadmapSteps.id,
  route: roadmapSteps.route,
  stepKey: roadmapSteps.stepKey,
  isFirstStep: roadmapSteps.isFirstStep,
  position: roadmapSteps.position,
  dueDate: roadmapSteps.dueDate,
  status: roadmapSteps.status,
  notes: roadmapSteps.notes,
  ownerId: roadmapSteps.ownerId,
  ownerName: users.name,
  archivedAt: roadmapSteps.archivedAt,
  completedAt: roadmapSteps.completedAt,
  version: roadmapSteps.version,
};

function activeSteps(organisationId: number) {
  return getDb()
    .select(stepColumns)
    .from(roadmapSteps)
    .leftJoin(users, eq(users.id, roadmapSteps.ownerId))
    .where(and(eq(roadmapSteps.organisationId, organisationId), isNull(roadmapSteps.archivedAt)))
    .orderBy(asc(roadmapSteps.position))
    .all();
}

/** The gemeente's current route decision (or null) with its roadmap. */
export async function getRouteSummary() {
  const { viewer } = await guard("route.read");
  const current = decisionsOf(viewer.organisationId).limit(1).get() ?? null;
  return { current, steps: current ? activeSteps(viewer.organisationId) : [] };
}

export async function listDecisions() {
  const { viewer } = await guard("route.read");
  return decisionsOf(viewer.organisationId).all();
}

export async function getRoadmapStep({ stepId }: { stepId: number }) {
  const { viewer } = await guard("route.read");
  const step = getDb()
    .select(stepColumns)
    .from(roadmapSteps)
    .leftJoin(users, eq(users.id, roadmapSteps.ownerId))
    .where(and(eq(roadmapSteps.id, stepId), eq(roadmapSteps.organisationId, viewer.organisationId)))
    .get();
  if (!step) throw new NotFoundError("roadmap step");
  return step;
}

/** People who can own a roadmap step: the gemeente's active members, partners excepted. */
export async function roadmapOwnerOptions() {
  const { viewer } = await guard("route.read");
  return ownerCandidates(getDb(), viewer.organisationId);
}

function ownerCandidates(db: Pick<Transaction, "select">, organisationId: number) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.active, true)))
    .orderBy(asc(users.name))
    .all();
}

const chosenRoutes = (input: Pick<DecisionInput, "primaryRoute" | "secondaryRoute">): RouteKey[] =>
  input.secondaryRoute ? [input.primaryRoute, input.secondaryRoute] : [input.primaryRoute];

function currentSteps(db: Reader, organisationId: number) {
  return db
    .select({
      id: roadmapSteps.id,
      route: roadmapSteps.route,
      stepKey: roadmapSteps.stepKey,
      status: roadmapSteps.status,
    })
    .from(roadmapSteps)
    .where(and(eq(roadmapSteps.organisationId, organisationId), isNull(roadmapSteps.archivedAt)))
    .all();
}

/**
 * Before a decision is saved: the unfinished steps of the roadmap that the chosen routes would archive, so the person
 * deciding sees them and can keep some. Empty when the decision archives nothing.
 */
export async function stepsArchivedByDecision(input: Pick<DecisionInput, "primaryRoute" | "secondaryRoute">) {
  const { viewer, db } = await guard("route.decide");
  const planned = new Set(planRoadmap(currentSteps(db, viewer.organisationId), chosenRoutes(input)).archive);
  if (planned.size === 0) return [];
  return db
    .select({ ...stepColumns })
    .from(roadmapSteps)
    .leftJoin(users, eq(users.id, roadmapSteps.ownerId))
    .where(and(eq(roadmapSteps.organisationId, viewer.organisationId), inArray(roadmapSteps.id, [...planned])))
    .orderBy(asc(roadmapSteps.position))
    .all();
}

/** The steps the person deciding was shown (they would be archived) and those of them they chose to keep. */
export type DecisionConfirmation = { archive: number[]; keep: number[] };

/**
 * Records a route decision. The previous decision stays in the history; the roadmap keeps finished steps and the
 * steps of routes still chosen, archives the other unfinished steps (but those the person chose to keep) and adds
 * the steps of newly chosen routes. Refused ("roadmapChanged") when the steps it would archive are not the ones the
 * person confirmed: someone changed the roadmap meanwhile, or nobody was shown them.
 */
export async function recordDecision(
  input: DecisionInput,
  intakeAnswers: IntakeAnswers | null,
  confirmation: DecisionConfirmation,
): Promise<MutationResult<{ decisionId: number }>> {
  const routes = chosenRoutes(input);
  return write({ permission: "route.decide", target: null }, ({ tx, viewer, audit }) => {
    const plan = planRoadmap(currentSteps(tx, viewer.organisationId), routes);
    const archive = confirmedArchive(plan.archive, confirmation.archive, confirmation.keep);
    if (!archive) return refuse("roadmapChanged");
    const kept = plan.archive.filter((id) => !archive.includes(id));
    const now = new Date();
    const decision = tx
      .insert(routeDecisions)
      .values({
        organisationId: viewer.organisationId,
        primaryRoute: input.primaryRoute,
        secondaryRoute: input.secondaryRoute,
        rationale: input.rationale,
        intakeAnswers,
        decidedById: viewer.userId,
        decidedAt: now,
      })
      .returning({ id: routeDecisions.id })
      .get();

    // Archived with the decision's own words as the reason: that is why these steps no longer apply.
    for (const id of archive) {
      tx.update(roadmapSteps)
        .set({ archivedAt: now, archivedById: viewer.userId, archiveReason: input.rationale, updatedAt: now })
        .where(eq(roadmapSteps.id, id))
        .run();
    }
    let position =
      tx
        .select({ last: max(roadmapSteps.position) })
        .from(roadmapSteps)
        .where(eq(roadmapSteps.organisationId, viewer.organisationId))
        .get()?.last ?? 0;
    for (const step of plan.add) {
      position += 1;
      tx.insert(roadmapSteps)
        .values({
          organisationId: viewer.organisationId,
          decisionId: decision.id,
          route: step.route,
          stepKey: step.stepKey,
          isFirstStep: step.isFirstStep,
          position,
        })
        .run();
    }
    audit({
      action: "route.decided",
      entityType: "route_decision",
      entityId: decision.id,
      summary: routes.join(" + "),
      after: {
        primaryRoute: input.primaryRoute,
        secondaryRoute: input.secondaryRoute,
        stepsAdded: plan.add.length,
        stepsArchived: archive,
        stepsKept: kept,
      },
    });
    return ok({ decisionId: decision.id });
  });
}

function stepInOrganisation(tx: Transaction, organisationId: number, stepId: number) {
  const step = tx
    .select({
      id: roadmapSteps.id,
      stepKey: roadmapSteps.stepKey,
      status: roadmapSteps.status,
      ownerId: roadmapSteps.ownerId,
      dueDate: roadmapSteps.dueDate,
      notes: roadmapSteps.notes,
      archivedAt: roadmapSteps.archivedAt,
      version: roadmapSteps.version,
    })
    .from(roadmapSteps)
    .where(and(eq(roadmapSteps.id, stepId), eq(roadmapSteps.organisationId, organisationId)))
    .get();
  if (!step) throw new NotFoundError("roadmap step");
  return step;
}

/** The audit actions that each make a new version of a roadmap step. */
const STEP_SAVES = ["roadmap.step_updated", "roadmap.step_status_changed"] as const;

const stepRecord = (stepId: number) => ({ entityType: "roadmap_step", entityId: stepId, actions: STEP_SAVES });

/** A step as its edit form sends it. */
const stepForm = (step: Omit<RoadmapStepInput, "version" | "status"> & { status: string }): FormShape => ({
  status: step.status,
  ownerId: formText(step.ownerId),
  dueDate: formText(step.dueDate),
  notes: step.notes,
});

/**
 * Changes a step's status, owner, due date and notes. Refused, with nothing changed, when someone else saved the
 * step after the form was opened and the save would change what they saved.
 */
export async function updateRoadmapStep(
  { stepId }: { stepId: number },
  { version, ...input }: RoadmapStepInput,
): Promise<Versioned> {
  return write(
    { permission: "roadmap.update", target: null, record: { type: "roadmap_step", id: stepId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const before = stepInOrganisation(tx, viewer.organisationId, stepId);
      if (before.archivedAt) return refuse("stepArchived");
      const conflict = versionConflict(scope, stepRecord(stepId), {
        submitted: version,
        current: before.version,
        mine: stepForm(input),
        saved: stepForm(before),
      });
      if (conflict) return conflict;
      if (input.ownerId != null && !ownerCandidates(tx, viewer.organisationId).some((u) => u.id === input.ownerId)) {
        return refuse("invalid", "ownerId");
      }
      const now = new Date();
      tx.update(roadmapSteps)
        .set({
          status: input.status,
          ownerId: input.ownerId,
          dueDate: input.dueDate,
          notes: input.notes,
          version: nextVersion(roadmapSteps.version),
          updatedAt: now,
          completedAt: input.status === "klaar" ? (before.status === "klaar" ? undefined : now) : null,
        })
        .where(eq(roadmapSteps.id, stepId))
        .run();
      audit({
        action: "roadmap.step_updated",
        entityType: "roadmap_step",
        entityId: stepId,
        summary: before.stepKey,
        before: { status: before.status, ownerId: before.ownerId, dueDate: before.dueDate, notes: before.notes },
        after: input,
      });
      return ok(undefined);
    },
  );
}

/**
 * The quick "klaar" on the roadmap (or back to "te doen"). Refused like an edit when someone else saved the step
 * after the roadmap was opened and its status is now another than the one asked for.
 */
export async function setRoadmapStepStatus(
  { stepId }: { stepId: number },
  { status, version }: RoadmapStatusInput,
): Promise<Versioned> {
  return write(
    { permission: "roadmap.update", target: null, record: { type: "roadmap_step", id: stepId } },
    (scope): Versioned => {
      const { tx, viewer, audit } = scope;
      const before = stepInOrganisation(tx, viewer.organisationId, stepId);
      if (before.archivedAt) return refuse("stepArchived");
      const conflict = versionConflict(scope, stepRecord(stepId), {
        submitted: version,
        current: before.version,
        mine: { status },
        saved: { status: before.status },
      });
      if (conflict) return conflict;
      if (before.status === status) return ok(undefined);
      const now = new Date();
      tx.update(roadmapSteps)
        .set({
          status,
          version: nextVersion(roadmapSteps.version),
          updatedAt: now,
          completedAt: status === "klaar" ? now : null,
        })
        .where(eq(roadmapSteps.id, stepId))
        .run();
      audit({
        action: "roadmap.step_status_changed",
        entityType: "roadmap_step",
        entityId: stepId,
        summary: before.stepKey,
        before: { status: before.status },
        after: { status },
      });
      return ok(undefined);
    },
  );
}
