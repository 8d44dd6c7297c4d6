import Database from "better-sqlite3";
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type AppDatabase, keptStatements, openDatabase, preparedOnce, statementsRun } from "./client";
import { runMigrations } from "./migrate";
import { organisations } from "./schema";

let db: AppDatabase | undefined;
afterEach(() => db?.$client.close());

function freshDatabase() {
  db = openDatabase(":memory:");
  runMigrations(db);
  db.insert(organisations)
    .values([
      { name: "Gemeente Aa", slug: "aa" },
      { name: "Gemeente Bee", slug: "bee" },
    ])
    .run();
  return db;
}

describe("compiled statements kept per connection", () => {
  it("compiles the SQL of a query once, however often it runs", () => {
    const database = freshDatabase();
    const compile = vi.spyOn(database.$client, "prepare");
    const byName = (name: string) =>
      database.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).get();
    expect(byName("Gemeente Aa")?.id).toBe(1);
    expect(byName("Gemeente Bee")?.id).toBe(2);
    expect(byName("Gemeente Cee")).toBeUndefined();
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it("gives rows as objects and as arrays from the same SQL text, in either order", () => {
    const database = freshDatabase();
    const query = database.select({ id: organisations.id, name: organisations.name }).from(organisations);
    const text = query.toSQL().sql;
    // drizzle reads a select with named fields in raw mode (arrays) and a plain SQL query as objects.
    expect(query.all()).toEqual([
      { id: 1, name: "Gemeente Aa" },
      { id: 2, name: "Gemeente Bee" },
    ]);
    expect(database.all(sql.raw(text))).toEqual([
      { id: 1, name: "Gemeente Aa" },
      { id: 2, name: "Gemeente Bee" },
    ]);
    expect(query.get()).toEqual({ id: 1, name: "Gemeente Aa" });
    expect(database.get(sql.raw(text))).toEqual({ id: 1, name: "Gemeente Aa" });
    expect(database.values(sql.raw(text))).toEqual([
      [1, "Gemeente Aa"],
      [2, "Gemeente Bee"],
    ]);
  });

  it("sees the writes of the same connection and of transactions", () => {
    const database = freshDatabase();
    const names = () =>
      database
        .select({ name: organisations.name })
        .from(organisations)
        .all()
        .map((o) => o.name);
    expect(names()).toEqual(["Gemeente Aa", "Gemeente Bee"]);
    database.transaction((tx) => {
      tx.insert(organisations).values({ name: "Gemeente Cee", slug: "cee" }).run();
    });
    expect(names()).toEqual(["Gemeente Aa", "Gemeente Bee", "Gemeente Cee"]);
  });

  it("keeps only the most recently used statements", () => {
    const sqlite = new Database(":memory:");
    try {
      const compile = vi.spyOn(sqlite, "prepare");
      const keep = keptStatements(sqlite, 2);
      keep("select 1");
      keep("select 2");
      keep("select 1"); // used again: "select 2" is now the oldest
      keep("select 3"); // pushes out "select 2"
      expect(compile).toHaveBeenCalledTimes(3);
      expect(keep("select 1").get()).toEqual({ 1: 1 });
      expect(compile).toHaveBeenCalledTimes(3);
      keep("select 2");
      expect(compile).toHaveBeenCalledTimes(4);
    } finally {
      sqlite.close();
    }
  });

  it("still reports an error in the SQL where it is run", () => {
    const database = freshDatabase();
    let error: unknown;
    try {
      database.run(sql.raw("select * from no_such_table"));
    } catch (thrown) {
      error = thrown;
    }
    expect(String((error as Error | undefined)?.cause)).toMatch(/no such table/);
  });
});

describe("queries prepared once per connection", () => {
  const byName = preparedOnce((database) =>
    database
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, sql.placeholder("name")))
      .prepare(),
  );

  it("builds the query once and runs it with each request's values", () => {
    const database = freshDatabase();
    const build = vi.spyOn(database, "select");
    expect(byName(database).get({ name: "Gemeente Aa" })?.id).toBe(1);
    expect(byName(database).get({ name: "Gemeente Bee" })?.id).toBe(2);
    expect(byName(database).get({ name: "Gemeente Cee" })).toBeUndefined();
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("builds it again for another connection, which sees its own data", () => {
    const first = freshDatabase();
    const second = openDatabase(":memory:");
    try {
      runMigrations(second);
      second.insert(organisations).values({ name: "Gemeente Bee", slug: "bee" }).run();
      expect(byName(first).get({ name: "Gemeente Bee" })?.id).toBe(2);
      expect(byName(second).get({ name: "Gemeente Bee" })?.id).toBe(1);
    } finally {
      second.$client.close();
    }
  });

  it("counts every run of a statement, prepared or built", () => {
    const database = freshDatabase();
    const before = statementsRun(database);
    byName(database).get({ name: "Gemeente Aa" });
    byName(database).all({ name: "Gemeente Bee" });
    database.select({ id: organisations.id }).from(organisations).all();
    database.select({ id: organisations.id }).from(organisations).all();
    database.update(organisations).set({ name: "Gemeente Aaa" }).where(eq(organisations.id, 1)).run();
    expect(statementsRun(database) - before).toBe(5);
  });
});
