// Backups made while the server serves, and restoring one into a stopped installation. Used by `npm run backup` and
// `npm run restore`. A copy of the file while the server runs misses what is still in the -wal file; SQLite's backup
// API copies the database as one consistent moment instead.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type NamedReport, verifyAllChains } from "./audit-verify";

/** The names `npm run backup` gives; only files with such a name are ever removed by it. */
const BACKUP_NAME = /^impactkoers-(\d{8}-\d{6})(?:-(\d+))?\.db$/;

/** Sorts in the order the backups were made, also for a second one within the same second ("-2"). */
const backupOrder = (name: string) => {
  const [, when, n] = name.match(BACKUP_NAME) ?? [];
  return `${when}-${(n ?? "1").padStart(6, "0")}`;
};

export class BackupError extends Error {}

/** YYYYMMDD-HHMMSS in UTC, so that names sort in time order the whole year round. */
export function stamp(at: Date) {
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace("T", "-")
    .replace(/\.\d+Z$/, "");
}

export type FileCheck = {
  /** "ok", or what SQLite's integrity check found. */
  integrity: string;
  /** The audit trail's chains; null for a database from before the hash chain. */
  chains: NamedReport[] | null;
};

export const checkPassed = (check: FileCheck) =>
  check.integrity === "ok" && (check.chains ?? []).every((chain) => chain.broken === null);

/** SQLite's integrity check and the audit chains of a database file, which is only read. */
export function checkDatabaseFile(file: string): FileCheck {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} kan niet worden geopend als database (${(error as Error).message}).`);
  }
  try {
    const problems = sqlite.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    const integrity = problems.map((row) => row.integrity_check).join("; ");
    const has = (table: string) =>
      sqlite.prepare("select 1 from sqlite_schema where type = 'table' and name = ?").get(table) !== undefined;
    if (integrity === "ok" && !has("audit_events")) {
      throw new BackupError(`${file} is geen database van Impactkoers.`);
    }
    const chained = integrity === "ok" && has("audit_chain_checks");
    return { integrity, chains: chained ? verifyAllChains(sqlite) : null };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is geen leesbare database (${(error as Error).message}).`);
  } finally {
    sqlite.close();
  }
}

/** Sets a copy to SQLite's rollback journal, so that it is one self-contained file that can be opened read-only. */
function asOneFile(copy: string, shownAs: string) {
  try {
    const sqlite = new Database(copy, { fileMustExist: true });
    sqlite.pragma("journal_mode = DELETE");
    sqlite.close();
  } catch (error) {
    throw new BackupError(`${shownAs} is geen leesbare database (${(error as Error).message}).`);
  }
}

function freeName(folder: string, at: Date) {
  const base = `impactkoers-${stamp(at)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.db` : `${base}-${n}.db`;
    if (!fs.existsSync(path.join(folder, name))) return name;
  }
}

export type BackupResult = { file: string; bytes: number; ms: number; check: FileCheck; removed: string[] };

/**
 * Copies the database at one consistent moment into `folder` (0700, the file 0600), checks the copy, and keeps the
 * newest `keep` backups. A copy whose audit chain is broken is kept, and then no older backup is removed: they may be
 * the last ones from before the change.
 */
export async function makeBackup(options: {
  databaseFile: string;
  folder: string;
  keep: number;
  now?: Date;
}): Promise<BackupResult> {
  const { databaseFile, folder, keep } = options;
  if (!fs.existsSync(databaseFile)) throw new BackupError(`Er is geen database op ${databaseFile}.`);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700);
  const name = freeName(folder, options.now ?? new Date());
  // Written under a name of its own first, so that a backup that fails half-way never looks like a finished one.
  const partial = path.join(folder, `.${name}.deels`);
  const started = performance.now();
  const source = new Database(databaseFile, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    // All pages in one step: one read transaction, one moment; writers go on meanwhile (WAL).
    await source.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`De back-up is mislukt: ${(error as Error).message}`);
  } finally {
    source.close();
  }
  const ms = performance.now() - started;
  fs.chmodSync(partial, 0o600);
  let check: FileCheck;
  try {
    asOneFile(partial, partial);
    check = checkDatabaseFile(partial);
    if (check.integrity !== "ok") throw new BackupError(`De back-up is beschadigd: ${check.integrity}`);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  const file = path.join(folder, name);
  fs.renameSync(partial, file);
  const removed = checkPassed(check) ? pruneBackups(folder, keep) : [];
  return { file, bytes: fs.statSync(file).size, ms, check, removed };
}

/** Removes all but the newest `keep` backups that `npm run backup` made in `folder`; returns the removed names. */
export function pruneBackups(folder: string, keep: number) {
  const ours = fs
    .readdirSync(folder)
    .filter((name) => BACKUP_NAME.test(name))
    .sort((a, b) => backupOrder(b).localeCompare(backupOrder(a)));
  const old = ours.slice(Math.max(1, keep));
  for (const name of old) fs.rmSync(path.join(folder, name));
  return old;
}

/** True while another connection (a running server, a script) has the database open. */
export function databaseInUse(databaseFile: string) {
  if (!fs.existsSync(databaseFile)) return false;
  const sqlite = new Database(databaseFile, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 0");
    // In exclusive locking mode a write lock needs every other connection, readers too, to have let go of the file.
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.exec("BEGIN EXCLUSIVE");
    sqlite.exec("ROLLBACK");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
    throw error;
  } finally {
    sqlite.close();
  }
}

export type RestoreResult = { database: string; previous: string | null; check: FileCheck };

/**
 * Puts a backup in place of the database of a stopped installation. The backup is copied beside the database and
 * checked there first; the current database is kept as `<name>.voor-herstel-<time>`.
 */
export function restoreBackup(options: { file: string; databaseFile: string; force?: boolean; now?: Date }) {
  const { file, databaseFile } = options;
  if (!fs.existsSync(file)) throw new BackupError(`Het bestand ${file} bestaat niet.`);
  if (databaseInUse(databaseFile)) {
    throw new BackupError(
      `De database ${databaseFile} is in gebruik. Stop Impactkoers (en andere programma's die de database open hebben) en probeer het opnieuw.`,
    );
  }
  const folder = path.dirname(databaseFile);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const when = stamp(options.now ?? new Date());
  const staged = path.join(folder, `.herstel-${when}.deels`);
  fs.copyFileSync(file, staged);
  fs.chmodSync(staged, 0o600);
  let check: FileCheck;
  try {
    asOneFile(staged, file);
    check = checkDatabaseFile(staged);
    if (check.integrity !== "ok") throw new BackupError(`${file} is beschadigd: ${check.integrity}`);
    if (!checkPassed(check) && !options.force) {
      throw new BackupError(
        `In ${file} is het logboek veranderd (de keten is verbroken). Herstel toch met --toch, als u zeker weet dat u deze back-up wilt.`,
      );
    }
  } catch (error) {
    fs.rmSync(staged, { force: true });
    throw error;
  }
  // Back to WAL, as the server keeps it: from now on an open connection shows in databaseInUse.
  const restored = new Database(staged, { fileMustExist: true });
  restored.pragma("journal_mode = WAL");
  restored.close();
  let previous: string | null = null;
  if (fs.existsSync(databaseFile)) {
    // Whatever the -wal file still holds goes into the database file before it is put aside.
    const current = new Database(databaseFile, { fileMustExist: true });
    current.pragma("wal_checkpoint(TRUNCATE)");
    current.close();
    previous = `${databaseFile}.voor-herstel-${when}`;
    fs.renameSync(databaseFile, previous);
  }
  for (const part of [`${databaseFile}-wal`, `${databaseFile}-shm`]) fs.rmSync(part, { force: true });
  fs.renameSync(staged, databaseFile);
  return { database: databaseFile, previous, check } satisfies RestoreResult;
}
