// `npm run bench:compare -- <before> <after> <page>...`: the server's CPU time per request of the same pages in two
// versions of Impactkoers, served side by side. <before> and <after> are checkouts (for example a `git worktree` of
// an earlier commit, with its own `npm ci`, and `.` for this one); each is started with `scripts/start.mjs` (which
// builds it first when needed) with one worker, both on the benchmark's database. A page is a path, read as
// management of gemeente 1 ("/dashboard"), or prefixed with the account to read it as: "manager@/", "partner@/reporting"
// (management, manager or partner of gemeente 1).
//
// Both servers first serve every page unmeasured, then runs of a fixed number of requests at 10 connections alternate
// between them (before, after, before, after, …), the CPU time per request read around each run from /proc. A
// difference between two builds of a few percent is smaller than the difference between two runs of `npm run bench`
// on a shared machine, but shows in every pair here, since both see the same noise.
//
// BENCH_PORT (default 3200: the two servers use the port and the one after it), COMPARE_PAIRS (default 7),
// COMPARE_REQUESTS (per run, default 300). `--keep-dataset` reuses data/bench/bench.db.
import fs from "node:fs";
import path from "node:path";
import {
  dbFile,
  generateDataset,
  httpRequest,
  loadCounted,
  median,
  type Server,
  signIn,
  startServer,
  step,
} from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const PAIRS = Math.max(1, Number(process.env.COMPARE_PAIRS ?? 7));
const REQUESTS = Math.max(10, Number(process.env.COMPARE_REQUESTS ?? 300));
const ACCOUNTS = { management: "management", manager: "manager", partner: "partner" } as const;

const args = process.argv.slice(2).filter((arg) => arg !== "--keep-dataset");
const [before, after, ...pages] = args;
if (!before || !after || pages.length === 0) {
  console.error(
    "Usage: npm run bench:compare -- <before> <after> <page>...  (for example: ../before . /dashboard manager@/)",
  );
  process.exit(2);
}
for (const dir of [before, after]) {
  if (!fs.existsSync(path.join(dir, "scripts", "start.mjs"))) {
    console.error(`${dir} is not a checkout of Impactkoers (it has no scripts/start.mjs).`);
    process.exit(2);
  }
}

type Side = { name: string; server: Server; cookies: Record<string, string> };

function parsePage(page: string): { account: keyof typeof ACCOUNTS; path: string } {
  const at = page.indexOf("@/");
  if (at < 0) return { account: "management", path: page };
  const account = page.slice(0, at);
  if (!(account in ACCOUNTS)) throw new Error(`Unknown account "${account}": use management, manager or partner.`);
  return { account: account as keyof typeof ACCOUNTS, path: page.slice(at + 1) };
}

/** One page's URL and the cookie of the account it is read as, on one side. */
function target(side: Side, page: string) {
  const { account, path: pagePath } = parsePage(page);
  return { url: `${side.server.base}${pagePath}`, cookie: side.cookies[account] ?? "" };
}

/** A fixed number of requests at 10 connections, with the server's CPU time per request over them. */
async function run(side: Side, page: string, requests: number) {
  const { url, cookie } = target(side, page);
  const counted = await loadCounted(side.server, url, cookie, 10, requests);
  if (counted.errors > 0) {
    throw new Error(`${page} answered ${counted.errors} of ${requests} requests on ${side.name} with no page.`);
  }
  return counted.cpuMsPerRequest;
}

/** The page's size as it is sent to a browser that accepts compression. */
async function compressedSize(side: Side, page: string) {
  const { url, cookie } = target(side, page);
  return (await httpRequest(url, { headers: { cookie } })).bytes;
}

if (!process.argv.includes("--keep-dataset") || !fs.existsSync(dbFile)) {
  step("Dataset");
  generateDataset();
}

step("Two production servers, one worker each (each builds first when its build is missing or older than its sources)");
const sides: Side[] = [];
try {
  const checkouts = [
    { name: "before", dir: before },
    { name: "after", dir: after },
  ];
  for (const [index, { name, dir }] of checkouts.entries()) {
    const server = await startServer(PORT + index, { WEB_CONCURRENCY: "1" }, path.resolve(dir));
    const cookies: Record<string, string> = {};
    for (const account of Object.values(ACCOUNTS)) {
      cookies[account] = await signIn(server.base, `${account}@bench1.bench`);
    }
    sides.push({ name, server, cookies });
  }
  const [a, b] = sides as [Side, Side];

  step(`Every page unmeasured on both, then ${PAIRS} pairs of ${REQUESTS} requests at 10 connections`);
  // Three runs' worth each: V8 optimises what a request runs only after many requests.
  for (const page of pages) for (const side of sides) await run(side, page, 3 * REQUESTS);
  console.log(
    `${"page".padEnd(40)} before ms/req   after ms/req   after ÷ before   lower after   (every pair: before/after)`,
  );
  for (const page of pages) {
    const pairs: { a: number; b: number }[] = [];
    for (let i = 0; i < PAIRS; i++) pairs.push({ a: await run(a, page, REQUESTS), b: await run(b, page, REQUESTS) });
    const bytes = { a: await compressedSize(a, page), b: await compressedSize(b, page) };
    const cpuA = median(pairs.map((p) => p.a));
    const cpuB = median(pairs.map((p) => p.b));
    const every = pairs.map((p) => `${p.a.toFixed(1)}/${p.b.toFixed(1)}`).join(" ");
    // A real difference shows in (nearly) every pair; noise leaves about half the pairs on each side.
    const lower = `${pairs.filter((p) => p.b < p.a).length} of ${PAIRS}`;
    console.log(
      `${page.padEnd(40)} ${cpuA.toFixed(1).padStart(13)} ${cpuB.toFixed(1).padStart(14)} ${(cpuB / cpuA).toFixed(2).padStart(16)} ${lower.padStart(13)}   (${every}; ${(bytes.a / 1024).toFixed(0)} and ${(bytes.b / 1024).toFixed(0)} kB compressed)`,
    );
  }
} finally {
  for (const side of sides) await side.server.stop();
}
