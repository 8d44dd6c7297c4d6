// Reading shared pages: the gemeente's list, one programme's pages, one page with its comments, a page to edit, its
// history, and what the form for a new page offers. Changes live in page-changes.ts. Who reads and writes which page
// is the kernel's "pages.read" and "pages.write": a partner only those of its programmes, never gemeente-wide ones.
import "server-only";
import { and, asc, count, desc, eq, isNotNull, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { cache } from "react";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { pageWithin } from "@/lib/domain/my-work";
import { allows, can, type Permission } from "@/lib/domain/permissions";
import { opgavePagesVisibleTo, opgaveRelation, permits, programmesWhere, type Reader, visibleTo } from "../access";
import { ForbiddenError, NotFoundError } from "../errors";
import { getDb } from "../index";
import { pageComments, pageRevisions, pages, programmes, users } from "../schema";
import { guard, guardProgramme } from "../write";

const creators = alias(users, "creators");

/**
 * Whether the kernel lets the viewer do this on a page: a page of an opgave by how the viewer stands to the opgave (a
 * partner: when its organisation works on it), any other by its programme or the gemeente. NotFoundError for a
 * programme they may not read.
 */
export function pagePermits(
  viewer: Viewer,
  permission: Permission,
  page: { programmeId: number | null; opgaveId: number | null },
  db: Reader,
) {
  if (page.opgaveId !== null) return allows(viewer.role, permission, opgaveRelation(viewer, page.opgaveId, db));
  return permits(viewer, permission, page.programmeId, db);
}

/** One page the viewer may read, with what the changes need; NotFoundError for anything else. */
export function readablePage(viewer: Viewer, pageId: number, db: Reader) {
  const page = db
    .select({
      id: pages.id,
      programmeId: pages.programmeId,
      opgaveId: pages.opgaveId,
      title: pages.title,
      body: pages.body,
      version: pages.version,
    })
    .from(pages)
    .where(and(eq(pages.id, pageId), eq(pages.organisationId, viewer.organisationId)))
    .get();
  // A page the viewer may not read does not exist for them.
  if (!page || !pagePermits(viewer, "pages.read", page, db)) throw new NotFoundError("page");
  return page;
}

/** Where the viewer may add a page: the programmes they may write, and whether the gemeente as a whole. */
function pageTargets(viewer: Viewer, db: Reader) {
  return {
    programmes: programmesWhere(viewer, db, "programme.read", "pages.write"),
    wholeGemeente: can(viewer.role, "pages.write"),
  };
}

const listColumns = {
  id: pages.id,
  title: pages.title,
  programmeId: pages.programmeId,
  programmeName: programmes.name,
  version: pages.version,
  updatedAt: pages.updatedAt,
  updatedByName: users.name,
};

/** Pages per screen of a list: a gemeente keeps thousands of pages over the years. */
export const PAGES_PAGE_SIZE = 25;

/** "none" is the gemeente-wide pages; a number is one programme's pages. */
export type PageFilter = { programme?: number | "none" };

function readableWhere(viewer: Viewer, db: Reader, filter: PageFilter = {}) {
  return and(
    or(
      visibleTo(viewer, "pages.read", { organisationId: pages.organisationId, programmeId: pages.programmeId }, db),
      opgavePagesVisibleTo(viewer, "pages.read", db),
    ),
    isNull(pages.archivedAt),
    filter.programme === undefined
      ? undefined
      : filter.programme === "none"
        ? isNull(pages.programmeId)
        : eq(pages.programmeId, filter.programme),
  );
}

function countWhere(db: Reader, where: ReturnType<typeof readableWhere>) {
  return db.select({ n: count() }).from(pages).where(where).get()?.n ?? 0;
}

/** One screen of the pages the filter lets through, latest change first, with the page number and the count. */
function pagedRows(viewer: Viewer, db: Reader, filter: PageFilter, wanted: number) {
  const where = readableWhere(viewer, db, filter);
  const matching = countWhere(db, where);
  const { page, pageCount } = pageWithin(wanted, matching, PAGES_PAGE_SIZE);
  const rows = db
    .select(listColumns)
    .from(pages)
    .innerJoin(users, eq(users.id, pages.updatedById))
    .leftJoin(programmes, eq(programmes.id, pages.programmeId))
    .where(where)
    .orderBy(desc(pages.updatedAt), desc(pages.id))
    .limit(PAGES_PAGE_SIZE)
    .offset((page - 1) * PAGES_PAGE_SIZE)
    .all();
  const from = (page - 1) * PAGES_PAGE_SIZE;
  return { pages: rows, matching, page, pageCount, from: rows.length ? from + 1 : 0, to: from + rows.length };
}

export type PageListItem = ReturnType<typeof pagedRows>["pages"][number];

function withPages(viewer: Viewer, db: Reader, chosen: PageFilter["programme"]) {
  const having = new Set(
    db
      .select({ id: pages.programmeId })
      .from(pages)
      .where(and(readableWhere(viewer, db), isNotNull(pages.programmeId)))
      .groupBy(pages.programmeId)
      .all()
      .map((row) => row.id),
  );
  return programmesWhere(viewer, db, "programme.read").filter((p) => having.has(p.id) || p.id === chosen);
}

/**
 * The pages the viewer may read (a partner: those of its programmes), filtered as asked, latest change first, one
 * screen at a time: `matching` counts what the filter lets through, `total` every page the viewer may read.
 */
export async function listPages(filter: PageFilter & { page?: number } = {}) {
  const viewer = await requireViewer();
  const db = getDb();
  const targets = pageTargets(viewer, db);
  const { programme, page = 1 } = filter;
  const listed = pagedRows(viewer, db, { programme }, page);
  return {
    ...listed,
    total: programme === undefined ? listed.matching : countWhere(db, readableWhere(viewer, db)),
    // The programmes whose pages the viewer may read and that have pages, for the filter of the list: a choice that
    // can only give an empty list is left out (the chosen one stays).
    programmes: withPages(viewer, db, programme),
    // A partner has no gemeente-wide pages to filter on.
    showsWholeGemeente: targets.wholeGemeente,
    mayAdd: targets.wholeGemeente || targets.programmes.length > 0,
  };
}

/** One programme's pages, for everyone who may read the programme (its partners included), a screen at a time. */
export async function listProgrammePages({ programmeId, page = 1 }: { programmeId: number; page?: number }) {
  const { viewer, db } = await guardProgramme("pages.read", programmeId);
  return {
    ...pagedRows(viewer, db, { programme: programmeId }, page),
    mayAdd: permits(viewer, "pages.write", programmeId, db),
  };
}

// Shared by the page and its metadata within one request.
const loadPage = cache(async (pageId: number) => {
  const viewer = await requireViewer();
  const db = getDb();
  const readable = readablePage(viewer, pageId, db);
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
  return { viewer, page, mayWrite: pagePermits(viewer, "pages.write", readable, db) };
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
  if (programmeId !== undefined) await guard("pages.write", programmeId);
  const targets = pageTargets(await requireViewer(), getDb());
  if (!targets.wholeGemeente && targets.programmes.length === 0) throw new ForbiddenError("pages.write");
  return { programmeId: programmeId ?? null, ...targets };
}
