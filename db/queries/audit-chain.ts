// Whether the gemeente's audit trail is unchanged since its first event, for the beheerder's activity page. A walk
// over the whole chain is cheap but grows with the trail, so a page view uses the outcome of a check made in the last
// few minutes (kept in SQLite, shared by every server process); the beheerder can ask for a new one sooner.
import "server-only";
import { eq } from "drizzle-orm";
import { type BreakKind, recordCheck, verifyGemeenteChain } from "../audit-verify";
import { getDb } from "../index";
import { auditChainChecks } from "../schema";
import { guard } from "../write";

/** How long a page view shows the outcome of an earlier check. */
export const CHAIN_CHECK_FRESH_MS = 5 * 60_000;
/** How soon after a check a beheerder's request for a new one is granted. */
export const CHAIN_RECHECK_MS = 10_000;

export type ChainStatus = {
  checkedAt: Date;
  events: number;
  broken: { id: number; kind: BreakKind; createdAt: Date | null } | null;
};

type CheckRow = typeof auditChainChecks.$inferSelect;

const toStatus = (row: CheckRow): ChainStatus => ({
  checkedAt: row.checkedAt,
  events: row.events,
  broken:
    row.brokenId === null ? null : { id: row.brokenId, kind: row.brokenKind as BreakKind, createdAt: row.brokenAt },
});

/** The outcome of the last check of the viewer's gemeente's chain, checked anew when it is older than allowed. */
export async function auditChainStatus({ recheck = false }: { recheck?: boolean } = {}): Promise<ChainStatus> {
  const { viewer } = await guard("audit.read");
  const db = getDb();
  const organisationId = viewer.organisationId;
  const last = db.select().from(auditChainChecks).where(eq(auditChainChecks.organisationId, organisationId)).get();
  const age = last ? Date.now() - last.checkedAt.getTime() : Number.POSITIVE_INFINITY;
  if (last && age < (recheck ? CHAIN_RECHECK_MS : CHAIN_CHECK_FRESH_MS)) return toStatus(last);

  const sqlite = db.$client;
  const report = verifyGemeenteChain(sqlite, organisationId);
  const checkedAt = Date.now();
  // Not an audit event: a check changes nothing the gemeente recorded, and an event would lengthen the chain it checks.
  recordCheck(sqlite, report, checkedAt);
  return {
    checkedAt: new Date(checkedAt),
    events: report.events,
    broken: report.broken
      ? {
          id: report.broken.id,
          kind: report.broken.kind,
          createdAt: report.broken.createdAt === null ? null : new Date(report.broken.createdAt),
        }
      : null,
  };
}
