// Who may read and change which shared pages. The gemeente's own people read every page of the gemeente and, with
// "pages.write", change them. A partner reads and changes only the pages of programmes its partner organisation
// takes part in, never the gemeente-wide ones. A page the viewer may not read does not exist for them.
import "server-only";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/permissions";
import { ForbiddenError, NotFoundError } from "../errors";
import { getDb, type Transaction } from "../index";
import { pages, programmePartners, programmes } from "../schema";
import { accessTo } from "./programme-access";

export type Reader = Pick<Transaction, "select">;

const isPartner = (viewer: Viewer) => viewer.role === "partner";

/** The programmes of the gemeente this partner organisation takes part in, as a sub-query. */
function partnerProgrammeIds(viewer: Viewer, db: Reader) {
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

/** The condition that limits pages to what this viewer may read. */
export function readablePagesCondition(viewer: Viewer, db: Reader = getDb()): SQL {
  const inGemeente = eq(pages.organisationId, viewer.organisationId);
  if (!isPartner(viewer)) return inGemeente;
  return and(inGemeente, inArray(pages.programmeId, partnerProgrammeIds(viewer, db))) as SQL;
}

/** One page the viewer may read, with what the checks need; NotFoundError for anything else. */
export function readablePage(viewer: Viewer, pageId: number, db: Reader = getDb()) {
  const page = db
    .select({
      id: pages.id,
      programmeId: pages.programmeId,
      title: pages.title,
      body: pages.body,
      version: pages.version,
    })
    .from(pages)
    .where(and(eq(pages.id, pageId), eq(pages.organisationId, viewer.organisationId)))
    .get();
  if (!page) throw new NotFoundError("page");
  if (page.programmeId === null) {
    if (isPartner(viewer)) throw new NotFoundError("page");
  } else {
    // Not found when the viewer may not read the programme (a partner of another programme).
    accessTo(viewer, page.programmeId, db);
  }
  return page;
}

/**
 * Whether the viewer may write the pages of this programme, or the gemeente-wide ones when null. A programme of
 * another gemeente, or one the viewer may not read, is not found.
 */
export function mayWritePages(viewer: Viewer, programmeId: number | null, db: Reader = getDb()): boolean {
  if (programmeId === null) return !isPartner(viewer) && can(viewer.role, "pages.write");
  const { access } = accessTo(viewer, programmeId, db);
  if (!access.read) return false;
  return isPartner(viewer) || can(viewer.role, "pages.write");
}

export function assertWritePages(viewer: Viewer, programmeId: number | null, db: Reader) {
  if (!mayWritePages(viewer, programmeId, db)) throw new ForbiddenError("pages.write");
}

/** The programmes whose pages the viewer may read, for the filter of the list. */
export function readableProgrammes(viewer: Viewer, db: Reader = getDb()) {
  const conditions = [eq(programmes.organisationId, viewer.organisationId)];
  if (isPartner(viewer)) conditions.push(inArray(programmes.id, partnerProgrammeIds(viewer, db)));
  return db
    .select({ id: programmes.id, name: programmes.name })
    .from(programmes)
    .where(and(...conditions))
    .orderBy(asc(programmes.name))
    .all();
}

/** Where the viewer may add a page: the programmes they may write, and whether the gemeente as a whole. */
export function pageTargets(viewer: Viewer, db: Reader = getDb()) {
  const programmes = readableProgrammes(viewer, db).filter((programme) => mayWritePages(viewer, programme.id, db));
  return { programmes, wholeGemeente: mayWritePages(viewer, null, db) };
}
