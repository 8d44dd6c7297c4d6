import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { recordAudit } from "./audit";
import { type AppDatabase, openDatabase } from "./client";
import { runMigrations } from "./migrate";
import { auditEvents, memberships, organisations, users } from "./schema";
import { DEMO_ACCOUNTS, isEmpty, seedDemo } from "./seed";

let db: AppDatabase | undefined;

function freshDatabase() {
  db = openDatabase(":memory:");
  runMigrations(db);
  return db;
}

afterEach(() => db?.$client.close());

const count = (database: AppDatabase, table: typeof users | typeof memberships | typeof organisations) =>
  database.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;

describe("database", () => {
  it("enforces foreign keys", () => {
    const database = freshDatabase();
    expect(() =>
      database.insert(memberships).values({ userId: 999, organisationId: 999, role: "teamlid" }).run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it("keeps the audit trail append-only", () => {
    const database = freshDatabase();
    database.transaction((tx) => {
      recordAudit(tx, { organisationId: null, actorId: null, action: "test.event", entityType: "test", summary: "x" });
    });
    expect(() => database.update(auditEvents).set({ summary: "changed" }).run()).toThrow(/append-only/);
    expect(() => database.delete(auditEvents).run()).toThrow(/append-only/);
    expect(database.select().from(auditEvents).all()).toHaveLength(1);
  });

  it("rolls back the change when its audit event cannot be written", () => {
    const database = freshDatabase();
    expect(() =>
      database.transaction((tx) => {
        tx.insert(organisations).values({ name: "Gemeente Rollback", slug: "rollback" }).run();
        recordAudit(tx, { organisationId: 12345, actorId: null, action: "x", entityType: "x", summary: "x" });
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(count(database, organisations)).toBe(0);
  });
});

describe("demo data", () => {
  it("loads both gemeenten with every account, and loading it again changes nothing", async () => {
    const database = freshDatabase();
    expect(isEmpty(database)).toBe(true);
    await seedDemo(database);
    const first = [count(database, organisations), count(database, users), count(database, memberships)];
    expect(first).toEqual([2, DEMO_ACCOUNTS.length, DEMO_ACCOUNTS.flatMap((a) => a.memberships).length]);
    await seedDemo(database);
    expect([count(database, organisations), count(database, users), count(database, memberships)]).toEqual(first);
    expect(isEmpty(database)).toBe(false);
  });
});
