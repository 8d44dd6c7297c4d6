import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { PartnerOrganisationInput } from "@/lib/validation/partners";
import { NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { memberships, partnerOrganisations } from "../schema";
import { guard, write } from "../write";
import { type MutationResult, ok, refuse } from "./result";

export async function listPartnerOrganisations() {
  const { viewer } = await guard("partners.manage");
  return getDb()
    .select({
      id: partnerOrganisations.id,
      name: partnerOrganisations.name,
      description: partnerOrganisations.description,
      // Aliased on purpose: in a select list drizzle leaves column names unqualified.
      memberCount: sql<number>`(select count(*) from ${memberships} m where m.partner_organisation_id = "partner_organisations"."id" and m.active = 1)`,
    })
    .from(partnerOrganisations)
    .where(eq(partnerOrganisations.organisationId, viewer.organisationId))
    .orderBy(asc(partnerOrganisations.name))
    .all();
}

/** Choices for the partner-organisation field of the user forms. */
export async function partnerOrganisationOptions() {
  const { viewer } = await guard("users.manage");
  return getDb()
    .select({ id: partnerOrganisations.id, name: partnerOrganisations.name })
    .from(partnerOrganisations)
    .where(eq(partnerOrganisations.organisationId, viewer.organisationId))
    .orderBy(asc(partnerOrganisations.name))
    .all();
}

export async function getPartnerOrganisation({ partnerId }: { partnerId: number }) {
  const { viewer } = await guard("partners.manage");
  const row = getDb()
    .select({
      id: partnerOrganisations.id,
      name: partnerOrganisations.name,
      description: partnerOrganisations.description,
    })
    .from(partnerOrganisations)
    .where(and(eq(partnerOrganisations.id, partnerId), eq(partnerOrganisations.organisationId, viewer.organisationId)))
    .get();
  if (!row) throw new NotFoundError("partner organisation");
  return row;
}

function nameTaken(tx: Transaction, organisationId: number, name: string, exceptId?: number) {
  const row = tx
    .select({ id: partnerOrganisations.id })
    .from(partnerOrganisations)
    .where(
      and(
        eq(partnerOrganisations.organisationId, organisationId),
        sql`lower(${partnerOrganisations.name}) = lower(${name})`,
      ),
    )
    .get();
  return Boolean(row && row.id !== exceptId);
}

export async function createPartnerOrganisation(
  input: PartnerOrganisationInput,
): Promise<MutationResult<{ partnerId: number }>> {
  return write({ permission: "partners.manage", target: null }, ({ tx, viewer, audit }) => {
    if (nameTaken(tx, viewer.organisationId, input.name)) return refuse("nameTaken", "name");
    const { id } = tx
      .insert(partnerOrganisations)
      .values({ organisationId: viewer.organisationId, name: input.name, description: input.description })
      .returning({ id: partnerOrganisations.id })
      .get();
    audit({
      action: "partner.created",
      entityType: "partner_organisation",
      entityId: id,
      summary: input.name,
      after: input,
    });
    return ok({ partnerId: id });
  });
}

export async function updatePartnerOrganisation(
  { partnerId }: { partnerId: number },
  input: PartnerOrganisationInput,
): Promise<MutationResult> {
  return write({ permission: "partners.manage", target: null }, ({ tx, viewer, audit }) => {
    const before = tx
      .select({ name: partnerOrganisations.name, description: partnerOrganisations.description })
      .from(partnerOrganisations)
      .where(
        and(eq(partnerOrganisations.id, partnerId), eq(partnerOrganisations.organisationId, viewer.organisationId)),
      )
      .get();
    if (!before) throw new NotFoundError("partner organisation");
    if (nameTaken(tx, viewer.organisationId, input.name, partnerId)) return refuse("nameTaken", "name");
    tx.update(partnerOrganisations)
      .set({ name: input.name, description: input.description })
      .where(eq(partnerOrganisations.id, partnerId))
      .run();
    audit({
      action: "partner.updated",
      entityType: "partner_organisation",
      entityId: partnerId,
      summary: input.name,
      before,
      after: input,
    });
    return ok(undefined);
  });
}
