import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import type { ProgrammeAccess } from "@/lib/domain/permissions";
import { programmeRelation, type Reader } from "../access";
import { ForbiddenError } from "../errors";
import { getDb, type Transaction } from "../index";
import { guardProgramme } from "../write";

export function accessTo(viewer: Viewer, programmeId: number, db: Reader = getDb()) {
  const { programme } = programmeRelation(viewer, programmeId, db);
  return {
    programme: { id: programme.id, name: programme.name, ownerId: programme.ownerId },
    access: programme.access,
  };
}

export type Need = keyof ProgrammeAccess;

export async function requireProgramme(programmeId: number, need: Need, _db?: Reader) {
  const { viewer, programme } = await guardProgramme(`programme.${need}`, programmeId);
  return { viewer, programme, access: programme.access };
}

export function assertProgramme(viewer: Viewer, programmeId: number, need: Need, tx: Transaction) {
  const { programme, access } = accessTo(viewer, programmeId, tx);
  if (!access[need]) throw new ForbiddenError(`programme.${need}`);
  return programme;
}
