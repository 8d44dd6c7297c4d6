// `npm start`: prepares the data folder and secret, applies migrations, loads the demo data into an empty
// database, builds when there is no (current) build, and serves Impactkoers with one server process per core
// (WEB_CONCURRENCY to choose another number), all on the one port. `--dev` serves with `next dev`, in one process.
import { spawn, spawnSync } from "node:child_process";
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkPortFree, prepareDataFolder } from "./prepare.mjs";
import { superviseWorkers } from "./workers.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const dev = process.argv.includes("--dev");

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function databaseFile() {
  const url = process.env.DATABASE_URL?.trim() || "./data/impactkoers.db";
  return path.resolve(root, url.replace(/^file:/, ""));
}

/** AUTH_SECRET from the environment, else one generated once and kept beside the database. */
function authSecret(dataDir) {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  console.log(`Nieuw AUTH_SECRET aangemaakt in ${path.relative(root, file)}`);
  return secret;
}

/**
 * Where Auth.js takes its own address from: AUTH_URL, which it then uses instead of the Host and X-Forwarded-Host
 * headers a client can make up; set from APP_URL, else this server on localhost. Only behind a trusted reverse proxy
 * (TRUST_PROXY) without APP_URL does Auth.js read the X-Forwarded-Host and -Proto that the proxy sets.
 */
function authAddress(port) {
  if (process.env.AUTH_URL) return {};
  const appUrl = process.env.APP_URL?.trim();
  if (!appUrl && /^(1|true|yes|ja)$/i.test(process.env.TRUST_PROXY?.trim() ?? "")) return { AUTH_TRUST_HOST: "true" };
  if (!appUrl) return { AUTH_URL: `http://localhost:${port}` };
  try {
    return { AUTH_URL: new URL(appUrl).origin };
  } catch {
    fail(
      `APP_URL (${appUrl}) is geen webadres. Geef het volledige adres, bijvoorbeeld https://impactkoers.gemeente.nl`,
    );
  }
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) fail(`Gestopt: ${path.basename(command)} ${args.join(" ")} is mislukt.`);
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "messages",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "next.config.mjs",
  "package.json",
];

function newestSource(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestSource(path.join(entry, child)));
  return newest;
}

function buildIsCurrent() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((entry) => newestSource(entry) <= built);
}

/** How many server processes: WEB_CONCURRENCY, else one per core this process may use. */
function workerCount() {
  const value = process.env.WEB_CONCURRENCY?.trim();
  if (!value) return os.availableParallelism();
  if (!/^[1-9][0-9]{0,2}$/.test(value)) {
    fail(
      `WEB_CONCURRENCY (${value}) is geen aantal serverprocessen. Geef een heel getal vanaf 1, bijvoorbeeld WEB_CONCURRENCY=2, of laat het weg voor één proces per processorkern (hier ${os.availableParallelism()}).`,
    );
  }
  return Number(value);
}

if (!fs.existsSync(bin("next"))) fail("De afhankelijkheden ontbreken. Voer eerst `npm install` uit.");

const port = process.env.PORT || "3000";
// Where the server listens: every address unless LISTEN_ADDRESS names one (such as 127.0.0.1 behind a proxy on the
// same machine).
const host = process.env.LISTEN_ADDRESS?.trim() || undefined;
const workers = dev ? 1 : workerCount();
// A second `npm start` on a port in use stops here, before it touches the database the first one serves.
await checkPortFree(port, host).catch((error) => fail(error.message));
const file = databaseFile();
const dataDir = path.dirname(file);
try {
  prepareDataFolder(file);
} catch (error) {
  fail(error.message);
}
const env = {
  ...process.env,
  DATABASE_URL: file,
  AUTH_SECRET: authSecret(dataDir),
  ...authAddress(port),
  PORT: port,
  NEXT_TELEMETRY_DISABLED: "1",
};

run(bin("tsx"), ["db/migrate.ts"], env);
run(bin("tsx"), ["db/seed.ts"], env);

if (!dev && !buildIsCurrent()) {
  console.log("Impactkoers wordt gebouwd (de eerste keer duurt dat een paar minuten)…");
  run(bin("next"), ["build"], env);
}

const nextArgs = [dev ? "dev" : "start", "--port", port, ...(host ? ["--hostname", host] : [])];

if (dev) {
  const server = spawn(bin("next"), nextArgs, { cwd: root, env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} else {
  // Each worker is `next start` itself, so it serves exactly as `next start` does (compression, headers, proxy.ts,
  // instrumentation.ts); forked by node:cluster, the workers share the one listening port. One worker is started
  // the same way, without cluster, and then listens on the port itself.
  if (workers > 1) console.log(`Impactkoers start ${workers} serverprocessen op poort ${port}.`);
  superviseWorkers({
    count: workers,
    start: () => {
      if (workers === 1) return spawn(bin("next"), nextArgs, { cwd: root, env, stdio: "inherit" });
      cluster.setupPrimary({ exec: path.join(root, "node_modules", "next", "dist", "bin", "next"), args: nextArgs });
      return cluster.fork(env).process;
    },
  });
}
