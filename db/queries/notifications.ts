// A person's own notifications in the gemeente they work in now: how many are unread (the bell), the paged list,
// and marking them read. Nobody reads or marks another person's notifications.
import "server-only";
import { and, count, desc, eq, isNull, type Placeholder, sql } from "drizzle-orm";
import { requireViewer } from "@/lib/auth/viewer";
import { permits } from "../access";
import { preparedOnce } from "../client";
import { getDb } from "../index";
import { failedEmailCount } from "../jobs/outbox";
import { notifications } from "../schema";
import { writeOwn } from "../write";
import { type MutationResult, ok, refuse } from "./result";

export const NOTIFICATIONS_PAGE_SIZE = 20;

const mine = (userId: number | Placeholder, organisationId: number | Placeholder) =>
  and(eq(notifications.userId, userId), eq(notifications.organisationId, organisationId));

// Built once per connection (db/client.ts preparedOnce): the bell in every page's header shows it.
const unreadCount = preparedOnce((db) =>
  db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(sql.placeholder("userId"), sql.placeholder("organisationId")), isNull(notifications.readAt)))
    .prepare(),
);

export async function unreadNotificationCount(): Promise<number> {
  const viewer = await requireViewer();
  return unreadCount(getDb()).get({ userId: viewer.userId, organisationId: viewer.organisationId })?.n ?? 0;
}

/** One page of the viewer's notifications, newest first; a page past the end shows the last one. */
export async function listNotifications({ page }: { page: number }) {
  const viewer = await requireViewer();
  const db = getDb();
  const where = mine(viewer.userId, viewer.organisationId);
  const total = db.select({ n: count() }).from(notifications).where(where).get()?.n ?? 0;
  const unread =
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(where, isNull(notifications.readAt)))
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((current - 1) * NOTIFICATIONS_PAGE_SIZE)
    .all();
  return { rows, total, unread, page: current, pageCount };
}

/** For whoever manages the gemeente's users: how many e-mails to its people could not be sent. Null for others. */
export async function failedEmails(): Promise<number | null> {
  const viewer = await requireViewer();
  const db = getDb();
  return permits(viewer, "users.manage", null, db) ? failedEmailCount(db, viewer.organisationId) : null;
}

export type OpenedNotification = { href: string; organisationId: number };

/**
 * Marks one of the viewer's notifications read; with `anyGemeente`, also one of another gemeente they are an
 * active member of (a link in an e-mail), which the caller then switches to.
 */
export async function markNotificationRead(
  { notificationId }: { notificationId: number },
  { anyGemeente = false }: { anyGemeente?: boolean } = {},
): Promise<MutationResult<OpenedNotification>> {
  const viewer = await requireViewer();
  const gemeenten = anyGemeente ? viewer.memberships.map((m) => m.organisationId) : [viewer.organisationId];
  return writeOwn(({ tx, userId, audit }) => {
    const found = tx
      .select({
        id: notifications.id,
        href: notifications.href,
        organisationId: notifications.organisationId,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)))
      .get();
    if (!found || !gemeenten.includes(found.organisationId)) return refuse("notificationGone");
    if (!found.readAt) {
      tx.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, found.id)).run();
      audit({
        organisationId: found.organisationId,
        action: "notification.read",
        entityType: "notification",
        entityId: found.id,
        summary: viewer.name,
      });
    }
    return ok({ href: found.href, organisationId: found.organisationId });
  });
}

/** Marks every unread notification of the viewer in this gemeente read; answers how many. */
export async function markAllNotificationsRead(): Promise<MutationResult<{ count: number }>> {
  const viewer = await requireViewer();
  return writeOwn(({ tx, userId, audit }) => {
    const changed = tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(mine(userId, viewer.organisationId), isNull(notifications.readAt)))
      .run().changes;
    if (changed > 0) {
      audit({
        organisationId: viewer.organisationId,
        action: "notification.all_read",
        entityType: "notification",
        summary: viewer.name,
      });
    }
    return ok({ count: changed });
  });
}
