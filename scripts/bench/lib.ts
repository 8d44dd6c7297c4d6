// What `npm run bench` and `npm run bench:capacity` share: the benchmark's server, signing in over HTTP, sending
// load, and reading the CPU time the server's processes used from /proc.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

export const root = path.resolve(import.meta.dirname, "../..");
export const dataDir = path.join(root, "data", "bench");
export const dbFile = path.join(dataDir, "bench.db");
export const PASSWORD = "bench-impactkoers";
export const HOST = "127.0.0.1";

export function step(message: string) {
  console.log(`\n▸ ${message}`);
}

/** Builds the benchmark's database (scripts/bench/generate.ts); stops the process when that fails. */
export function generateDataset(args: string[] = []) {
  fs.mkdirSync(dataDir, { recursive: true });
  const generated = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["scripts/bench/generate.ts", dbFile, ...args],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (generated.status !== 0) process.exit(1);
}

export type Server = { port: number; base: string; child: ChildProcess; stop: () => Promise<void> };

async function answers(base: string) {
  return fetch(`${base}/api/health`).then(
    () => true,
    () => false,
  );
}

/**
 * The production server through `scripts/start.mjs` (which builds first when the build is missing or older than the
 * sources), on the benchmark's database, in benchmark mode. `env` adds to the environment, e.g. WEB_CONCURRENCY;
 * `dir` serves another checkout of Impactkoers (its own build) on the same database.
 */
export async function startServer(port: number, env: Record<string, string> = {}, dir = root): Promise<Server> {
  const base = `http://${HOST}:${port}`;
  if (await answers(base)) throw new Error(`Port ${port} is already in use; stop what runs there or set BENCH_PORT.`);
  const child = spawn("node", ["scripts/start.mjs"], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      AUTH_URL: base,
      DATABASE_URL: dbFile,
      SEED_DEMO: "false",
      IMPACTKOERS_BENCH: "1",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    // A process group of its own, so that stopping it also stops a build start.mjs may be running.
    detached: true,
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {}
  };
  const onExit = () => signalGroup("SIGTERM");
  const onInterrupt = () => process.exit(130); // Runs the exit handlers, which stop every server.
  process.on("exit", onExit);
  process.on("SIGINT", onInterrupt);
  process.on("SIGTERM", onInterrupt);
  const stop = async () => {
    process.off("exit", onExit);
    process.off("SIGINT", onInterrupt);
    process.off("SIGTERM", onInterrupt);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    signalGroup("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };
  const healthy = () =>
    fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
  // A build on a busy machine may take many minutes.
  const until = Date.now() + 30 * 60 * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error("The server stopped while starting.");
    if (await healthy()) return { port, base, child, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("The server did not start.");
}

/** The process and all its descendants (start.mjs, `next start`, the workers it may fork). */
export function processTree(rootPid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat) continue;
    const siblings = parents.get(stat.ppid) ?? [];
    siblings.push(Number(entry));
    parents.set(stat.ppid, siblings);
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i] ?? -1) ?? []));
  return tree;
}

function readStat(pid: number) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: the fields after it are counted from its end.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null; // Gone in the meantime.
  }
}

const TICK_MS = 1000 / Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100);

/** CPU time (user + system, ms) the server's processes have used so far, summed over its process tree. */
export function serverCpuMs(server: Server): number {
  const pid = server.child.pid;
  if (!pid) return 0;
  return processTree(pid).reduce((sum, p) => sum + (readStat(p)?.ticks ?? 0), 0) * TICK_MS;
}

/** The cookies a response sets, as "name=value" pairs. */
export function setCookies(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

/**
 * Signs in with e-mail address and password through Auth.js's credentials route, as the sign-in form does, and
 * returns the session cookie.
 */
export async function signIn(base: string, email: string, password = PASSWORD): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: setCookies(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
    redirect: "manual",
  });
  await response.arrayBuffer();
  const session = setCookies(response).filter((c) => c.includes("session-token="));
  if (session.length === 0) throw new Error(`Signing in as ${email} failed (${response.status}).`);
  return session.join("; ");
}

export type Timed = { rps: number; p50: number; p95: number; errors: number; requests: number };

export function quantile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Connections kept open between requests, as a browser keeps them. The cluster hands each new connection to the next
 * worker, so every worker gets its share of the connections.
 */
export function keptConnections() {
  // Closed after 4 seconds without a request, before the server closes it after its 5: a request never goes out on a
  // connection the server is closing.
  return new http.Agent({ keepAlive: true, timeout: 4000 });
}
const shared = keptConnections();

export type Answer = { status: number; headers: http.IncomingHttpHeaders; bytes: number; text: () => string };

/**
 * One request as a browser sends it (asking for a compressed answer, so the server compresses as it would for a
 * browser), without what a browser does afterwards: the answer's bytes are counted and kept, and decompressed and
 * decoded only when `text()` is asked for. fetch() decompresses and decodes every answer, which on a 170 kB page costs
 * this process about 6 ms of CPU against about 1 ms here; on the server's own two cores that would be measured as the
 * server's capacity.
 */
export function httpRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer; agent?: http.Agent } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        agent: init.agent ?? shared,
        method: init.method ?? "GET",
        headers: {
          "accept-encoding": "gzip, deflate, br",
          ...init.headers,
          ...(init.body ? { "content-length": String(init.body.length) } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        response.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          bytes += chunk.length;
        });
        response.on("error", reject);
        response.on("end", () => {
          const text = () => {
            const body = Buffer.concat(chunks);
            const encoding = response.headers["content-encoding"];
            if (encoding === "gzip") return zlib.gunzipSync(body).toString("utf8");
            if (encoding === "deflate") return zlib.inflateSync(body).toString("utf8");
            if (encoding === "br") return zlib.brotliDecompressSync(body).toString("utf8");
            return body.toString("utf8");
          };
          resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes, text });
        });
      },
    );
    request.on("error", reject);
    request.end(init.body);
  });
}

/** Requests to one address from `connections` parallel clients, for a time or until a number of them is sent. */
async function send(
  url: string,
  cookie: string | undefined,
  connections: number,
  limit: { seconds: number } | { requests: number },
): Promise<Timed> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const until = "seconds" in limit ? performance.now() + limit.seconds * 1000 : Number.POSITIVE_INFINITY;
  const max = "requests" in limit ? limit.requests : Number.POSITIVE_INFINITY;
  const headers = cookie ? { cookie } : undefined;
  const worker = async () => {
    while (performance.now() < until && sent < max) {
      sent += 1;
      const started = performance.now();
      try {
        const answer = await httpRequest(url, { headers });
        if (answer.status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    errors,
    requests: latencies.length,
  };
}

export function loadFor(url: string, cookie: string | undefined, connections: number, seconds: number) {
  return send(url, cookie, connections, { seconds });
}

export type Run = Timed & {
  cpuMsPerRequest: number;
  /** The CPU time this (benchmark) process spent per request sending it and reading the answer. */
  clientCpuMsPerRequest: number;
};

/** A fixed number of requests, with the server's CPU time per request over them. */
export async function loadCounted(
  server: Server,
  url: string,
  cookie: string | undefined,
  connections: number,
  requests: number,
): Promise<Run> {
  const before = serverCpuMs(server);
  const client = process.cpuUsage();
  const timed = await send(url, cookie, connections, { requests });
  const cpu = serverCpuMs(server) - before;
  const clientUsage = process.cpuUsage(client);
  return {
    ...timed,
    cpuMsPerRequest: cpu / Math.max(1, timed.requests),
    clientCpuMsPerRequest: (clientUsage.user + clientUsage.system) / 1000 / Math.max(1, timed.requests),
  };
}

/** The uncompressed size of a page, in bytes. */
export async function sizeOf(url: string, cookie: string | undefined) {
  const response = await fetch(url, { headers: cookie ? { cookie } : undefined, redirect: "manual" });
  return (await response.arrayBuffer()).byteLength;
}
