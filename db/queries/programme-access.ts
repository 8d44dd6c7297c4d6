import "server-only";
import { and, eq } from "drizzle-orm";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { type ProgrammeAccess, programmeAccess } from "@/lib/domain/permissions";
import { ForbiddenError, NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { programmeMembers, programmePartners, programmes } from "../schema";

type Reader = Pick<Transaction, "select">;

/** The viewer's access to one programme of their gemeente; NotFoundError when it is not theirs to see. */
export function accessTo(viewer: Viewer, programmeId: number, db: Reader = getDb()) {
  const programme = db
    .select({ id: programmes.id, name: programmes.name, ownerId: programmes.ownerId })
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.organisationId, viewer.organisationId)))
    .get();
  if (!programme) throw new NotFoundError("programme");
  const isTeamMember = Boolean(
    db
      .select({ id: programmeMembers.id })
      .from(programmeMembers)
      .where(and(eq(programmeMembers.programmeId, programmeId), eq(programmeMembers.userId, viewer.userId)))
      .get(),
  );
  const partnerInvolved =
    viewer.partnerOrganisationId !== null &&
    Boolean(
      db
        .select({ id: programmePartners.id })
        .from(programmePartners)
        .where(
          and(
            eq(programmePartners.programmeId, programmeId),
            eq(programmePartners.partnerOrganisationId, viewer.partnerOrganisationId),
          ),
        )
        .get(),
    );
  const access = programmeAccess(viewer.role, {
    isOwner: programme.ownerId === viewer.userId,
    isTeamMember,
    partnerInvolved,
  });
  if (!access.read) throw new NotFoundError("programme");
  return { programme, access };
}

export type Need = keyof ProgrammeAccess;

/** For queries and mutations: the viewer, if they may do `need` with this programme. */
export async function requireProgramme(programmeId: number, need: Need, db?: Reader) {
  const viewer = await requireViewer();
  const { programme, access } = accessTo(viewer, programmeId, db);
  if (!access[need]) throw new ForbiddenError(`programme.${need}`);
  return { viewer, programme, access };
}

/** Inside a write transaction: check again with the transaction's view of the data. */
export function assertProgramme(viewer: Viewer, programmeId: number, need: Need, tx: Transaction) {
  const { programme, access } = accessTo(viewer, programmeId, tx);
  if (!access[need]) throw new ForbiddenError(`programme.${need}`);
  return programme;
}
