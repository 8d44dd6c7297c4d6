// `npm run bench`: builds a large dataset, starts the production server on it and measures pages under load.
// Prints, per page, requests per second at 10 connections, p50 and p95 latency at 1 connection and the ratio to the
// baseline (a minimal dynamic page), the ratio a page of the same size without session, data or logic reaches (what
// the framework alone allows at that size), the SQL statements of one dashboard request for a large and a small
// gemeente, and the JavaScript each route loads on first visit. Exits with 1 when a target is missed.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import Database from "better-sqlite3";
import { chromiumPath } from "../../e2e/browser.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, "data", "bench");
const dbFile = path.join(dataDir, "bench.db");
const port = process.env.BENCH_PORT ?? "3200";
const base = `http://localhost:${port}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PASSWORD = "bench-impactkoers";

const TARGETS = { ratio: 0.5, p95Ms: 150, firstLoadKb: 180 };

function step(message: string) {
  console.log(`\n▸ ${message}`);
}

async function waitForHealth(server: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error("The server stopped while starting.");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not start.");
}

async function signIn(email: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const page = await browser.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${base}/`);
  const cookies = await page.context().cookies();
  await browser.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

type Result = { rps: number; p50: number; p95: number; errors: number };

async function load(url: string, cookie: string | undefined, connections: number, seconds: number): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const headers = cookie ? { cookie } : undefined;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      const response = await fetch(url, { headers, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) errors += 1;
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { rps: latencies.length / elapsed, p50: at(0.5), p95: at(0.95), errors };
}

/** The uncompressed size of a page, in bytes. */
async function sizeOf(url: string, cookie: string | undefined) {
  const response = await fetch(url, { headers: cookie ? { cookie } : undefined, redirect: "manual" });
  return (await response.arrayBuffer()).byteLength;
}

/**
 * The weight page (only served in benchmark mode) grows by one table row per step; this finds how many rows make it
 * as large as a given page.
 */
async function weightScale() {
  const weightUrl = (rows: number) => `${base}/bench/weight?rijen=${rows}`;
  const empty = await sizeOf(weightUrl(0), undefined);
  const perRow = ((await sizeOf(weightUrl(20), undefined)) - empty) / 20;
  if (perRow <= 0) throw new Error("The weight page did not grow; is the server in benchmark mode?");
  return (bytes: number) => weightUrl(Math.max(0, Math.round((bytes - empty) / perRow)));
}

async function statementsOf(url: string, cookie: string) {
  const count = async () => ((await (await fetch(`${base}/api/health`)).json()) as { statements: number }).statements;
  const before = await count();
  await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  const after = await count();
  return after - before - 1; // The health check itself runs one.
}

async function firstLoadJs(routes: string[], cookie: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const cookies = cookie.split("; ").map((pair) => {
    const [name, ...value] = pair.split("=");
    return { name: name ?? "", value: value.join("="), url: base };
  });
  const sizes: Record<string, number> = {};
  for (const route of routes) {
    // A fresh context per route: nothing comes from the browser cache, as on a first visit.
    const context = await browser.newContext();
    await context.addCookies(cookies);
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") scripts.push(request.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(`${base}${route}`, { waitUntil: "networkidle" });
    sizes[route] = (await Promise.all(scripts)).reduce((sum, n) => sum + Math.max(0, n), 0) / 1024;
    await context.close();
  }
  await browser.close();
  return sizes;
}

step("Dataset");
fs.mkdirSync(dataDir, { recursive: true });
const generated = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/bench/generate.ts", dbFile], {
  cwd: root,
  stdio: "inherit",
});
if (generated.status !== 0) process.exit(1);

const sqlite = new Database(dbFile, { readonly: true });
const programme = sqlite
  .prepare(
    "select p.id from programmes p join organisations o on o.id = p.organisation_id where o.slug = 'bench1' order by p.id limit 1 offset 5",
  )
  .get() as { id: number };
const indicator = sqlite
  .prepare("select id from indicators where programme_id = ? order by id limit 1")
  .get(programme.id) as {
  id: number;
};
sqlite.close();

step("Production server (builds first when the build is missing or older than the sources)");
const occupied = await fetch(`${base}/api/health`).then(
  () => true,
  () => false,
);
if (occupied) {
  console.error(`Port ${port} is already in use; stop what runs there or set BENCH_PORT.`);
  process.exit(1);
}
const server = spawn("node", ["scripts/start.mjs"], {
  cwd: root,
  env: { ...process.env, PORT: port, DATABASE_URL: dbFile, SEED_DEMO: "false", IMPACTKOERS_BENCH: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
let failed = false;
try {
  await waitForHealth(server);
  const big = await signIn("management@bench1.bench");
  const small = await signIn("management@klein.bench");

  const pages = [
    { name: "baseline: /login (minimal dynamic page)", url: `${base}/login`, cookie: undefined },
    // For reading the others: what the signed-in shell costs (session, viewer, navigation) on a light page.
    { name: "start page (signed-in shell)", url: `${base}/`, cookie: big, reference: true },
    { name: "dashboard", url: `${base}/dashboard`, cookie: big },
    { name: "programme overview", url: `${base}/programmes/${programme.id}`, cookie: big },
    { name: "assumption register", url: `${base}/programmes/${programme.id}/assumptions`, cookie: big },
    { name: "indicator page", url: `${base}/programmes/${programme.id}/indicators/${indicator.id}`, cookie: big },
  ];

  step(`Load: ${SECONDS} s per page at 1 and at 10 connections`);
  const rows: {
    name: string;
    bytes: number;
    single: Result;
    ten: Result;
    sameSize?: { url: string; ten: Result };
    reference?: boolean;
  }[] = [];
  for (const page of pages) {
    await load(page.url, page.cookie, 2, 2); // warm up
    const single = await load(page.url, page.cookie, 1, SECONDS);
    const ten = await load(page.url, page.cookie, 10, SECONDS);
    const bytes = await sizeOf(page.url, page.cookie);
    rows.push({ name: page.name, bytes, single, ten, reference: page.reference });
    console.log(`  ${page.name}: ${ten.rps.toFixed(1)} req/s, p95 ${single.p95.toFixed(1)} ms`);
  }
  const baseline = rows[0]?.ten.rps ?? 1;

  step(`Same size without session, data or logic: ${SECONDS} s per page at 10 connections`);
  const weightOf = await weightScale();
  for (const row of rows.slice(1)) {
    const url = weightOf(row.bytes);
    await load(url, undefined, 2, 2); // warm up
    row.sameSize = { url: url.slice(base.length), ten: await load(url, undefined, 10, SECONDS) };
    console.log(`  ${row.name} (${(row.bytes / 1024).toFixed(0)} kB): ${row.sameSize.ten.rps.toFixed(1)} req/s`);
  }

  step("SQL statements per dashboard request");
  const statementsBig = await statementsOf(`${base}/dashboard`, big);
  const statementsSmall = await statementsOf(`${base}/dashboard`, small);

  step("JavaScript loaded on first visit");
  const routes = [
    "/",
    "/routes",
    "/routes/intake",
    "/programmes",
    `/programmes/${programme.id}`,
    `/programmes/${programme.id}/theory`,
    `/programmes/${programme.id}/assumptions`,
    `/programmes/${programme.id}/indicators/${indicator.id}`,
    "/learning-questions",
    "/lessons",
    "/pages",
    "/dashboard",
  ];
  const js = await firstLoadJs(routes, big);

  console.log(
    "\npage                                        kB  req/s@10  ratio  same size  p50@1 ms  p95@1 ms  errors",
  );
  for (const row of rows) {
    const ratio = row.ten.rps / baseline;
    const errors = row.ten.errors + row.single.errors + (row.sameSize?.ten.errors ?? 0);
    const ok = ratio >= TARGETS.ratio && row.single.p95 < TARGETS.p95Ms && errors === 0;
    if (!ok && !row.reference) failed = true;
    const verdict = row === rows[0] ? "baseline" : row.reference ? "reference" : ok ? "ok" : "MISSED";
    const sameSize = row.sameSize ? (row.sameSize.ten.rps / baseline).toFixed(2) : "";
    console.log(
      `${row.name.padEnd(40)}${(row.bytes / 1024).toFixed(0).padStart(6)}${row.ten.rps.toFixed(1).padStart(10)}${ratio.toFixed(2).padStart(7)}${sameSize.padStart(11)}${row.single.p50.toFixed(1).padStart(10)}${row.single.p95.toFixed(1).padStart(10)}${String(errors).padStart(8)}  ${verdict}`,
    );
  }
  console.log(
    "(same size: the ratio a page of that size reaches with no session, no data and no logic — the framework alone)",
  );
  const sameStatements = statementsBig === statementsSmall;
  if (!sameStatements) failed = true;
  console.log(
    `\nSQL statements per dashboard request: ${statementsBig} with 40 programmes, ${statementsSmall} with 2  ${sameStatements ? "ok" : "MISSED"}`,
  );
  console.log("\nroute                                            first-load JS (kB, compressed)");
  for (const [route, kb] of Object.entries(js)) {
    const ok = kb < TARGETS.firstLoadKb;
    if (!ok) failed = true;
    console.log(`${route.padEnd(49)}${kb.toFixed(1).padStart(8)}  ${ok ? "ok" : "MISSED"}`);
  }
  fs.writeFileSync(
    path.join(dataDir, "results.json"),
    `${JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, rows, statementsBig, statementsSmall, js }, null, 2)}\n`,
  );
  console.log(
    `\nTargets: ratio ≥ ${TARGETS.ratio}, p95 < ${TARGETS.p95Ms} ms, first-load JS < ${TARGETS.firstLoadKb} kB.`,
  );
  console.log(failed ? "Some targets were missed." : "All targets met.");
} finally {
  server.kill("SIGTERM");
}
process.exit(failed ? 1 : 0);
