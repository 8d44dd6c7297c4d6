// The beheerder's keys for the read API: the paged list, one key, making one (shown once, stored as its SHA-256) and
// revoking one. Using a key is api-requests.ts.
import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { apiKeyStatus, expiresAtFor, expiryProblem, generateApiKey, lastValidDay } from "@/lib/domain/api-keys";
import type { ApiKeyInput } from "@/lib/validation/api-keys";
import { NotFoundError } from "../errors";
import type { Transaction } from "../index";
import { apiKeys, users } from "../schema";
import { guard, write } from "../write";
import { type MutationResult, ok, refuse } from "./result";

export const API_KEY_PAGE_SIZE = 20;

const creators = alias(users, "creators");
const revokers = alias(users, "revokers");

const columns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  createdByName: creators.name,
  expiresAt: apiKeys.expiresAt,
  revokedAt: apiKeys.revokedAt,
  revokedByName: revokers.name,
  lastUsedAt: apiKeys.lastUsedAt,
};

type Row = {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  createdByName: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedByName: string | null;
  lastUsedAt: Date | null;
};

const withStatus = <T extends Row>(row: T, now: Date) => ({
  ...row,
  status: apiKeyStatus(row, now),
  validThrough: lastValidDay(row.expiresAt),
});

/** The gemeente's keys, newest first, a page at a time. */
export async function listApiKeys({ page = 1 }: { page?: number } = {}) {
  const { viewer, db } = await guard("apiKeys.manage");
  const own = eq(apiKeys.organisationId, viewer.organisationId);
  const total = db.select({ n: count() }).from(apiKeys).where(own).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / API_KEY_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const now = new Date();
  const rows = db
    .select(columns)
    .from(apiKeys)
    .leftJoin(creators, eq(creators.id, apiKeys.createdById))
    .leftJoin(revokers, eq(revokers.id, apiKeys.revokedById))
    .where(own)
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(API_KEY_PAGE_SIZE)
    .offset((current - 1) * API_KEY_PAGE_SIZE)
    .all() as Row[];
  return { rows: rows.map((row) => withStatus(row, now)), total, page: current, pageCount };
}

export async function getApiKey({ keyId }: { keyId: number }) {
  const { viewer, db } = await guard("apiKeys.manage");
  const row = db
    .select(columns)
    .from(apiKeys)
    .leftJoin(creators, eq(creators.id, apiKeys.createdById))
    .leftJoin(revokers, eq(revokers.id, apiKeys.revokedById))
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.organisationId, viewer.organisationId)))
    .get() as Row | undefined;
  if (!row) throw new NotFoundError("api key");
  return withStatus(row, new Date());
}

/** Whether a key of the gemeente that still works has this name: two would be impossible to tell apart. */
function nameInUse(tx: Transaction, organisationId: number, name: string, now: Date) {
  return Boolean(
    tx
      .select({ id: apiKeys.id })
      .from(apiKeys)
      .where(
        and(
          eq(apiKeys.organisationId, organisationId),
          isNull(apiKeys.revokedAt),
          sql`${apiKeys.expiresAt} > ${now.getTime()}`,
          sql`lower(${apiKeys.name}) = lower(${name})`,
        ),
      )
      .get(),
  );
}

export type CreatedApiKey = {
  keyId: number;
  key: string;
  name: string;
  prefix: string;
  /** The last day it works, "2027-05-10". */
  validThrough: string;
};

/** Makes a key; the answer holds the key itself, which is nowhere stored and cannot be shown again. */
export function createApiKey(input: ApiKeyInput): Promise<MutationResult<CreatedApiKey>> {
  return write({ permission: "apiKeys.manage", target: null, record: { type: "api_key" } }, ({ tx, viewer, audit }) => {
    const now = new Date();
    const problem = expiryProblem(input.expiresOn, now);
    if (problem) return refuse(problem, "expiresOn");
    if (nameInUse(tx, viewer.organisationId, input.name, now)) return refuse("apiKeyNameTaken", "name");
    const { key, prefix, hash } = generateApiKey();
    const expiresAt = expiresAtFor(input.expiresOn);
    const { id } = tx
      .insert(apiKeys)
      .values({
        organisationId: viewer.organisationId,
        name: input.name,
        prefix,
        hash,
        createdById: viewer.userId,
        expiresAt,
      })
      .returning({ id: apiKeys.id })
      .get();
    audit({
      action: "apiKey.created",
      entityType: "api_key",
      entityId: id,
      summary: `API-sleutel '${input.name}' (${prefix}…) gemaakt, geldig tot en met ${input.expiresOn}`,
      after: { name: input.name, prefix, expiresAt: expiresAt.toISOString() },
    });
    return ok({ keyId: id, key, name: input.name, prefix, validThrough: input.expiresOn });
  });
}

/** Revokes a key for good: the next request with it is refused. */
export function revokeApiKey({ keyId }: { keyId: number }): Promise<MutationResult> {
  return write(
    { permission: "apiKeys.manage", target: null, record: { type: "api_key", id: keyId } },
    ({ tx, viewer, audit }) => {
      const key = tx
        .select({ name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt })
        .from(apiKeys)
        .where(and(eq(apiKeys.id, keyId), eq(apiKeys.organisationId, viewer.organisationId)))
        .get();
      if (!key) throw new NotFoundError("api key");
      if (key.revokedAt) return refuse("apiKeyRevoked");
      tx.update(apiKeys)
        .set({ revokedAt: new Date(), revokedById: viewer.userId })
        .where(and(eq(apiKeys.id, keyId), eq(apiKeys.organisationId, viewer.organisationId)))
        .run();
      audit({
        action: "apiKey.revoked",
        entityType: "api_key",
        entityId: keyId,
        summary: `API-sleutel '${key.name}' (${key.prefix}…) ingetrokken`,
        after: { name: key.name, prefix: key.prefix },
      });
      return ok(undefined);
    },
  );
}
