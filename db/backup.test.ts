// Backups and restores on real SQLite files, with a second process writing while the backup is made.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { recordAudit } from "./audit";
import { verifyAllChains } from "./audit-verify";
import { databaseInUse, makeBackup, pruneBackups, restoreBackup } from "./backup";
import { openDatabase } from "./client";
import { runMigrations } from "./migrate";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const cleanup: (() => void)[] = [];

afterEach(() => {
  for (const step of cleanup.splice(0).reverse()) step();
});

function folder(label: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrated database file with one gemeente and a few audit events; closed again. */
function liveDatabase(events = 3) {
  const file = path.join(folder("backup-live"), "impactkoers.db");
  const db = openDatabase(file);
  runMigrations(db);
  db.$client.exec("insert into organisations (name, slug) values ('Gemeente Een', 'een')");
  for (let i = 1; i <= events; i++) {
    db.transaction((tx) =>
      recordAudit(tx, {
        organisationId: 1,
        actorId: null,
        action: "test.seed",
        entityType: "test",
        summary: `begin ${i}`,
      }),
    );
  }
  db.$client.close();
  return file;
}

/** The second process; `acks` holds every write it has reported committed. */
function startWriter(file: string) {
  const child = spawn(tsx, [path.join(root, "scripts", "backup-test-writer.ts"), file], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  cleanup.push(() => child.kill());
  const acks: number[] = [];
  let buffered = "";
  let errors = "";
  child.stderr?.on("data", (data) => {
    errors += data;
  });
  child.stdout?.on("data", (data) => {
    buffered += data;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("ack ")) acks.push(Number(line.slice(4)));
  });
  const until = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const poll = () => {
        if (acks.length >= count) return resolve();
        if (child.exitCode !== null) return reject(new Error(`writer stopped: ${errors}`));
        setTimeout(poll, 5);
      };
      poll();
    });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.once("exit", (code) => resolve(code));
      child.stdin?.write("stop\n");
    });
  return { child: child as ChildProcess, acks, until, stop };
}

const summaries = (file: string) => {
  const sqlite = new Database(file, { readonly: true });
  const rows = new Set(sqlite.prepare("select summary from audit_events").pluck().all() as string[]);
  sqlite.close();
  return rows;
};

// Each of these starts Node.js processes, which takes seconds on a busy machine.
describe("npm run backup and npm run restore", { timeout: 60_000 }, () => {
  it("backs up while another process writes, and the restored copy holds every write acknowledged before", async () => {
    const live = liveDatabase();
    const writer = startWriter(live);
    await writer.until(300);
    const acknowledged = [...writer.acks];
    const backups = path.join(folder("backup-target"), "backups");
    const result = await makeBackup({ databaseFile: live, folder: backups, keep: 14 });
    const atBackup = writer.acks.length;
    // The writer went on writing after the backup, so the backup is a moment of a database in use.
    await writer.until(atBackup + 100);
    expect(await writer.stop()).toBe(0);

    expect(path.basename(result.file)).toMatch(/^impactkoers-\d{8}-\d{6}\.db$/);
    expect(fs.statSync(backups).mode & 0o777).toBe(0o700);
    expect(fs.statSync(result.file).mode & 0o777).toBe(0o600);
    expect(result.check.integrity).toBe("ok");
    expect(result.check.chains?.map((chain) => chain.broken)).toEqual([null]);

    const restored = path.join(folder("backup-restored"), "impactkoers.db");
    const restore = restoreBackup({ file: result.file, databaseFile: restored });
    expect(restore.previous).toBeNull();
    const present = summaries(restored);
    const lost = acknowledged.filter((n) => !present.has(`schrijf ${n}`));
    expect(lost).toEqual([]);
    expect(present.has(`schrijf ${writer.acks.at(-1)}`)).toBe(false);
    const sqlite = new Database(restored, { readonly: true });
    expect(verifyAllChains(sqlite).map((chain) => [chain.organisationId, chain.broken])).toEqual([[1, null]]);
    sqlite.close();
  });

  it("refuses to restore while the database is in use, and changes nothing", async () => {
    const live = liveDatabase();
    const backup = await makeBackup({ databaseFile: live, folder: folder("backup-inuse"), keep: 3 });
    const writer = startWriter(live);
    await writer.until(10);
    expect(databaseInUse(live)).toBe(true);
    expect(() => restoreBackup({ file: backup.file, databaseFile: live })).toThrow(/is in gebruik/);
    await writer.stop();
    expect(databaseInUse(live)).toBe(false);
    expect(fs.readdirSync(path.dirname(live)).filter((name) => name.includes("voor-herstel"))).toEqual([]);
  });

  it("keeps the current database aside, puts the backup in place and leaves no -wal or -shm", async () => {
    const source = liveDatabase(2);
    const backup = await makeBackup({ databaseFile: source, folder: folder("backup-aside"), keep: 3 });
    const current = liveDatabase(5);
    // A crash leaves the last writes in the -wal file; they must end up in the kept database.
    const open = new Database(current);
    open.pragma("wal_autocheckpoint = 0");
    open.prepare("insert into organisations (name, slug) values ('Laatste', 'laatste')").run();
    expect(fs.statSync(`${current}-wal`).size).toBeGreaterThan(0);
    open.close();

    const result = restoreBackup({ file: backup.file, databaseFile: current, now: new Date("2026-12-02T10:11:12Z") });
    expect(fs.existsSync(`${current}-wal`) || fs.existsSync(`${current}-shm`)).toBe(false);
    expect(result.previous).toBe(`${current}.voor-herstel-20261202-101112`);
    expect(summaries(current)).toEqual(new Set(["begin 1", "begin 2"]));
    expect(summaries(result.previous as string).size).toBe(5);
    const kept = new Database(result.previous as string, { readonly: true });
    expect(kept.prepare("select count(*) from organisations where slug = 'laatste'").pluck().get()).toBe(1);
    kept.close();
    // In WAL mode again, as the server keeps it, so that a restore notices a connection that has it open.
    const restored = new Database(current, { readonly: true });
    expect(restored.pragma("journal_mode", { simple: true })).toBe("wal");
    restored.close();
  });

  it("refuses a damaged file and a backup whose audit trail was changed", async () => {
    const live = liveDatabase();
    const damaged = path.join(folder("backup-damaged"), "kapot.db");
    fs.writeFileSync(damaged, "dit is geen database".repeat(100));
    expect(() => restoreBackup({ file: damaged, databaseFile: live })).toThrow(/geen leesbare database/);

    const backup = await makeBackup({ databaseFile: live, folder: folder("backup-tampered"), keep: 3 });
    const sqlite = new Database(backup.file);
    sqlite.exec("drop trigger audit_events_no_update; update audit_events set summary = 'anders' where id = 2");
    sqlite.close();
    expect(() => restoreBackup({ file: backup.file, databaseFile: live })).toThrow(/keten is verbroken/);
    expect(summaries(live)).toEqual(new Set(["begin 1", "begin 2", "begin 3"]));
    expect(fs.readdirSync(path.dirname(live)).filter((name) => !name.startsWith("impactkoers.db"))).toEqual([]);
    expect(
      restoreBackup({ file: backup.file, databaseFile: live, force: true }).check.chains?.[0]?.broken,
    ).toMatchObject({ id: 2, kind: "changed" });
  });

  it("keeps the newest backups it made and leaves other files alone", () => {
    const dir = folder("backup-prune");
    const names = [
      "impactkoers-20261201-020000.db",
      "impactkoers-20261202-020000.db",
      "impactkoers-20261202-020000-2.db",
      "impactkoers-20261130-020000.db",
      "eigen-kopie.db",
    ];
    for (const name of names) fs.writeFileSync(path.join(dir, name), "");
    expect(pruneBackups(dir, 2).sort()).toEqual(["impactkoers-20261130-020000.db", "impactkoers-20261201-020000.db"]);
    expect(fs.readdirSync(dir).sort()).toEqual([
      "eigen-kopie.db",
      "impactkoers-20261202-020000-2.db",
      "impactkoers-20261202-020000.db",
    ]);
  });

  it("npm run audit:verify reports each chain and exits with 1 at a broken one", () => {
    const live = liveDatabase(4);
    const run = () =>
      spawnSync(tsx, [path.join(root, "scripts", "audit-verify.ts")], {
        env: { ...process.env, DATABASE_URL: live },
        encoding: "utf8",
      });
    const intact = run();
    expect(intact.status).toBe(0);
    expect(intact.stdout).toContain("Gemeente Een: keten intact (4 gebeurtenissen)");
    const sqlite = new Database(live);
    sqlite.exec("drop trigger audit_events_no_delete; delete from audit_events where id = 2");
    sqlite.close();
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("Gemeente Een: KETEN VERBROKEN bij gebeurtenis 3");
    expect(broken.stderr).toContain("volgnummer 2 is weg");
  });
});
