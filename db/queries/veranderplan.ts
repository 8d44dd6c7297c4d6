// Reading the veranderplan of an opgave (route 2): the change in plain words, the strategies, the partners involved,
// the milestones per year and the agreed effects; and the choices its forms offer.
import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Reader } from "../access";
import { programmesWhere } from "../access";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import {
  changePlanMilestones,
  changePlanPartners,
  changePlans,
  partnerOrganisations,
  programmes,
  users,
} from "../schema";
import { guard } from "../write";
import { agreedEffectsIn, effectIndicatorsIn } from "./agreed-effects";
import { gemeentePeople, opgaveIn } from "./opgaven";

/** The plan of this opgave in the viewer's gemeente, or null when none is written yet. */
export function changePlanIn(db: Reader, organisationId: number, opgaveId: number) {
  return (
    db
      .select({
        id: changePlans.id,
        change: changePlans.change,
        strategies: changePlans.strategies,
        version: changePlans.version,
        updatedAt: changePlans.updatedAt,
      })
      .from(changePlans)
      .where(and(eq(changePlans.opgaveId, opgaveId), eq(changePlans.organisationId, organisationId)))
      .get() ?? null
  );
}

export function planPartnersIn(db: Reader, organisationId: number, planId: number) {
  return db
    .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(changePlanPartners)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, changePlanPartners.partnerOrganisationId))
    .where(and(eq(changePlanPartners.changePlanId, planId), eq(changePlanPartners.organisationId, organisationId)))
    .orderBy(asc(partnerOrganisations.name))
    .all();
}

/** The plan with everything in it. A partner does not read it: the register is the gemeente's (opgaven.read). */
export async function getVeranderplan({ opgaveId }: { opgaveId: number }) {
  const { viewer } = await guard("opgaven.read");
  const db = getDb();
  const opgave = opgaveIn(db, viewer.organisationId, opgaveId);
  const plan = changePlanIn(db, viewer.organisationId, opgaveId);
  const partners = plan ? planPartnersIn(db, viewer.organisationId, plan.id) : [];
  const milestones = plan
    ? db
        .select({
          id: changePlanMilestones.id,
          year: changePlanMilestones.year,
          description: changePlanMilestones.description,
          ownerId: changePlanMilestones.ownerId,
          ownerName: users.name,
          doneAt: changePlanMilestones.doneAt,
          version: changePlanMilestones.version,
        })
        .from(changePlanMilestones)
        .innerJoin(users, eq(users.id, changePlanMilestones.ownerId))
        .where(
          and(
            eq(changePlanMilestones.changePlanId, plan.id),
            eq(changePlanMilestones.organisationId, viewer.organisationId),
            isNull(changePlanMilestones.archivedAt),
          ),
        )
        .orderBy(asc(changePlanMilestones.year), asc(changePlanMilestones.id))
        .all()
    : [];
  return {
    opgave,
    plan,
    partners,
    milestones,
    effects: agreedEffectsIn(db, viewer.organisationId, { opgaveId }),
    archivedEffects: agreedEffectsIn(db, viewer.organisationId, { opgaveId, archived: true }),
  };
}

/** What the forms of the plan offer: partner organisations, owners, indicators, programmes to add an indicator to. */
export async function veranderplanOptions({ opgaveId }: { opgaveId: number }) {
  const { viewer } = await guard("opgaven.manage");
  const db = getDb();
  opgaveIn(db, viewer.organisationId, opgaveId);
  const partners = db
    .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(partnerOrganisations)
    .where(eq(partnerOrganisations.organisationId, viewer.organisationId))
    .orderBy(asc(partnerOrganisations.name))
    .all();
  const linked = new Set(
    db
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.organisationId, viewer.organisationId), eq(programmes.opgaveId, opgaveId)))
      .all()
      .map((p) => p.id),
  );
  const editable = programmesWhere(viewer, db, "programme.edit").map((p) => ({
    id: p.id,
    name: p.name,
    linked: linked.has(p.id),
  }));
  return {
    partners,
    owners: gemeentePeople(db, viewer.organisationId),
    indicators: effectIndicatorsIn(db, viewer.organisationId, opgaveId),
    /** Programmes the viewer may add an indicator to, those serving the opgave first. */
    programmes: [...editable.filter((p) => p.linked), ...editable.filter((p) => !p.linked)],
  };
}

/** One milestone of the opgave's plan, for its edit form; archived ones too (the page says so). */
export async function getMilestone({ opgaveId, milestoneId }: { opgaveId: number; milestoneId: number }) {
  const { viewer } = await guard("opgaven.manage");
  const db = getDb();
  opgaveIn(db, viewer.organisationId, opgaveId);
  const plan = changePlanIn(db, viewer.organisationId, opgaveId);
  const milestone = plan
    ? db
        .select({
          id: changePlanMilestones.id,
          year: changePlanMilestones.year,
          description: changePlanMilestones.description,
          ownerId: changePlanMilestones.ownerId,
          doneAt: changePlanMilestones.doneAt,
          version: changePlanMilestones.version,
          archivedAt: changePlanMilestones.archivedAt,
        })
        .from(changePlanMilestones)
        .where(
          and(
            eq(changePlanMilestones.id, milestoneId),
            eq(changePlanMilestones.changePlanId, plan.id),
            eq(changePlanMilestones.organisationId, viewer.organisationId),
          ),
        )
        .get()
    : undefined;
  if (!milestone) throw new NotFoundError("milestone");
  return milestone;
}
