// "Mijn gegevens downloaden" (AVG, right of access): everything the app keeps about the signed-in person, in every
// gemeente they belong to, and nothing about anyone else. Read and recorded in the audit trail in one transaction.
import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { ENTITY_REFS } from "@/lib/audit/fields";
import { type AuditRecord, refKey } from "@/lib/audit/render";
import type { Reader } from "../access";
import { ForbiddenError, NotFoundError } from "../errors";
import {
  auditEvents,
  memberships,
  notificationSettings,
  notifications,
  organisations,
  pageFollows,
  pages,
  partnerOrganisations,
  userSessions,
  users,
} from "../schema";
import { write } from "../write";
import { auditNames } from "./audit-names";
import { ok } from "./result";

export const OWN_DATA_FORMAT = "impactkoers-mijn-gegevens-1";

/** Records that are people: their names are someone else's data, so only the kind and id are given. */
const PERSON_TYPES = new Set(["user", "membership"]);

type EventRow = {
  id: number;
  organisationId: number | null;
  actorId: number | null;
  programmeId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  createdAt: Date;
};

/** The names of the records the events are about, each looked up in its own gemeente. */
function recordTitles(db: Reader, events: EventRow[]): Map<string, string> {
  const titles = new Map<string, string>();
  const byGemeente = new Map<number, AuditRecord[]>();
  for (const event of events) {
    if (event.organisationId === null || PERSON_TYPES.has(event.entityType)) continue;
    const records = byGemeente.get(event.organisationId) ?? [];
    // Only the record itself: no actor, programme or fields, so no other person is looked up.
    records.push({ ...event, actorId: null, programmeId: null, summary: "", changes: null });
    byGemeente.set(event.organisationId, records);
  }
  for (const [organisationId, records] of byGemeente) {
    const names = auditNames(db, organisationId, records);
    for (const record of records) {
      const refType = ENTITY_REFS[record.entityType];
      const id = Number(record.entityId);
      const named = refType && Number.isInteger(id) ? names.get(refKey(refType, id)) : undefined;
      if (named) titles.set(recordKey(organisationId, record.entityType, record.entityId), named.name);
    }
  }
  return titles;
}

const recordKey = (organisationId: number | null, entityType: string, entityId: string | null) =>
  `${organisationId}:${entityType}:${entityId}`;

/** Everything about the person with this id, as plain JSON. */
export function collectOwnData(db: Reader, userId: number, now = new Date()) {
  const profile = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      createdAt: users.createdAt,
      lastSignInAt: users.lastSignInAt,
      lastGemeente: organisations.name,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.lastOrganisationId))
    .where(eq(users.id, userId))
    .get();
  if (!profile) throw new NotFoundError("user");

  const gemeenten = db
    .select({
      gemeente: organisations.name,
      role: memberships.role,
      partnerOrganisation: partnerOrganisations.name,
      active: memberships.active,
      invitedAt: memberships.createdAt,
      acceptedAt: memberships.acceptedAt,
      nameInInvitation: memberships.invitedName,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(partnerOrganisations, eq(partnerOrganisations.id, memberships.partnerOrganisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name))
    .all();

  const sessions = db
    .select({
      device: userSessions.device,
      signedInAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      endedAt: userSessions.endedAt,
      endReason: userSessions.endReason,
    })
    .from(userSessions)
    .where(eq(userSessions.userId, userId))
    .orderBy(asc(userSessions.id))
    .all();

  const settings = db
    .select({ emailMode: notificationSettings.emailMode, updatedAt: notificationSettings.updatedAt })
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId))
    .get();

  const received = db
    .select({
      id: notifications.id,
      gemeente: organisations.name,
      kind: notifications.kind,
      params: notifications.params,
      href: notifications.href,
      actorId: notifications.actorId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      emailedAt: notifications.emailedAt,
    })
    .from(notifications)
    .innerJoin(organisations, eq(organisations.id, notifications.organisationId))
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.id))
    .all()
    // Who caused a notification is someone else: their name is left out, only whether it was the person themselves.
    .map(({ params: { actor: _actor, ...params }, actorId, ...row }) => ({
      ...row,
      params,
      causedBy: actorId === null ? "system" : actorId === userId ? "self" : "someone else",
    }));

  const followedPages = db
    .select({ gemeente: organisations.name, pageId: pages.id, title: pages.title, since: pageFollows.createdAt })
    .from(pageFollows)
    .innerJoin(pages, eq(pages.id, pageFollows.pageId))
    .innerJoin(organisations, eq(organisations.id, pageFollows.organisationId))
    .where(eq(pageFollows.userId, userId))
    .orderBy(asc(pageFollows.createdAt))
    .all();

  // The person's lines in the activity log: what they did, and what was done to their own account.
  const ownMemberships = db
    .select({ id: memberships.id })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .all()
    .map((m) => String(m.id));
  const events: EventRow[] = db
    .select({
      id: auditEvents.id,
      organisationId: auditEvents.organisationId,
      actorId: auditEvents.actorId,
      programmeId: auditEvents.programmeId,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .where(
      or(
        eq(auditEvents.actorId, userId),
        and(eq(auditEvents.entityType, "user"), eq(auditEvents.entityId, String(userId))),
        ownMemberships.length > 0
          ? and(eq(auditEvents.entityType, "membership"), inArray(auditEvents.entityId, ownMemberships))
          : undefined,
      ),
    )
    .orderBy(asc(auditEvents.id))
    .all();
  const gemeenteNames = new Map(
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .all()
      .map((o) => [o.id, o.name]),
  );
  const titles = recordTitles(db, events);
  const titleOf = (event: EventRow) => titles.get(recordKey(event.organisationId, event.entityType, event.entityId));

  // Records made or changed: every record the person's own events touched, with the first and last time.
  const records = new Map<
    string,
    { gemeente: string | null; type: string; id: string | null; title: string | null; first: Date; last: Date }
  >();
  for (const event of events) {
    if (event.actorId !== userId || event.entityId === null || event.action === "access.refused") continue;
    const key = recordKey(event.organisationId, event.entityType, event.entityId);
    const seen = records.get(key);
    if (seen) seen.last = event.createdAt;
    else {
      records.set(key, {
        gemeente: event.organisationId === null ? null : (gemeenteNames.get(event.organisationId) ?? null),
        type: event.entityType,
        id: event.entityId,
        title: titleOf(event) ?? null,
        first: event.createdAt,
        last: event.createdAt,
      });
    }
  }

  return {
    format: OWN_DATA_FORMAT,
    exportedAt: now.toISOString(),
    profile,
    gemeenten,
    sessions,
    notificationSettings: settings ?? { emailMode: "off", updatedAt: null },
    notifications: received,
    followedPages,
    records: [...records.values()].map(({ first, last, ...record }) => ({
      ...record,
      firstChangedAt: first,
      lastChangedAt: last,
    })),
    auditEvents: events.map((event) => ({
      id: event.id,
      gemeente: event.organisationId === null ? null : (gemeenteNames.get(event.organisationId) ?? null),
      createdAt: event.createdAt,
      action: event.action,
      by: event.actorId === null ? "system" : event.actorId === userId ? "self" : "someone else",
      recordType: event.entityType,
      recordId: event.entityId,
      recordTitle: titleOf(event) ?? null,
    })),
  };
}

export type OwnData = ReturnType<typeof collectOwnData>;

/** The signed-in person's own data, for the download; the download is in the activity log of their gemeente. */
export async function exportOwnData(): Promise<OwnData> {
  const result = await write({ permission: "account.exportOwn", target: null }, ({ tx, viewer, audit }) => {
    const data = collectOwnData(tx, viewer.userId);
    audit({ action: "user.data_exported", entityType: "user", entityId: viewer.userId, summary: "JSON" });
    return ok(data);
  });
  if (result.ok) return result.value;
  throw result.error === "forbidden" ? new ForbiddenError("export") : new NotFoundError("user");
}
