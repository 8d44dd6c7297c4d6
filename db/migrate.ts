// Applies the migrations in drizzle/ to the database at DATABASE_URL.
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { registerChainFunctions } from "./audit-chain";
import { type AppDatabase, databasePath, openDatabase } from "./client";

export function runMigrations(db: AppDatabase) {
  // A data migration hashes the audit events recorded before the hash chain existed, with a function of ours.
  registerChainFunctions(db.$client);
  migrate(db, { migrationsFolder: path.join(import.meta.dirname, "..", "drizzle") });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const db = openDatabase();
  runMigrations(db);
  db.$client.close();
  console.log(`Database bijgewerkt: ${databasePath()}`);
}
