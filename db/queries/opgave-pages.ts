// The shared page of a maatschappelijke opgave (route 2): one page per opgave where the gemeente and the partners
// that work on the opgave (its veranderplan, or a grant on one of its agreed effects) reflect together. It is a shared
// page like any other — versions, conflicts, comments, history — found in the list of pages; the kernel's
// "pages.read"/"pages.write" decide with how the viewer stands to the opgave (db/access.ts opgaveRelation).
import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { can } from "@/lib/domain/permissions";
import { opgaveRelation, type Reader } from "../access";
import { pages } from "../schema";
import { guard, write } from "../write";
import { pageChanged } from "./notify-events";
import { opgaveIn } from "./opgaven";
import { insertNewPage } from "./page-changes";
import { type MutationResult, ok } from "./result";

function opgavePageIn(db: Reader, organisationId: number, opgaveId: number) {
  return (
    db
      .select({ id: pages.id, title: pages.title, version: pages.version, updatedAt: pages.updatedAt })
      .from(pages)
      .where(and(eq(pages.organisationId, organisationId), eq(pages.opgaveId, opgaveId), isNull(pages.archivedAt)))
      .orderBy(asc(pages.id))
      .get() ?? null
  );
}

/** For the opgave's page: its shared page, if there is one, and whether the viewer may start it. */
export async function getOpgavePage({ opgaveId }: { opgaveId: number }) {
  const { viewer, db } = await guard("opgaven.read");
  opgaveIn(db, viewer.organisationId, opgaveId);
  return { page: opgavePageIn(db, viewer.organisationId, opgaveId), mayCreate: can(viewer.role, "pages.write") };
}

/** Starts the opgave's shared page; when it already has one, that one is the answer. */
export function createOpgavePage(
  { opgaveId }: { opgaveId: number },
  content: { title: (opgaveTitle: string) => string; body: string },
): Promise<MutationResult<{ pageId: number }>> {
  return write(
    {
      permission: "pages.write",
      target: { relation: (db, viewer) => opgaveRelation(viewer, opgaveId, db) },
      record: { type: "opgave", id: opgaveId },
    },
    (scope) => {
      const { tx, viewer, audit } = scope;
      const opgave = opgaveIn(tx, viewer.organisationId, opgaveId);
      const existing = opgavePageIn(tx, viewer.organisationId, opgaveId);
      if (existing) return ok({ pageId: existing.id });
      const title = content.title(opgave.title).slice(0, 200);
      const id = insertNewPage(scope, { programmeId: null, opgaveId, title, body: content.body });
      audit({
        action: "page.created",
        entityType: "page",
        entityId: id,
        summary: title,
        after: { title, opgaveId, version: 1 },
      });
      pageChanged(scope, { id, title, programmeId: null }, 1);
      return ok({ pageId: id });
    },
  );
}
