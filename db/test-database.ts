// The data layer's tests run on the demo data in a real SQLite database of their own; the one thing a test decides
// itself is who is asking. A test file mocks "../index" with `testIndex` and "@/lib/auth/viewer" with `testViewer`,
// then opens the database with `demoDatabase` and sets `current.viewer`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Viewer } from "@/lib/auth/viewer";
import { type AppDatabase, openDatabase, statementsRun } from "./client";
import { runMigrations } from "./migrate";
import { seedDemo } from "./seed";

export const current: {
  db: AppDatabase | undefined;
  viewer: Viewer | undefined;
  sessionToken?: string;
  /** Signed in without a viewer yet (an authenticator app to set up, only invitations): this account. */
  accountOnly?: number;
} = {
  db: undefined,
  viewer: undefined,
};

const database = () => {
  if (!current.db) throw new Error("test-database: open the demo database first");
  return current.db;
};

/** In place of db/index.ts: the test's database, with transactions as the real one runs them. */
export const testIndex = {
  getDb: () => database(),
  transact: <T>(work: (tx: Parameters<Parameters<AppDatabase["transaction"]>[0]>[0]) => T) =>
    database().transaction((tx) => work(tx)),
};

/** In place of lib/auth/viewer.ts: whoever the test says is asking, in the browser session the test says. */
export const testViewer = {
  getViewer: async () => current.viewer,
  requireViewer: async () => current.viewer,
  getAccount: async () => {
    const { loadViewerRecord } = await import("./queries/viewer");
    const userId = current.viewer?.userId ?? current.accountOnly;
    return userId ? loadViewerRecord(userId) : null;
  },
  currentSessionToken: async () => current.sessionToken,
};

/**
 * The demo data, migrated and seeded, in memory or (with a label) in a file of its own: a test that opens a second
 * connection needs a file. `close` removes it again.
 */
export async function demoDatabase(label?: string) {
  const directory = label
    ? fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), `${label}-`))
    : null;
  const file = directory ? path.join(directory, "impactkoers.db") : ":memory:";
  const db = openDatabase(file);
  runMigrations(db);
  await seedDemo(db);
  current.db = db;
  return {
    db,
    file,
    close() {
      db.$client.close();
      if (directory) fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The statements drizzle runs while `work` runs (also when it returns a promise: counted once it is settled). */
export function countingStatements<T>(
  db: AppDatabase,
  work: () => T,
): T extends Promise<infer R> ? Promise<{ result: R; statements: number }> : { result: T; statements: number } {
  const before = statementsRun(db);
  const result = work();
  type Counted =
    T extends Promise<infer R> ? Promise<{ result: R; statements: number }> : { result: T; statements: number };
  if (result instanceof Promise)
    return result.then((settled) => ({ result: settled, statements: statementsRun(db) - before })) as Counted;
  return { result, statements: statementsRun(db) - before } as Counted;
}
