import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { cache } from "react";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { type ProgrammeAccess, programmeAccess } from "@/lib/domain/permissions";
import { ForbiddenError, NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { programmeMembers, programmePartners, programmes } from "../schema";

type Reader = Pick<Transaction, "select">;

/** The viewer's access to one programme of their gemeente; NotFoundError when it is not theirs to see. */
export function accessTo(viewer: Viewer, programmeId: number, db: Reader = getDb()) {
  // One statement: the programme of this gemeente, and whether the viewer is on its team or works for one of its
  // partner organisations.
  const programme = db
    .select({
      id: programmes.id,
      name: programmes.name,
      ownerId: programmes.ownerId,
      // Written out with aliases: in a select list drizzle leaves column names unqualified, and inside the subquery
      // an unqualified "id" would mean the subquery's own table.
      isTeamMember: sql<number>`exists (select 1 from ${programmeMembers} pm where pm.programme_id = "programmes"."id" and pm.user_id = ${viewer.userId})`,
      partnerInvolved: sql<number>`exists (select 1 from ${programmePartners} pp where pp.programme_id = "programmes"."id" and pp.partner_organisation_id = ${viewer.partnerOrganisationId ?? -1})`,
    })
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.organisationId, viewer.organisationId)))
    .get();
  if (!programme) throw new NotFoundError("programme");
  const access = programmeAccess(viewer.role, {
    isOwner: programme.ownerId === viewer.userId,
    isTeamMember: Boolean(programme.isTeamMember),
    partnerInvolved: viewer.partnerOrganisationId !== null && Boolean(programme.partnerInvolved),
  });
  if (!access.read) throw new NotFoundError("programme");
  return { programme: { id: programme.id, name: programme.name, ownerId: programme.ownerId }, access };
}

export type Need = keyof ProgrammeAccess;

// Reads ask for the same programme several times per request (layout, page, metadata): check it once per request.
// The viewer object is itself cached per request, so it is a stable key.
const cachedAccess = cache((viewer: Viewer, programmeId: number) => accessTo(viewer, programmeId));

/** For queries and mutations: the viewer, if they may do `need` with this programme. */
export async function requireProgramme(programmeId: number, need: Need, db?: Reader) {
  const viewer = await requireViewer();
  const { programme, access } = db ? accessTo(viewer, programmeId, db) : cachedAccess(viewer, programmeId);
  if (!access[need]) throw new ForbiddenError(`programme.${need}`);
  return { viewer, programme, access };
}

/** Inside a write transaction: check again with the transaction's view of the data. */
export function assertProgramme(viewer: Viewer, programmeId: number, need: Need, tx: Transaction) {
  const { programme, access } = accessTo(viewer, programmeId, tx);
  if (!access[need]) throw new ForbiddenError(`programme.${need}`);
  return programme;
}
