// What `npm start` checks before it touches the database: a port in use stops it with a Dutch message and no file
// written; the data folder and database are made, or narrowed, so that only the account running Impactkoers reads them.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkPortFree, prepareDataFolder } from "./prepare.mjs";

const folders: string[] = [];
const tempFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "prepare-"));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const mode = (file: string) => fs.statSync(file).mode & 0o777;

/** A port something listens on, and how to stop listening. */
async function busyPort() {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("the port", () => {
  it("is refused in Dutch while something listens on it, and accepted once it is free", async () => {
    const { port, close } = await busyPort();
    await expect(checkPortFree(String(port))).rejects.toThrow(`Poort ${port} is al in gebruik`);
    await close();
    await expect(checkPortFree(String(port))).resolves.toBeUndefined();
  });

  it("in use stops npm start before it makes or migrates a database", async () => {
    const { port, close } = await busyPort();
    const database = path.join(tempFolder(), "data", "impactkoers.db");
    const started = spawnSync(process.execPath, ["scripts/start.mjs"], {
      env: { ...process.env, PORT: String(port), DATABASE_URL: database },
      encoding: "utf8",
      timeout: 30_000,
    });
    await close();
    expect(started.status).toBe(1);
    expect(started.stderr).toContain(`Poort ${port} is al in gebruik`);
    expect(fs.existsSync(path.dirname(database))).toBe(false);
  });
});

describe("the data folder", () => {
  it("is made for the owner alone, with an empty database only the owner reads", () => {
    const file = path.join(tempFolder(), "nieuw", "impactkoers.db");
    prepareDataFolder(file);
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(fs.statSync(file).size).toBe(0);
  });

  it("of an existing installation is narrowed: folder, database, its journal files and the secret", () => {
    const folder = path.join(tempFolder(), "data");
    fs.mkdirSync(folder, { mode: 0o755 });
    fs.chmodSync(folder, 0o755);
    const file = path.join(folder, "impactkoers.db");
    for (const name of ["impactkoers.db", "impactkoers.db-wal", "impactkoers.db-shm", "auth-secret"]) {
      fs.writeFileSync(path.join(folder, name), "x", { mode: 0o644 });
      fs.chmodSync(path.join(folder, name), 0o644);
    }
    prepareDataFolder(file);
    expect(mode(folder)).toBe(0o700);
    for (const name of ["impactkoers.db", "impactkoers.db-wal", "impactkoers.db-shm", "auth-secret"]) {
      expect(mode(path.join(folder, name)), name).toBe(0o600);
    }
    expect(fs.readFileSync(file, "utf8")).toBe("x");
  });

  it("that cannot be made is refused with a Dutch message", () => {
    const blocker = path.join(tempFolder(), "een-bestand");
    fs.writeFileSync(blocker, "");
    expect(() => prepareDataFolder(path.join(blocker, "data", "impactkoers.db"))).toThrow(
      /De map .* voor de gegevens kan niet worden aangemaakt/,
    );
  });
});
