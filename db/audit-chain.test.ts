// The audit trail's hash chain on real SQLite files: an intact chain passes, and every way of tampering with it
// around the append-only triggers is reported at the first event where the chain breaks.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { recordAudit } from "./audit";
import { auditEventHash } from "./audit-chain";
import { recordCheck, verifyAllChains } from "./audit-verify";
import { type AppDatabase, openDatabase } from "./client";
import { runMigrations } from "./migrate";

const folders: string[] = [];
const open: AppDatabase[] = [];

function tempFile() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "audit-chain-"));
  folders.push(folder);
  return path.join(folder, "impactkoers.db");
}

afterEach(() => {
  for (const db of open.splice(0)) db.$client.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function record(db: AppDatabase, organisationId: number | null, summary: string) {
  db.transaction((tx) =>
    recordAudit(tx, {
      organisationId,
      actorId: null,
      action: "test.event",
      entityType: "test",
      entityId: summary,
      summary,
      before: { value: 1 },
      after: { value: 2 },
    }),
  );
}

/** Two gemeenten and events without one, interleaved as a busy server records them. */
function chainDatabase() {
  const db = openDatabase(tempFile());
  open.push(db);
  runMigrations(db);
  db.$client.exec("insert into organisations (name, slug) values ('Gemeente Een', 'een'), ('Gemeente Twee', 'twee')");
  for (let i = 1; i <= 10; i++) {
    record(db, 1, `een ${i}`);
    if (i % 2 === 0) record(db, 2, `twee ${i}`);
    if (i % 5 === 0) record(db, null, `zonder ${i}`);
  }
  return db;
}

const sqlite = (db: AppDatabase) => db.$client;
const idOf = (db: AppDatabase, summary: string) =>
  Number(sqlite(db).prepare("select id from audit_events where summary = ?").pluck().get(summary));
const brokenOf = (db: AppDatabase, organisationId: number | null) =>
  verifyAllChains(sqlite(db)).find((chain) => chain.organisationId === organisationId)?.broken;

/** Tampering as someone with the database file can: the triggers dropped first. */
function tamper(db: AppDatabase, statements: string) {
  sqlite(db).exec(`drop trigger audit_events_no_update; drop trigger audit_events_no_delete; ${statements}`);
}

describe("the audit trail's hash chain", () => {
  it("passes an intact chain per gemeente, and one for the events without a gemeente", () => {
    const db = chainDatabase();
    const reports = verifyAllChains(sqlite(db));
    expect(reports.map((r) => [r.organisationId, r.name, r.events, r.broken])).toEqual([
      [null, null, 2, null],
      [1, "Gemeente Een", 10, null],
      [2, "Gemeente Twee", 5, null],
    ]);
    expect(reports[1]?.head?.id).toBe(idOf(db, "een 10"));
  });

  it("catches a row changed with the trigger dropped, at that row", () => {
    const db = chainDatabase();
    const id = idOf(db, "een 4");
    expect(() => sqlite(db).exec(`update audit_events set summary = 'iets anders' where id = ${id}`)).toThrow(
      /append-only/,
    );
    tamper(db, `update audit_events set summary = 'iets anders' where id = ${id}`);
    expect(brokenOf(db, 1)).toMatchObject({ id, kind: "changed" });
    expect(brokenOf(db, 2)).toBeNull();
  });

  it("catches a change of the recorded before/after values", () => {
    const db = chainDatabase();
    const id = idOf(db, "twee 6");
    tamper(db, `update audit_events set changes = '{"before":{"value":1},"after":{"value":3}}' where id = ${id}`);
    expect(brokenOf(db, 2)).toMatchObject({ id, kind: "changed" });
  });

  it("catches a deleted row, at the event after the gap", () => {
    const db = chainDatabase();
    tamper(db, `delete from audit_events where id = ${idOf(db, "een 4")}`);
    expect(brokenOf(db, 1)).toMatchObject({ id: idOf(db, "een 5"), kind: "missing", expectedSequence: 4 });
    expect(brokenOf(db, null)).toBeNull();
  });

  it("catches a back-dated row", () => {
    const db = chainDatabase();
    const id = idOf(db, "een 7");
    tamper(db, `update audit_events set created_at = created_at - 86400000 where id = ${id}`);
    expect(brokenOf(db, 1)).toMatchObject({ id, kind: "backdated" });
  });

  it("catches two rows that swapped places", () => {
    const db = chainDatabase();
    const [first, second] = [idOf(db, "een 3"), idOf(db, "een 4")];
    tamper(
      db,
      `update audit_events set id = -1 where id = ${first};
       update audit_events set id = ${first} where id = ${second};
       update audit_events set id = ${second} where id = -1;`,
    );
    expect(brokenOf(db, 1)).toMatchObject({ id: first, kind: "reordered", expectedSequence: 3 });
  });

  it("catches a changed row whose hash was computed anew, at the event after it", () => {
    const db = chainDatabase();
    const id = idOf(db, "een 2");
    const row = sqlite(db).prepare("select * from audit_events where id = ?").get(id) as {
      [column in "prev_hash" | "action" | "entity_type" | "entity_id" | "changes"]: string;
    } & { sequence: number; created_at: number };
    const hash = auditEventHash(row.prev_hash, {
      id,
      sequence: row.sequence,
      organisationId: 1,
      actorId: null,
      programmeId: null,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      summary: "iets anders",
      changes: row.changes,
      createdAt: row.created_at,
    });
    tamper(db, `update audit_events set summary = 'iets anders', hash = '${hash}' where id = ${id}`);
    expect(brokenOf(db, 1)).toMatchObject({ id: idOf(db, "een 3"), kind: "relinked", previousId: id });
  });

  it("catches an event added without a hash", () => {
    const db = chainDatabase();
    sqlite(db).exec(
      "insert into audit_events (organisation_id, action, entity_type, summary) values (2, 'test.event', 'test', 'erbij')",
    );
    expect(brokenOf(db, 2)).toMatchObject({ id: idOf(db, "erbij"), kind: "unhashed" });
  });

  it("catches removed events at the end against the head an earlier check saw", () => {
    const db = chainDatabase();
    for (const report of verifyAllChains(sqlite(db))) recordCheck(sqlite(db), report);
    const last = idOf(db, "een 10");
    tamper(db, `delete from audit_events where id = ${last}`);
    expect(brokenOf(db, 1)).toMatchObject({ id: last, kind: "anchor", createdAt: null });
  });

  it("stays intact when events follow a verified chain", () => {
    const db = chainDatabase();
    for (const report of verifyAllChains(sqlite(db))) recordCheck(sqlite(db), report);
    record(db, 1, "een 11");
    record(db, null, "zonder 11");
    const reports = verifyAllChains(sqlite(db));
    expect(reports.map((r) => [r.organisationId, r.events, r.broken])).toEqual([
      [null, 3, null],
      [1, 11, null],
      [2, 5, null],
    ]);
    expect(reports[1]?.head?.id).toBe(idOf(db, "een 11"));
  });
});

describe("the migration that started the chain", () => {
  it("hashes the events recorded before it, each chain in order, so that new events continue it", () => {
    const file = tempFile();
    // The migrations up to the one before the chain, with events recorded the way they were then.
    const before = fs.mkdtempSync(path.join(os.tmpdir(), "audit-migrations-"));
    folders.push(before);
    const source = path.join(import.meta.dirname, "..", "drizzle");
    fs.cpSync(source, before, { recursive: true });
    const journalFile = path.join(before, "meta", "_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8"));
    journal.entries = journal.entries.filter((entry: { tag: string }) => entry.tag < "0013");
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const db = openDatabase(file);
    open.push(db);
    migrate(db, { migrationsFolder: before });
    sqlite(db).exec(`
      insert into organisations (name, slug) values ('Gemeente Een', 'een'), ('Gemeente Twee', 'twee');
      insert into audit_events (organisation_id, action, entity_type, summary, changes, created_at) values
        (1, 'oud', 'test', 'een 1', '{"after":1}', 1000), (2, 'oud', 'test', 'twee 1', null, 1001),
        (null, 'oud', 'test', 'zonder 1', null, 1002), (1, 'oud', 'test', 'een 2', null, 900);`);

    runMigrations(db);
    const reports = verifyAllChains(sqlite(db));
    expect(reports.map((r) => [r.organisationId, r.events, r.broken])).toEqual([
      [null, 1, null],
      [1, 2, null],
      [2, 1, null],
    ]);
    const first = sqlite(db).prepare("select sequence, prev_hash, hash from audit_events where id = 1").get();
    const expected = auditEventHash("", {
      id: 1,
      sequence: 1,
      organisationId: 1,
      actorId: null,
      programmeId: null,
      action: "oud",
      entityType: "test",
      entityId: null,
      summary: "een 1",
      changes: '{"after":1}',
      createdAt: 1000,
    });
    expect(first).toEqual({ sequence: 1, prev_hash: "", hash: expected });
    // The triggers are back, and the application's next event continues the chain.
    expect(() => sqlite(db).exec("update audit_events set summary = 'x'")).toThrow(/append-only/);
    record(db, 1, "een 3");
    expect(verifyAllChains(sqlite(db)).find((r) => r.organisationId === 1)).toMatchObject({ events: 3, broken: null });
  });
});
