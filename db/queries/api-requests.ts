// The gate of a request to the read API. A request carries no session: its key stands for one gemeente. In one
// transaction the gate finds the key by its hash, refuses one that is unknown, revoked or expired, counts the request
// in the key's window of the minute (shared by every server process, so the limit holds however many there are),
// runs the read in the key's gemeente, and records the read in that gemeente's audit trail with when the key was last
// used. A refused key leaves no trace in any gemeente.
import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { hashApiKey } from "@/lib/domain/api-keys";
import { type RateDecision, rateDecision, rateLimitPerMinute, windowStart } from "@/lib/domain/api-rate";
import type { Reader } from "../access";
import { recordAudit } from "../audit";
import { getDb, type Transaction, transact } from "../index";
import { apiKeys, apiRateWindows } from "../schema";

export type KeyRefusal = "missing" | "malformed" | "unknown" | "revoked" | "expired";

/** The key a request was let in with. */
export type ApiKeyScope = {
  readonly tx: Transaction;
  readonly organisationId: number;
  readonly key: { id: number; name: string; prefix: string };
};

/** What a read answers: its result and what the audit trail records of it, or a problem with the request. */
export type ApiReadResult<T, P> =
  | { ok: true; value: T; audit: { summary: string; after: Record<string, unknown> } }
  | { ok: false; problem: P };

export type ApiGateOutcome<T, P> =
  | { kind: "refused"; reason: KeyRefusal }
  | { kind: "limited"; rate: RateDecision }
  | { kind: "problem"; problem: P; rate: RateDecision }
  | { kind: "ok"; value: T; rate: RateDecision };

/** Counts the request in its key's window of this minute and removes windows that have passed. */
function countRequest(tx: Transaction, keyId: number, now: number): number {
  const start = windowStart(now);
  const row = tx
    .insert(apiRateWindows)
    .values({ keyId, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [apiRateWindows.keyId, apiRateWindows.windowStart],
      set: { count: sql`${apiRateWindows.count} + 1` },
    })
    .returning({ count: apiRateWindows.count })
    .get();
  tx.delete(apiRateWindows).where(lt(apiRateWindows.windowStart, start)).run();
  return row.count;
}

function findKey(db: Reader, hash: string) {
  return db
    .select({
      id: apiKeys.id,
      organisationId: apiKeys.organisationId,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.hash, hash))
    .get();
}

function keyRefusal(key: ReturnType<typeof findKey>, now: Date): KeyRefusal | null {
  if (!key) return "unknown";
  if (key.revokedAt) return "revoked";
  return key.expiresAt.getTime() <= now.getTime() ? "expired" : null;
}

/**
 * Runs `read` for the gemeente of the request's key (`token`: the key from the Authorization header; null without
 * one, "malformed" for a header that cannot hold one of our keys). `read` must be synchronous.
 */
export function serveApiRead<T, P>(
  { token, now = new Date(), limit = rateLimitPerMinute() }: { token: string | null; now?: Date; limit?: number },
  read: (scope: ApiKeyScope) => ApiReadResult<T, P>,
): ApiGateOutcome<T, P> {
  if (token === null) return { kind: "refused", reason: "missing" };
  if (token === "malformed") return { kind: "refused", reason: "malformed" };
  const hash = hashApiKey(token);
  // Asked first outside the transaction, so that requests with keys that do not work never wait for the write lock.
  const refusal = keyRefusal(findKey(getDb(), hash), now);
  if (refusal) return { kind: "refused", reason: refusal };
  return transact((tx): ApiGateOutcome<T, P> => {
    const key = findKey(tx, hash);
    const refused = keyRefusal(key, now);
    if (refused || !key) return { kind: "refused", reason: refused ?? "unknown" };

    const rate = rateDecision(countRequest(tx, key.id, now.getTime()), limit, now.getTime());
    if (!rate.allowed) return { kind: "limited", rate };

    const result = read({
      tx,
      organisationId: key.organisationId,
      key: { id: key.id, name: key.name, prefix: key.prefix },
    });
    if (!result.ok) return { kind: "problem", problem: result.problem, rate };
    tx.update(apiKeys)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKeys.id, key.id), eq(apiKeys.organisationId, key.organisationId)))
      .run();
    // No person acted: the key did. The activity log names the key.
    recordAudit(tx, {
      organisationId: key.organisationId,
      actorId: null,
      action: "api.read",
      entityType: "api_key",
      entityId: key.id,
      summary: result.audit.summary,
      after: { name: key.name, prefix: key.prefix, ...result.audit.after },
    });
    return { kind: "ok", value: result.value, rate };
  });
}
