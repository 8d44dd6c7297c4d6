// The hash chain of the audit trail. Every event carries the SHA-256 of its own content and of the hash of the event
// before it in the same chain (one chain per gemeente; events without a gemeente form one chain of their own). The
// triggers stop changes through the application; the chain shows a change made around them (a dropped trigger, an
// edited file): change, remove or move one event and the chain no longer adds up from that event on.
import { hash } from "node:crypto";
import type Database from "better-sqlite3";

/** The columns whose content the hash covers, in the order the hash takes them. */
export const CHAIN_COLUMNS =
  "id, sequence, organisation_id, actor_id, programme_id, action, entity_type, entity_id, summary, changes, created_at";

/** The hash before the first event of a chain. */
export const CHAIN_START = "";

// Part of every hashed text, so that a later change of the serialisation can be told apart from tampering.
const FORMAT = "impactkoers-audit-1";

export type ChainContent = {
  id: number;
  sequence: number;
  organisationId: number | null;
  actorId: number | null;
  programmeId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  /** The JSON text exactly as stored. */
  changes: string | null;
  /** Milliseconds since 1970, as stored. */
  createdAt: number;
};

/** The hash over the previous hash and the values of CHAIN_COLUMNS, as SQLite returns them. */
export function hashChainValues(prevHash: string, values: readonly unknown[]): string {
  return hash("sha256", JSON.stringify([FORMAT, prevHash, ...values]), "hex");
}

export function auditEventHash(prevHash: string, event: ChainContent): string {
  return hashChainValues(prevHash, [
    event.id,
    event.sequence,
    event.organisationId,
    event.actorId,
    event.programmeId,
    event.action,
    event.entityType,
    event.entityId,
    event.summary,
    event.changes,
    event.createdAt,
  ]);
}

/**
 * Registers `audit_chain(<CHAIN_COLUMNS>)` on a connection: a window function that hashes a chain in order, for the
 * migration that hashed the events recorded before the chain existed (drizzle/0014_audit_chain_backfill.sql).
 */
export function registerChainFunctions(sqlite: Database.Database) {
  sqlite.aggregate("audit_chain", {
    start: CHAIN_START,
    step: (prevHash: string, ...values: unknown[]) => hashChainValues(prevHash, values),
    // Only ever used over frames that start at the chain's first event, which never drop a row.
    inverse: () => {
      throw new Error("audit_chain() only runs over a whole chain from its start");
    },
    result: (hash: string) => hash,
    varargs: true,
  });
}
