// The one way the data layer records what happened. Call it inside the transaction of the change it describes.

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

export function recordAudit(tx: Transaction, event: AuditInput) {
  const changes =
    event.before === undefined && event.after === undefined ? null : { before: event.before, after: event.after };
  tx.insert(auditEvents)
    .values({
      organisationId: event.organisationId,
      actorId: event.actorId,
      programmeId: event.programmeId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId == null ? null : String(event.entityId),
      summary: event.summary,
      changes,
    })
    .run();
}
