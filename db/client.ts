// Opens the SQLite database with the settings Impactkoers relies on. Used by the server and by the scripts.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "./data/impactkoers.db";

export function databasePath(url = process.env.DATABASE_URL): string {
  const value = url?.trim() ? url.trim() : DEFAULT_DATABASE_PATH;
  return value.replace(/^file:/, "");
}

const EXPECTED_PRAGMAS = {
  journal_mode: "wal",
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;

let statements = 0;

/** The benchmark (`npm run bench`) starts the server with IMPACTKOERS_BENCH=1; nothing else sets it. */
export function benchMode(): boolean {
  return process.env.IMPACTKOERS_BENCH === "1";
}

/** How many SQL statements this process ran; counted only in benchmark mode. */
export function sqlStatementCount(): number | null {
  return benchMode() ? statements : null;
}

export function openDatabase(file = databasePath()): AppDatabase {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  if (file !== ":memory:") checkPragmas(sqlite);
  let ran = 0;
  // Counted where a statement runs, not where drizzle asks for it: a prepared query (see `preparedOnce`) asks once.
  const keep = keptStatements(sqlite, STATEMENTS_KEPT, () => {
    ran += 1;
    if (benchMode()) statements += 1;
  });
  const client = {
    prepare: keep,
    transaction: sqlite.transaction.bind(sqlite),
  } as unknown as Database.Database;
  const db = drizzle({ client, schema, casing: "snake_case" }) as AppDatabase;
  // Code that uses the connection itself (scripts, the audit chain's check) gets the connection, not the cache.
  db.$client = sqlite;
  statementsRunOn.set(db, () => ran);
  return db;
}

const statementsRunOn = new WeakMap<AppDatabase, () => number>();

/** How many statements drizzle has run on this connection (for tests that count a query's statements). */
export function statementsRun(db: AppDatabase): number {
  return statementsRunOn.get(db)?.() ?? 0;
}

/**
 * A query built once per connection, for those that (nearly) every request runs (the viewer, the session, the header,
 * a programme's access). drizzle builds the SQL text of a query from its builder each time it runs it: about 70 µs for
 * a select with a join, several times what running it takes. A prepared query (`.prepare()`, with `sql.placeholder` for the values of the request)
 * only fills in its values. A placeholder's value goes to SQLite as given, without the column's conversion: use it for
 * numbers and text only.
 */
export function preparedOnce<Query, Db extends object = AppDatabase>(build: (db: Db) => Query): (db: Db) => Query {
  const built = new WeakMap<Db, Query>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

/** How many compiled statements a connection keeps for the queries drizzle runs. */
export const STATEMENTS_KEPT = 500;

type Statement = Database.Statement<unknown[], unknown>;

/**
 * drizzle compiles the SQL of every query again each time it runs it (about 3 % of a page's CPU time went to
 * that). The same text compiles to the same statement, so a connection keeps the last `size` of them, least recently
 * used first out. Each is kept twice when needed: as it returns rows as objects, and in raw mode (rows as arrays),
 * because `raw()` switches a statement for good and drizzle asks for both modes of the same text.
 */
export function keptStatements(sqlite: Database.Database, size: number, ran: () => void = () => {}) {
  const kept = new Map<string, { unused?: Statement; plain?: Statement; raw?: Statement }>();
  const compile = (source: string) => sqlite.prepare(source) as Statement;
  return (source: string) => {
    let found = kept.get(source);
    if (found) kept.delete(source);
    else {
      // Compiled at once, so that an error in the SQL shows where it did before; the first mode asked for gets it.
      found = { unused: compile(source) };
      if (kept.size >= size) kept.delete(kept.keys().next().value as string);
    }
    kept.set(source, found);
    const entry = found;
    const take = () => {
      const statement = entry.unused ?? compile(source);
      entry.unused = undefined;
      return statement;
    };
    const plain = () => {
      entry.plain ??= take();
      return entry.plain;
    };
    // drizzle runs a statement through one of these, or through raw() followed by exactly one get() or all().
    return {
      run: (...params: unknown[]) => {
        ran();
        return plain().run(...params);
      },
      all: (...params: unknown[]) => {
        ran();
        return plain().all(...params);
      },
      get: (...params: unknown[]) => {
        ran();
        return plain().get(...params);
      },
      raw: (toggle = true) => {
        ran();
        if (!toggle) return plain();
        entry.raw ??= take().raw(true);
        return entry.raw;
      },
    };
  };
}

// Refuse to run on a connection that silently ignored one of the settings (for example a read-only file system).
function checkPragmas(sqlite: Database.Database) {
  for (const [name, expected] of Object.entries(EXPECTED_PRAGMAS)) {
    const actual = sqlite.pragma(name, { simple: true });
    const normalised = typeof actual === "string" ? actual.toLowerCase() : actual;
    if (normalised !== expected) {
      throw new Error(`SQLite pragma ${name} is ${String(actual)}, expected ${String(expected)}`);
    }
  }
}
