// The daily summary: one e-mail a day for each person who chose it, with their notifications that are new since
// they chose it, still unread and not yet e-mailed, over all gemeenten they are an active member of. The e-mail's
// dedupe key names the person and the day, so a second run on the same day queues nothing.
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import { todayInAmsterdam } from "../../lib/domain/time";
import { summaryMail } from "../../lib/server/mail-text";
import { appUrl, emailAvailable } from "../../lib/server/notify-config";
import type { AppDatabase } from "../client";
import { emailOutbox, memberships, notificationSettings, notifications, organisations, users } from "../schema";
import { systemWrite } from "./system-write";

export function queueDailySummaries(db: AppDatabase, now: Date) {
  const day = todayInAmsterdam(now);
  if (!emailAvailable()) return { day, queued: 0 };
  const readers = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      since: notificationSettings.updatedAt,
    })
    .from(notificationSettings)
    .innerJoin(users, eq(users.id, notificationSettings.userId))
    .where(eq(notificationSettings.emailMode, "daily"))
    .all();
  const base = appUrl();
  let queued = 0;
  for (const reader of readers) {
    queued += systemWrite(db, ({ tx }) => {
      const items = tx
        .select({
          id: notifications.id,
          kind: notifications.kind,
          params: notifications.params,
          gemeente: organisations.name,
        })
        .from(notifications)
        .innerJoin(organisations, eq(organisations.id, notifications.organisationId))
        .innerJoin(
          memberships,
          and(
            eq(memberships.userId, notifications.userId),
            eq(memberships.organisationId, notifications.organisationId),
            eq(memberships.active, true),
            isNotNull(memberships.acceptedAt),
          ),
        )
        .where(
          and(
            eq(notifications.userId, reader.id),
            isNull(notifications.emailedAt),
            isNull(notifications.readAt),
            gte(notifications.createdAt, reader.since),
            lte(notifications.createdAt, now),
          ),
        )
        .orderBy(asc(notifications.createdAt), asc(notifications.id))
        .all();
      if (items.length === 0) return 0;
      const mail = summaryMail(
        reader,
        items.map((item) => ({ ...item, link: `${base}/notifications/${item.id}/open` })),
        { all: `${base}/notifications`, account: `${base}/account#meldingen` },
      );
      const inserted = tx
        .insert(emailOutbox)
        .values({
          userId: reader.id,
          toAddress: reader.email,
          subject: mail.subject,
          text: mail.text,
          dedupeKey: `summary:${reader.id}:${day}`,
          nextAttemptAt: now,
          createdAt: now,
        })
        .onConflictDoNothing()
        .run().changes;
      if (inserted === 0) return 0;
      tx.update(notifications)
        .set({ emailedAt: now })
        .where(
          inArray(
            notifications.id,
            items.map((item) => item.id),
          ),
        )
        .run();
      return 1;
    });
  }
  return { day, queued };
}
