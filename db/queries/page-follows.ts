// Following a shared page: whoever follows it hears when someone else saves a new version. Whoever may read a page
// may follow it; the writer of a page follows it from their first save.
import "server-only";
import { and, eq } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import type { Reader } from "../access";
import { getDb, type Transaction } from "../index";
import { pageFollows } from "../schema";
import { type Target, write } from "../write";
import { readablePage } from "./pages";
import { type MutationResult, ok } from "./result";

export function followIn(tx: Transaction, follow: { organisationId: number; userId: number; pageId: number }) {
  tx.insert(pageFollows).values(follow).onConflictDoNothing().run();
}

export function followersOf(db: Reader, pageId: number): number[] {
  return db
    .select({ userId: pageFollows.userId })
    .from(pageFollows)
    .where(eq(pageFollows.pageId, pageId))
    .all()
    .map((row) => row.userId);
}

/** Whether the viewer follows this page (which they may read: the page itself checked that). */
export async function isFollowing({ pageId }: { pageId: number }): Promise<boolean> {
  const viewer = await requireViewer();
  const db = getDb();
  readablePage(viewer, pageId, db);
  return Boolean(
    db
      .select({ pageId: pageFollows.pageId })
      .from(pageFollows)
      .where(and(eq(pageFollows.pageId, pageId), eq(pageFollows.userId, viewer.userId)))
      .get(),
  );
}

/** The page's programme (or the gemeente); not found when the viewer may not read the page. */
const pageTarget =
  (pageId: number): Target =>
  (db, viewer) =>
    readablePage(viewer, pageId, db).programmeId;

/** Follows or stops following a page the viewer may read. Doing what is already so changes nothing. */
export function setPageFollow({ pageId }: { pageId: number }, follow: boolean) {
  return write(
    { permission: "pages.read", target: pageTarget(pageId), record: { type: "page", id: pageId } },
    ({ tx, viewer, audit }): MutationResult<{ changed: boolean }> => {
      const page = readablePage(viewer, pageId, tx);
      const mine = and(eq(pageFollows.pageId, pageId), eq(pageFollows.userId, viewer.userId));
      const following = Boolean(tx.select({ pageId: pageFollows.pageId }).from(pageFollows).where(mine).get());
      if (following === follow) return ok({ changed: false });
      if (follow) followIn(tx, { organisationId: viewer.organisationId, userId: viewer.userId, pageId });
      else tx.delete(pageFollows).where(mine).run();
      audit({
        action: follow ? "page.followed" : "page.unfollowed",
        entityType: "page",
        entityId: pageId,
        summary: page.title,
      });
      return ok({ changed: true });
    },
  );
}
