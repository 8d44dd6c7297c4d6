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

/** How many SQL statements this process prepared; counted only in benchmark mode. */
export function sqlStatementCount(): number | null {
  return benchMode() ? statements : null;
}

export function openDatabase(file = databasePath()): AppDatabase {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  if (benchMode()) {
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => {
      statements += 1;
      return prepare(source);
    }) as typeof sqlite.prepare;
  }
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  if (file !== ":memory:") checkPragmas(sqlite);
  return drizzle({ client: sqlite, schema, casing: "snake_case" }) as AppDatabase;
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
