// The one way the data layer records what happened. Call it inside the transaction of the change it describes.

import { sql } from "drizzle-orm";
import { auditEventHash, CHAIN_START } from "./audit-chain";
import type { Transaction } from "./index";
import { auditEvents } from "./schema";

export type AuditInput = {
  organisationId: number | null;
  actorId: number | null;
  programmeId?: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  summary: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends the event to its gemeente's hash chain. Reading the chain's last event and inserting the next one happen in
 * the caller's transaction, and SQLite lets one transaction write at a time, so two events never claim the same place.
 */
export function recordAudit(tx: Transaction, event: AuditInput) {
  const changes =
    event.before === undefined && event.after === undefined ? null : { before: event.before, after: event.after };
  const organisationId = event.organisationId;
  // The chain's last event, and the id AUTOINCREMENT would give (the hash covers it, so it is chosen before the insert).
  const [next, lastSequence, lastHash] = tx.values<[number, number | null, string | null]>(
    sql`select coalesce((select seq from sqlite_sequence where name = 'audit_events'), 0) + 1, last.sequence, last.hash
        from (select 1) left join (
          select sequence, hash from audit_events where organisation_id is ${organisationId} order by id desc limit 1
        ) as last`,
  )[0] ?? [1, null, null];
  const content = {
    id: next,
    sequence: (lastSequence ?? 0) + 1,
    organisationId,
    actorId: event.actorId,
    programmeId: event.programmeId ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId == null ? null : String(event.entityId),
    summary: event.summary,
    changes: changes === null ? null : JSON.stringify(changes),
    createdAt: Date.now(),
  };
  const prevHash = lastHash ?? CHAIN_START;
  tx.insert(auditEvents)
    .values({
      ...content,
      // Stored as the very text the hash covers.
      changes: sql`${content.changes}`,
      createdAt: new Date(content.createdAt),
      prevHash,
      hash: auditEventHash(prevHash, content),
    })
    .run();
}
