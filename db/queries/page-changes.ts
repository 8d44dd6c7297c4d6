// Changing shared pages. Every save writes a new revision; nothing is ever deleted. Each change goes through the
// one write path with "pages.write" on the page's programme (or the gemeente as a whole), which records the audit
// event with that programme.
import "server-only";
import { and, eq } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import { decideSave } from "@/lib/domain/page-diff";
import type { EditPageInput, NewPageInput, PageCommentInput, RestoreRevisionInput } from "@/lib/validation/pages";
import { opgaveRelation } from "../access";
import { getDb, type Transaction } from "../index";
import { pageComments, pageRevisions, pages, users } from "../schema";
import { type Target, type WriteScope, write } from "../write";
import { pageChanged } from "./notify-events";
import { readablePage } from "./pages";
import { type MutationResult, ok, refuse } from "./result";

/**
 * Where a change of a page lands: the page's programme, or the gemeente; for a page of an opgave, how the viewer
 * stands to the opgave (a partner working on it may write it). Not found when the viewer may not read it.
 */
async function pageTarget(pageId: number): Promise<Target> {
  const viewer = await requireViewer();
  const page = getDb()
    .select({ opgaveId: pages.opgaveId })
    .from(pages)
    .where(and(eq(pages.id, pageId), eq(pages.organisationId, viewer.organisationId)))
    .get();
  if (page?.opgaveId == null) return (db, v) => readablePage(v, pageId, db).programmeId;
  const opgaveId = page.opgaveId;
  return {
    relation: (db, v) => {
      readablePage(v, pageId, db);
      return opgaveRelation(v, opgaveId, db);
    },
  };
}

function revision(tx: Transaction, pageId: number, version: number) {
  return tx
    .select({ title: pageRevisions.title, body: pageRevisions.body })
    .from(pageRevisions)
    .where(and(eq(pageRevisions.pageId, pageId), eq(pageRevisions.version, version)))
    .get();
}

/** Writes the page as a new version, with its revision. */
function saveVersion(
  tx: Transaction,
  page: { id: number; organisationId: number; version: number },
  content: { title: string; body: string },
  authorId: number,
  restoredFromVersion: number | null = null,
) {
  const version = page.version + 1;
  const now = new Date();
  tx.update(pages)
    .set({ title: content.title, body: content.body, version, updatedById: authorId, updatedAt: now })
    .where(and(eq(pages.id, page.id), eq(pages.version, page.version)))
    .run();
  tx.insert(pageRevisions)
    .values({
      organisationId: page.organisationId,
      pageId: page.id,
      version,
      title: content.title,
      body: content.body,
      restoredFromVersion,
      authorId,
      createdAt: now,
    })
    .run();
  return version;
}

/** A new page with its first revision, in the write's transaction; its id. Audit and notices are the caller's. */
export function insertNewPage(
  { tx, viewer }: Pick<WriteScope, "tx" | "viewer">,
  page: { programmeId: number | null; opgaveId?: number; title: string; body: string },
) {
  const now = new Date();
  const { id } = tx
    .insert(pages)
    .values({
      organisationId: viewer.organisationId,
      programmeId: page.programmeId,
      opgaveId: page.opgaveId ?? null,
      title: page.title,
      body: page.body,
      version: 1,
      createdById: viewer.userId,
      updatedById: viewer.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: pages.id })
    .get();
  tx.insert(pageRevisions)
    .values({
      organisationId: viewer.organisationId,
      pageId: id,
      version: 1,
      title: page.title,
      body: page.body,
      authorId: viewer.userId,
      createdAt: now,
    })
    .run();
  return id;
}

/**
 * Adds a page with its first revision. A partner must put it under a programme of its own: anywhere else the write
 * path refuses it (forbidden; not found for a programme they may not read).
 */
export function createPage(input: NewPageInput) {
  return write(
    { permission: "pages.write", target: input.programmeId, record: { type: "page" } },
    (scope): MutationResult<{ pageId: number }> => {
      const { audit } = scope;
      const id = insertNewPage(scope, { programmeId: input.programmeId, title: input.title, body: input.body });
      audit({
        action: "page.created",
        entityType: "page",
        entityId: id,
        summary: input.title,
        after: { title: input.title, programmeId: input.programmeId, version: 1 },
      });
      pageChanged(scope, { id, title: input.title, programmeId: input.programmeId }, 1);
      return ok({ pageId: id });
    },
  );
}

/** What someone else saved while the viewer was editing: shown beside the viewer's own text. */
export type PageConflict = {
  version: number;
  title: string;
  body: string;
  updatedByName: string;
  /** ISO time. */
  updatedAt: string;
};

export type PageSaveOutcome =
  | { outcome: "saved"; version: number }
  | { outcome: "unchanged" }
  | { outcome: "conflict"; current: PageConflict };

/**
 * Saves an edit as a new version, unless someone else changed the page since the version the edit was based on:
 * then nothing is written and the current version comes back, so the editor can merge (see decideSave).
 */
export async function updatePage({ pageId }: { pageId: number }, input: EditPageInput) {
  return write(
    { permission: "pages.write", target: await pageTarget(pageId), record: { type: "page", id: pageId } },
    (scope): MutationResult<PageSaveOutcome> => {
      const { tx, viewer, audit } = scope;
      const page = readablePage(viewer, pageId, tx);
      const mine = { title: input.title, body: input.body };
      const decision = decideSave({
        baseVersion: input.baseVersion,
        base: input.baseVersion <= page.version ? (revision(tx, pageId, input.baseVersion) ?? null) : null,
        current: page,
        mine,
      });
      if (decision === "unchanged") return ok({ outcome: "unchanged" });
      if (decision === "conflict") {
        const current = tx
          .select({ updatedAt: pages.updatedAt, updatedByName: users.name })
          .from(pages)
          .innerJoin(users, eq(users.id, pages.updatedById))
          .where(eq(pages.id, pageId))
          .get();
        return ok({
          outcome: "conflict",
          current: {
            version: page.version,
            title: page.title,
            body: page.body,
            updatedByName: current?.updatedByName ?? "",
            updatedAt: (current?.updatedAt ?? new Date()).toISOString(),
          },
        });
      }
      const version = saveVersion(tx, { ...page, organisationId: viewer.organisationId }, mine, viewer.userId);
      audit({
        action: "page.updated",
        entityType: "page",
        entityId: pageId,
        summary: input.title,
        before: { title: page.title, version: page.version },
        after: { title: input.title, version },
      });
      pageChanged(scope, { id: pageId, title: input.title, programmeId: page.programmeId }, version);
      return ok({ outcome: "saved", version });
    },
  );
}

/** Makes an old revision the current page again, as a new revision that says where it came from. */
export async function restorePageRevision({ pageId }: { pageId: number }, input: RestoreRevisionInput) {
  return write(
    { permission: "pages.write", target: await pageTarget(pageId), record: { type: "page", id: pageId } },
    (scope): MutationResult<{ version: number }> => {
      const { tx, viewer, audit } = scope;
      const page = readablePage(viewer, pageId, tx);
      const old = revision(tx, pageId, input.version);
      if (!old) return refuse("invalid");
      if (input.version === page.version) return refuse("pageRestoreCurrent");
      const version = saveVersion(
        tx,
        { ...page, organisationId: viewer.organisationId },
        old,
        viewer.userId,
        input.version,
      );
      audit({
        action: "page.restored",
        entityType: "page",
        entityId: pageId,
        summary: old.title,
        before: { title: page.title, version: page.version },
        after: { title: old.title, version, restoredFromVersion: input.version },
      });
      pageChanged(scope, { id: pageId, title: old.title, programmeId: page.programmeId }, version);
      return ok({ version });
    },
  );
}

/** A comment by whoever may work on the page. */
export async function addPageComment({ pageId }: { pageId: number }, input: PageCommentInput) {
  return write(
    { permission: "pages.write", target: await pageTarget(pageId), record: { type: "page", id: pageId } },
    ({ tx, viewer, audit }): MutationResult<{ commentId: number }> => {
      const page = readablePage(viewer, pageId, tx);
      const { id } = tx
        .insert(pageComments)
        .values({ organisationId: viewer.organisationId, pageId, body: input.body, authorId: viewer.userId })
        .returning({ id: pageComments.id })
        .get();
      audit({
        action: "page.commented",
        entityType: "page",
        entityId: pageId,
        summary: page.title,
        after: { commentId: id },
      });
      return ok({ commentId: id });
    },
  );
}
