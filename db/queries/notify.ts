// Telling people: `notify` writes a notification for each person concerned, inside the transaction of the change
// that causes it, and queues its e-mail for those who want one right away. Only people the access kernel lets read
// the record hear of it, and never the person who made the change.
import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { NotificationKind, Role } from "@/lib/domain/constants";
import type { NotificationParams } from "@/lib/domain/notifications";
import { allows, type Permission, type Relation } from "@/lib/domain/permissions";
import { notificationMail } from "@/lib/server/mail-text";
import { appUrl, emailAvailable } from "@/lib/server/notify-config";
import type { Reader } from "../access";
import type { Transaction } from "../index";
import {
  emailOutbox,
  memberships,
  notificationSettings,
  notifications,
  organisations,
  programmeMembers,
  programmePartners,
  programmes,
  users,
} from "../schema";

/** What someone must be allowed to do with the record to hear of it, and where the record lives. */
export type Readable = { permission: Permission; programmeId: number | null };

type Member = { userId: number; role: Role; partnerOrganisationId: number | null };

/**
 * Of the gemeente's active members (or of `among` only), those the kernel lets do `readable.permission` on a record
 * of that programme (or on a gemeente-wide record).
 */
export function peopleWho(db: Reader, organisationId: number, readable: Readable, among?: number[]): number[] {
  if (among?.length === 0) return [];
  const members = db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      partnerOrganisationId: memberships.partnerOrganisationId,
    })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.active, true),
        isNotNull(memberships.acceptedAt),
        among ? inArray(memberships.userId, among) : undefined,
      ),
    )
    .all() as Member[];
  const relationOf = relations(db, organisationId, readable.programmeId);
  if (relationOf === undefined) return [];
  return members
    .filter((member) => allows(member.role, readable.permission, relationOf(member)))
    .map((member) => member.userId);
}

/** How each member stands to the programme; undefined when it is not the gemeente's. */
function relations(db: Reader, organisationId: number, programmeId: number | null) {
  if (programmeId === null) return (): Relation => null;
  const programme = db
    .select({ ownerId: programmes.ownerId })
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.organisationId, organisationId)))
    .get();
  if (!programme) return undefined;
  const team = new Set(
    db
      .select({ userId: programmeMembers.userId })
      .from(programmeMembers)
      .where(eq(programmeMembers.programmeId, programmeId))
      .all()
      .map((row) => row.userId),
  );
  const partners = new Set(
    db
      .select({ id: programmePartners.partnerOrganisationId })
      .from(programmePartners)
      .where(eq(programmePartners.programmeId, programmeId))
      .all()
      .map((row) => row.id),
  );
  return (member: Member): Relation => ({
    onTeam: programme.ownerId === member.userId || team.has(member.userId),
    involved: member.partnerOrganisationId !== null && partners.has(member.partnerOrganisationId),
  });
}

/** The owner and team of a programme. */
export function programmeTeam(db: Reader, programmeId: number): number[] {
  const owner = db.select({ id: programmes.ownerId }).from(programmes).where(eq(programmes.id, programmeId)).get();
  const team = db
    .select({ id: programmeMembers.userId })
    .from(programmeMembers)
    .where(eq(programmeMembers.programmeId, programmeId))
    .all();
  return [...(owner ? [owner.id] : []), ...team.map((row) => row.id)];
}

export type NotifyInput = {
  organisationId: number;
  /** Who made the change: never told of it. Null for the scheduled job. */
  actorId: number | null;
  kind: NotificationKind;
  params: NotificationParams;
  /** A path in the app: where the work is done. */
  href: string;
  entity: { type: string; id: number };
  readable: Readable;
  recipients: Iterable<number>;
  /** The same event for the same person is one notification, however often it is reported. */
  dedupeKey: string;
  now?: Date;
};

/** Writes the notifications and queues the immediate e-mails; returns the ids of the new notifications. */
export function notify(tx: Transaction, input: NotifyInput): number[] {
  const candidates = [...new Set(input.recipients)].filter((id) => id !== input.actorId);
  const readers = peopleWho(tx, input.organisationId, input.readable, candidates);
  const now = input.now ?? new Date();
  const created: { id: number; userId: number }[] = [];
  for (const userId of readers) {
    const row = tx
      .insert(notifications)
      .values({
        organisationId: input.organisationId,
        userId,
        kind: input.kind,
        params: input.params,
        href: input.href,
        entityType: input.entity.type,
        entityId: input.entity.id,
        dedupeKey: input.dedupeKey,
        actorId: input.actorId,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id })
      .get();
    if (row) created.push({ id: row.id, userId });
  }
  if (created.length > 0 && emailAvailable()) queueImmediate(tx, input, created, now);
  return created.map((row) => row.id);
}

/** The e-mail of each new notification whose reader asked for one right away, in the reader's language. */
function queueImmediate(tx: Transaction, input: NotifyInput, created: { id: number; userId: number }[], now: Date) {
  const wanting = tx
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .innerJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(
      and(
        inArray(
          users.id,
          created.map((row) => row.userId),
        ),
        eq(notificationSettings.emailMode, "immediate"),
      ),
    )
    .all();
  if (wanting.length === 0) return;
  const gemeente =
    tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId)).get()
      ?.name ?? "";
  const base = appUrl();
  for (const reader of wanting) {
    const notificationId = created.find((row) => row.userId === reader.id)?.id;
    if (notificationId === undefined) continue;
    const mail = notificationMail(
      reader,
      { kind: input.kind, params: input.params, link: `${base}/notifications/${notificationId}/open`, gemeente },
      `${base}/account#meldingen`,
    );
    tx.insert(emailOutbox)
      .values({
        organisationId: input.organisationId,
        userId: reader.id,
        toAddress: reader.email,
        subject: mail.subject,
        text: mail.text,
        dedupeKey: `notification:${notificationId}`,
        nextAttemptAt: now,
        createdAt: now,
      })
      .onConflictDoNothing()
      .run();
    tx.update(notifications).set({ emailedAt: now }).where(eq(notifications.id, notificationId)).run();
  }
}
