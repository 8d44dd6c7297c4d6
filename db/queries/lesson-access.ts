// Who reads and writes which lessons. Everyone but a partner reads all the gemeente's lessons; a partner only those
// of the programmes their partner organisation takes part in, never gemeente-wide ones. "lessons.write" writes
// gemeente-wide lessons; a programme's lesson needs read access to it and "lessons.write" or contribute.
import "server-only";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { can, type ProgrammeAccess } from "@/lib/domain/permissions";
import { ForbiddenError } from "../errors";
import type { Transaction } from "../index";
import { lessons, programmePartners, programmes } from "../schema";
import { accessTo } from "./programme-access";

type Reader = Pick<Transaction, "select">;

/** A lesson of a programme: whoever writes lessons, or contributes to the programme (never a partner). */
export function mayWriteProgrammeLesson(viewer: Viewer, access: ProgrammeAccess) {
  return access.read && viewer.role !== "partner" && (can(viewer.role, "lessons.write") || access.contribute);
}

/** The programmes whose lessons a partner reads; null for every other role, who read the whole gemeente. */
export function partnerProgrammes(viewer: Viewer, db: Reader) {
  if (viewer.role !== "partner") return null;
  return db
    .select({ id: programmePartners.programmeId })
    .from(programmePartners)
    .where(
      and(
        eq(programmePartners.organisationId, viewer.organisationId),
        eq(programmePartners.partnerOrganisationId, viewer.partnerOrganisationId ?? -1),
      ),
    );
}

export function readableCondition(viewer: Viewer, db: Reader): SQL {
  const inGemeente = eq(lessons.organisationId, viewer.organisationId);
  const limited = partnerProgrammes(viewer, db);
  return limited ? (and(inGemeente, inArray(lessons.programmeId, limited)) as SQL) : inGemeente;
}

export function readableProgrammes(viewer: Viewer, db: Reader) {
  const limited = partnerProgrammes(viewer, db);
  return db
    .select({ id: programmes.id, name: programmes.name, route: programmes.route })
    .from(programmes)
    .where(
      and(eq(programmes.organisationId, viewer.organisationId), limited ? inArray(programmes.id, limited) : undefined),
    )
    .orderBy(asc(programmes.name))
    .all();
}

export function assertMayWrite(viewer: Viewer, programmeId: number | null, db: Reader) {
  if (programmeId === null) {
    if (!can(viewer.role, "lessons.write")) throw new ForbiddenError("lessons.write");
    return;
  }
  const { access } = accessTo(viewer, programmeId, db);
  if (!mayWriteProgrammeLesson(viewer, access)) throw new ForbiddenError("lessons.write");
}
