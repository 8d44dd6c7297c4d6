import "server-only";
import { getDb } from "../index";
import { healthChecks } from "../schema";

/**
 * Throws unless the database opens, is migrated and takes a write: it upserts the one row of health_checks with the
 * time of the check, in one statement (so in one transaction of its own). A read alone passes on a read-only file or a
 * full disk. Nobody changed anything, so no audit event.
 */
export function checkDatabase(now = new Date()) {
  getDb()
    .insert(healthChecks)
    .values({ id: 1, checkedAt: now })
    .onConflictDoUpdate({ target: healthChecks.id, set: { checkedAt: now } })
    .run();
}
