// Reading shared pages: the gemeente's list, one programme's pages, one page with its comments, a page to edit, its
// history, and what the form for a new page offers. Changes live in page-changes.ts; the rules in page-access.ts.
import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { cache } from "react";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { ForbiddenError, NotFoundError } from "../errors";
import { getDb } from "../index";
import { pageComments, pageRevisions, pages, programmes, users } from "../schema";
import {
  assertWritePages,
  mayWritePages,
  pageTargets,
  type Reader,
  readablePage,
  readablePagesCondition,
  readableProgrammes,
} from "./page-access";
import { requireProgramme } from "./programme-access";

const creators = alias(users, "creators");

const listColumns = {
  id: pages.id,
  title: pages.title,
  programmeId: pages.programmeId,
  programmeName: programmes.name,
  version: pages.version,
  updatedAt: pages.updatedAt,
  updatedByName: users.name,
};

function readableRows(viewer: Viewer, db: Reader) {
  return db
    .select(listColumns)
    .from(pages)
    .innerJoin(users, eq(users.id, pages.updatedById))
    .leftJoin(programmes, eq(programmes.id, pages.programmeId))
    .where(readablePagesCondition(viewer, db))
    .orderBy(desc(pages.updatedAt), desc(pages.id))
    .all();
}

export type PageListItem = ReturnType<typeof readableRows>[number];

/** "none" is the gemeente-wide pages; a number is one programme's pages. */
export type PageFilter = { programme?: number | "none" };

/** Every page the viewer may read (a partner: those of its programmes), filtered as asked, latest change first. */
export async function listPages(filter: PageFilter = {}) {
  const viewer = await requireViewer();
  const db = getDb();
  const all = readableRows(viewer, db);
  const targets = pageTargets(viewer, db);
  return {
    pages: all.filter(
      (page) =>
        filter.programme === undefined ||
        (filter.programme === "none" ? page.programmeId === null : page.programmeId === filter.programme),
    ),
    total: all.length,
    programmes: readableProgrammes(viewer, db),
    // A partner has no gemeente-wide pages to filter on.
    showsWholeGemeente: targets.wholeGemeente,
    mayAdd: targets.wholeGemeente || targets.programmes.length > 0,
  };
}

/** One programme's pages, for everyone who may read the programme (its partners included). */
export async function listProgrammePages({ programmeId }: { programmeId: number }) {
  const { viewer } = await requireProgramme(programmeId, "read");
  const db = getDb();
  return {
    pages: readableRows(viewer, db).filter((page) => page.programmeId === programmeId),
    mayAdd: mayWritePages(viewer, programmeId, db),
  };
}

// Shared by the page and its metadata within one request.
const loadPage = cache(async (pageId: number) => {
  const viewer = await requireViewer();
  const db = getDb();
  readablePage(viewer, pageId, db);
  const page = db
    .select({
      ...listColumns,
      body: pages.body,
      createdAt: pages.createdAt,
      createdByName: creators.name,
    })
    .from(pages)
    .innerJoin(users, eq(users.id, pages.updatedById))
    .innerJoin(creators, eq(creators.id, pages.createdById))
    .leftJoin(programmes, eq(programmes.id, pages.programmeId))
    .where(and(eq(pages.id, pageId), eq(pages.organisationId, viewer.organisationId)))
    .get();
  if (!page) throw new NotFoundError("page");
  return { viewer, page, mayWrite: mayWritePages(viewer, page.programmeId, db) };
});

/** A page with its comments, oldest first. */
export async function getPage({ pageId }: { pageId: number }) {
  const { viewer, page, mayWrite } = await loadPage(pageId);
  const comments = getDb()
    .select({
      id: pageComments.id,
      body: pageComments.body,
      createdAt: pageComments.createdAt,
      authorName: users.name,
    })
    .from(pageComments)
    .innerJoin(users, eq(users.id, pageComments.authorId))
    .where(and(eq(pageComments.pageId, pageId), eq(pageComments.organisationId, viewer.organisationId)))
    .orderBy(asc(pageComments.createdAt), asc(pageComments.id))
    .all();
  return { ...page, comments, mayWrite };
}

/** Only the title, for the browser tab. */
export async function getPageTitle({ pageId }: { pageId: number }) {
  return (await loadPage(pageId)).page.title;
}

/** The page as the edit form starts from it; ForbiddenError for someone who may only read it. */
export async function getPageForEdit({ pageId }: { pageId: number }) {
  const { page, mayWrite } = await loadPage(pageId);
  if (!mayWrite) throw new ForbiddenError("pages.write");
  return {
    id: page.id,
    title: page.title,
    body: page.body,
    version: page.version,
    programmeId: page.programmeId,
    programmeName: page.programmeName,
  };
}

/**
 * Every revision of a page, newest first, and the two chosen to compare (by default the last change). A version
 * that does not exist falls back to the default.
 */
export async function getPageHistory({ pageId, from, to }: { pageId: number; from?: number; to?: number }) {
  const { viewer, page, mayWrite } = await loadPage(pageId);
  const revisions = getDb()
    .select({
      version: pageRevisions.version,
      title: pageRevisions.title,
      body: pageRevisions.body,
      restoredFromVersion: pageRevisions.restoredFromVersion,
      createdAt: pageRevisions.createdAt,
      authorName: users.name,
    })
    .from(pageRevisions)
    .innerJoin(users, eq(users.id, pageRevisions.authorId))
    .where(and(eq(pageRevisions.pageId, pageId), eq(pageRevisions.organisationId, viewer.organisationId)))
    .orderBy(desc(pageRevisions.version))
    .all();
  const find = (version: number | undefined) => revisions.find((revision) => revision.version === version);
  const newer = find(to) ?? revisions[0];
  const older = find(from) ?? revisions.find((revision) => newer && revision.version < newer.version);
  return {
    page: {
      id: page.id,
      title: page.title,
      version: page.version,
      programmeId: page.programmeId,
      programmeName: page.programmeName,
    },
    revisions: revisions.map(({ body: _body, ...revision }) => revision),
    compare: older && newer && older.version !== newer.version ? { from: older, to: newer } : null,
    mayWrite,
  };
}

/**
 * For the form that adds a page: checks the viewer may add one (under the programme, when given) and returns
 * where they may put it.
 */
export async function newPageContext({ programmeId }: { programmeId?: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  if (programmeId !== undefined) assertWritePages(viewer, programmeId, db);
  const targets = pageTargets(viewer, db);
  if (!targets.wholeGemeente && targets.programmes.length === 0) throw new ForbiddenError("pages.write");
  return { programmeId: programmeId ?? null, ...targets };
}
