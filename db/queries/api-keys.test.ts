// API keys on a real SQLite file with the demo data: made by the beheerder and stored only as a hash, used through
// the read API's route handler (401 for a missing, unknown, revoked or expired key, with nothing recorded), every use
// recorded in the key's own gemeente, and the limit per minute counted in the database, so that two server processes
// (two connections) share it.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { addYears, defaultExpiryDay } from "@/lib/domain/api-keys";
import { endOfDay, todayInAmsterdam } from "@/lib/domain/time";
import type { AppDatabase } from "../client";

const current = vi.hoisted(() => ({ viewer: undefined as Viewer | undefined }));
vi.mock("server-only", () => ({}));
// Only who is signed in is set by the test; every decision is the kernel's and the data layer's.
vi.mock("@/lib/auth/viewer", () => ({
  getViewer: async () => current.viewer ?? null,
  requireViewer: async () => {
    if (!current.viewer) throw new Error("no viewer chosen");
    return current.viewer;
  },
}));

const directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "api-keys-"));
const file = path.join(directory, "api.db");
process.env.DATABASE_URL = file;

const { openDatabase } = await import("../client");
const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const { getDb } = await import("../index");
const { demoViewer } = await import("./demo-viewer");
const { createApiKey, getApiKey, listApiKeys, revokeApiKey } = await import("./api-keys");
const { serveApiRead } = await import("./api-requests");
const { collectionRoute } = await import("@/app/api/v1/serve");

const globalForDb = globalThis as unknown as { impactkoersDb?: AppDatabase };
let db: AppDatabase;
let beheerder: Viewer;

beforeAll(async () => {
  const setup = openDatabase(file);
  runMigrations(setup);
  await seedDemo(setup);
  setup.$client.close();
  db = getDb();
  beheerder = demoViewer(db, "beheerder@voorbeeld.example");
});

afterAll(() => {
  globalForDb.impactkoersDb?.$client.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

beforeEach(() => {
  current.viewer = beheerder;
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
});

const count = (sql: string, ...params: unknown[]) =>
  Number(
    db.$client
      .prepare(sql)
      .pluck()
      .get(...params),
  );
const lastAuditId = () => count("select coalesce(max(id), 0) from audit_events");
const auditSince = (id: number) =>
  db.$client
    .prepare(
      "select organisation_id as organisationId, actor_id as actorId, action, entity_type as entityType, entity_id as entityId, summary from audit_events where id > ? order by id",
    )
    .all(id) as {
    organisationId: number;
    actorId: number | null;
    action: string;
    entityType: string;
    entityId: string;
    summary: string;
  }[];

async function newKey(name: string, expiresOn = defaultExpiryDay()) {
  const result = await createApiKey({ name, expiresOn });
  if (!result.ok) throw new Error(`no key: ${result.error}`);
  return result.value;
}

function get(
  resource: "programmes" | "lessons",
  key: string | null,
  search = "",
  headers: Record<string, string> = {},
) {
  const request = new NextRequest(`http://localhost:3000/api/v1/${resource}${search}`, {
    headers: key === null ? headers : { authorization: `Bearer ${key}`, ...headers },
  });
  return collectionRoute(resource)(request);
}

describe("making a key", () => {
  it("shows the key once and stores only its SHA-256, with who made it and until when", async () => {
    const before = lastAuditId();
    const lastDay = addYears(todayInAmsterdam(), 2);
    const created = await newKey("Power BI sociaal domein", lastDay);
    expect(created.key).toMatch(/^ik_[A-Za-z0-9_-]{43}$/);
    expect(created.validThrough).toBe(lastDay);

    const row = db.$client.prepare("select * from api_keys where id = ?").get(created.keyId) as Record<string, unknown>;
    expect(row.hash).toBe(createHash("sha256").update(created.key).digest("hex"));
    expect(row.prefix).toBe(created.key.slice(0, 11));
    expect(row.organisation_id).toBe(beheerder.organisationId);
    expect(row.created_by_id).toBe(beheerder.userId);
    expect(Number(row.expires_at)).toBe(endOfDay(lastDay)?.getTime());
    // Nowhere in the database, not even in the audit trail.
    const dump = JSON.stringify([
      db.$client.prepare("select * from api_keys").all(),
      db.$client.prepare("select * from audit_events").all(),
    ]);
    expect(dump).not.toContain(created.key.slice(11));

    expect(auditSince(before)).toEqual([
      expect.objectContaining({
        organisationId: beheerder.organisationId,
        actorId: beheerder.userId,
        action: "apiKey.created",
        entityType: "api_key",
        entityId: String(created.keyId),
      }),
    ]);
    const listed = await listApiKeys();
    expect(listed.rows.find((key) => key.id === created.keyId)).toMatchObject({
      name: "Power BI sociaal domein",
      status: "active",
      validThrough: lastDay,
      createdByName: "Fatima el Amrani",
      lastUsedAt: null,
    });
  });

  it("refuses a last day in the past or more than two years ahead, and a name a working key has", async () => {
    await newKey("Excel begroting");
    expect(await createApiKey({ name: "Te laat", expiresOn: "2020-01-01" })).toEqual({
      ok: false,
      error: "expiryPast",
      field: "expiresOn",
    });
    expect(await createApiKey({ name: "Te ver", expiresOn: addYears(todayInAmsterdam(), 3) })).toMatchObject({
      error: "expiryTooFar",
    });
    expect(await createApiKey({ name: "excel BEGROTING", expiresOn: defaultExpiryDay() })).toEqual({
      ok: false,
      error: "apiKeyNameTaken",
      field: "name",
    });
  });

  it("is the beheerder's: another role is refused and the refusal recorded", async () => {
    current.viewer = demoViewer(db, "manager@voorbeeld.example");
    const before = count("select count(*) from api_keys");
    expect(await createApiKey({ name: "Stiekem", expiresOn: defaultExpiryDay() })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(count("select count(*) from api_keys")).toBe(before);
    await expect(listApiKeys()).rejects.toThrow();
  });

  it("pages the list", async () => {
    for (let i = 0; i < 21; i += 1) await newKey(`Sleutel ${i}`);
    const first = await listApiKeys({ page: 1 });
    const second = await listApiKeys({ page: 2 });
    expect(first.rows).toHaveLength(20);
    expect(first.pageCount).toBeGreaterThanOrEqual(2);
    expect(second.rows.length).toBeGreaterThan(0);
    expect(second.rows.map((r) => r.id)).not.toContain(first.rows[0]?.id);
  });
});

describe("using a key", () => {
  it("reads its own gemeente, records the use with the key's name and keeps when it was last used", async () => {
    const { key, keyId } = await newKey("Power BI dashboard");
    const before = lastAuditId();
    const response = await get("programmes", key, "?page_size=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-ratelimit-limit")).toBe("120");
    expect(response.headers.get("x-ratelimit-remaining")).toBe("119");
    const body = await response.json();
    expect(body.data).toHaveLength(1);
    expect(response.headers.get("link")).toBe(`<${body.next}>; rel="next"`);

    const events = auditSince(before);
    expect(events).toEqual([
      {
        organisationId: beheerder.organisationId,
        actorId: null,
        action: "api.read",
        entityType: "api_key",
        entityId: String(keyId),
        summary: "API-sleutel 'Power BI dashboard' las programma's (pagina 1)",
      },
    ]);
    expect((await getApiKey({ keyId })).lastUsedAt).toBeInstanceOf(Date);

    const next = await get("programmes", key, `?cursor=${body.next_cursor}`);
    expect((await next.json()).page).toBe(2);
    expect(auditSince(before).at(-1)?.summary).toBe("API-sleutel 'Power BI dashboard' las programma's (pagina 2)");
  });

  it("answers 401 with a reason and WWW-Authenticate for no key, an unknown, a revoked and an expired one, recording nothing", async () => {
    const revoked = await newKey("Ingetrokken");
    const expired = await newKey("Verlopen");
    expect(await revokeApiKey({ keyId: revoked.keyId })).toEqual({ ok: true, value: undefined });
    expect(await revokeApiKey({ keyId: revoked.keyId })).toEqual({ ok: false, error: "apiKeyRevoked" });
    db.$client.prepare("update api_keys set expires_at = ? where id = ?").run(Date.now() - 1000, expired.keyId);
    const before = lastAuditId();
    const unknown = `ik_${"A".repeat(43)}`;

    const cases = [
      { key: null, code: "missing_key", challenge: 'Bearer realm="Impactkoers"' },
      { key: unknown, code: "invalid_key", challenge: 'Bearer realm="Impactkoers", error="invalid_token"' },
      { key: "geen-sleutel", code: "invalid_key", challenge: 'Bearer realm="Impactkoers", error="invalid_token"' },
      { key: revoked.key, code: "revoked_key", challenge: 'Bearer realm="Impactkoers", error="invalid_token"' },
      { key: expired.key, code: "expired_key", challenge: 'Bearer realm="Impactkoers", error="invalid_token"' },
    ];
    for (const { key, code, challenge } of cases) {
      const response = await get("programmes", key);
      expect(response.status, code).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe(challenge);
      const body = await response.json();
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/sleutel/i);
      expect(body).not.toHaveProperty("data");
    }
    const english = await get("programmes", revoked.key, "", { "accept-language": "en-GB,en;q=0.9" });
    expect((await english.json()).error.message).toBe(
      "This API key has been revoked. Ask an administrator for a new key.",
    );
    expect(auditSince(before)).toEqual([]);
    expect((await getApiKey({ keyId: revoked.keyId })).status).toBe("revoked");
  });

  it("answers 400 naming a parameter it does not know", async () => {
    const { key } = await newKey("Typfout");
    const response = await get("programmes", key, "?changedSince=2026-01-01T00:00:00Z");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "unknown_parameter",
        parameter: "changedSince",
        message: "De parameter changedSince bestaat niet. Gebruik page_size, changed_since of cursor.",
      },
    });
  });

  it("leaves another gemeente's key alone: not found, not revoked", async () => {
    current.viewer = demoViewer(db, "beheerder@testdorp.example");
    const theirs = await newKey("Testdorp BI");
    current.viewer = beheerder;
    expect(await revokeApiKey({ keyId: theirs.keyId })).toEqual({ ok: false, error: "notFound" });
    await expect(getApiKey({ keyId: theirs.keyId })).rejects.toThrow("not found");
    expect(count("select count(*) from api_keys where id = ? and revoked_at is null", theirs.keyId)).toBe(1);
  });
});

describe("the limit per minute", () => {
  it("answers 429 with Retry-After over the limit of API_RATE_LIMIT_PER_MINUTE", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    const { key } = await newKey("Druk");
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await get("lessons", key, "?page_size=1")).status);
    // A minute may turn during the loop: then the last request starts a new count.
    if (statuses[3] === 200) return;
    expect(statuses).toEqual([200, 200, 200, 429]);
    const response = await get("lessons", key);
    expect(response.status).toBe(429);
    const seconds = Number(response.headers.get("retry-after"));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect((await response.json()).error.code).toBe("rate_limited");
  });

  it("is counted in the database, shared by every connection, and starts again the next minute", async () => {
    const { key } = await newKey("Twee processen");
    // A minute in the coming hour, well within the key's life.
    const start = Math.floor(Date.now() / 60_000) * 60_000 + 60 * 60_000;
    const minute = new Date(start + 10_000);
    const read = () => ({ ok: true as const, value: null, audit: { summary: "test", after: {} } });
    const serve = (at: Date) => serveApiRead({ token: key, now: at, limit: 2 }, read).kind;

    expect(serve(minute)).toBe("ok");
    // A second server process: its own connection to the same file.
    const first = globalForDb.impactkoersDb;
    globalForDb.impactkoersDb = openDatabase(file);
    try {
      expect(serve(new Date(minute.getTime() + 1000))).toBe("ok");
      expect(serve(new Date(minute.getTime() + 2000))).toBe("limited");
    } finally {
      globalForDb.impactkoersDb.$client.close();
      globalForDb.impactkoersDb = first;
    }
    expect(serve(new Date(minute.getTime() + 3000))).toBe("limited");
    expect(serve(new Date(minute.getTime() + 60_000))).toBe("ok");
    // The window that passed is gone: one row left for this key, of the new minute.
    const keyId = count("select id from api_keys where hash = ?", createHash("sha256").update(key).digest("hex"));
    expect(
      db.$client.prepare("select window_start as start, count from api_rate_windows where key_id = ?").all(keyId),
    ).toEqual([{ start: start + 60_000, count: 1 }]);
    expect(count("select count(*) from api_rate_windows where window_start < ?", start + 60_000)).toBe(0);
  });
});
