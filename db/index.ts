import "server-only";
import { type AppDatabase, openDatabase } from "./client";

export type { AppDatabase };
export type Transaction = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

// One connection per server process; kept on globalThis so development reloads do not open a new one each time.
const globalForDb = globalThis as unknown as { impactkoersDb?: AppDatabase };

export function getDb(): AppDatabase {
  globalForDb.impactkoersDb ??= openDatabase();
  return globalForDb.impactkoersDb;
}

/**
 * Runs a write in one synchronous SQLite transaction. better-sqlite3 cannot keep a transaction open across an
 * await, so an async callback would commit half-way; this refuses one at compile time and at run time.
 */
export function transact<T>(work: (tx: Transaction) => T extends PromiseLike<unknown> ? never : T): T {
  // Immediate: the write lock is taken before the first read, so another process (a second worker, a script) that
  // commits in between cannot make this transaction fail half-way with SQLITE_BUSY.
  return getDb().transaction(
    (tx) => {
      const result = work(tx);
      if (result instanceof Promise) throw new Error("transact() needs a synchronous callback");
      return result;
    },
    { behavior: "immediate" },
  );
}
