// The version check of every edit: inside the write's transaction, a save made from an older version of a record is
// refused when it would change something someone else saved meanwhile (lib/domain/version-conflict.ts). The refusal
// carries the saved record and who saved it, so the form can show both versions; nothing is written or audited.
import "server-only";
import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { differingFields, type FormShape, isConflict, type VersionConflict } from "@/lib/domain/version-conflict";
import type { Reader } from "../access";
import { auditEvents, users } from "../schema";
import type { WriteScope } from "../write";
import type { MutationResult } from "./result";

/** A refused save from an older version. */
export type Conflicted = { ok: false; error: "changedMeanwhile"; field?: undefined; conflict: VersionConflict };

/** What an edit answers: its own result, or the versions side by side. */
export type Versioned<T = undefined> = MutationResult<T> | Conflicted;

/** The record whose version is checked, with the audit actions that each made a new version of it. */
export type VersionedRecord = { entityType: string; entityId: number; actions: readonly string[] };

/** Who saved the record's current version, and when: its latest audit event among `actions`. */
function lastSave(db: Reader, organisationId: number, record: VersionedRecord) {
  const event = db
    .select({ at: auditEvents.createdAt, name: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.organisationId, organisationId),
        eq(auditEvents.entityType, record.entityType),
        eq(auditEvents.entityId, String(record.entityId)),
        inArray(auditEvents.action, [...record.actions]),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .get();
  return { savedByName: event?.name ?? null, savedAt: event?.at.toISOString() ?? null };
}

/**
 * The refusal of a save made from `submitted` while `current` is saved, or null when the save may go on: it is
 * based on the current version, or it changes nothing that is saved differently now. `mine` is what the save would
 * write and `saved` what is saved, both in the form's shape.
 */
export function versionConflict(
  { tx, viewer }: Pick<WriteScope, "tx" | "viewer">,
  record: VersionedRecord,
  check: { submitted: number; current: number; mine: FormShape; saved: FormShape },
): Conflicted | null {
  const changed = differingFields(check.mine, check.saved);
  if (!isConflict(check, changed)) return null;
  return {
    ok: false,
    error: "changedMeanwhile",
    conflict: {
      version: check.current,
      saved: check.saved,
      changed,
      ...lastSave(tx, viewer.organisationId, record),
    },
  };
}

/** The next version of a record, as the update that saves it sets it. */
export const nextVersion = (column: AnySQLiteColumn): SQL => sql`${column} + 1`;

/** Optional form fields: empty text for nothing. */
export const formText = (value: string | number | null | undefined) => (value == null ? "" : String(value));
