// The write path of the scheduled jobs, which act for nobody: one synchronous transaction that takes the write lock
// first, with the audit event (actor: nobody, the log says "Impactkoers") in the same transaction.
import { type AuditInput, recordAudit } from "../audit";
import type { AppDatabase } from "../client";
import type { Transaction } from "../index";

export type SystemScope = {
  readonly tx: Transaction;
  audit(event: Omit<AuditInput, "actorId">): void;
};

export function systemWrite<T>(db: AppDatabase, change: (scope: SystemScope) => T): T {
  return db.transaction(
    (tx) => {
      const result = change({ tx, audit: (event) => recordAudit(tx, { ...event, actorId: null }) });
      if (result instanceof Promise) throw new Error("systemWrite() needs a synchronous callback");
      return result;
    },
    { behavior: "immediate" },
  );
}
