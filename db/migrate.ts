// Applies the migrations in drizzle/ to the database at DATABASE_URL.
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { type AppDatabase, databasePath, openDatabase } from "./client";

export function runMigrations(db: AppDatabase) {
  migrate(db, { migrationsFolder: path.join(import.meta.dirname, "..", "drizzle") });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const db = openDatabase();
  runMigrations(db);
  db.$client.close();
  console.log(`Database bijgewerkt: ${databasePath()}`);
}
