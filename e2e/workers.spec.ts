// `npm start` with several server processes (WEB_CONCURRENCY=2): the production build served by two workers that
// share one port, each serving as `next start` does (compression, the security headers of proxy.ts and
// next.config.mjs); a worker that dies is replaced; SIGTERM stops them all. On a server of its own at E2E_PORT + 50,
// in benchmark mode, where the health check says which process answered (never in production: see the last test).
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.E2E_PORT ?? "3100") + 50;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request on a connection of its own, so that the port hands it to whichever worker's turn it is. */
function get(pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: pathname, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    request.setTimeout(10_000, () => request.destroy(new Error("no answer in time")));
    request.on("error", reject);
  });
}

const answeringPid = async () => {
  const answer = await get("/api/health").catch(() => null);
  return answer?.status === 200 ? (JSON.parse(answer.body) as { pid?: number }).pid : undefined;
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let dataDir: string;
let server: ChildProcess;
let log = "";
let exited: Promise<number | null>;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "impactkoers-workers-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LISTEN_ADDRESS: "127.0.0.1",
    WEB_CONCURRENCY: "2",
    IMPACTKOERS_BENCH: "1",
    SEED_DEMO: "false",
    DATABASE_URL: path.join(dataDir, "impactkoers.db"),
    APP_URL: `http://127.0.0.1:${port}`,
  };
  for (const name of ["AUTH_URL", "AUTH_SECRET", "AUTH_TRUST_HOST", "TRUST_PROXY", "SMTP_HOST"]) delete env[name];
  server = spawn("node", ["scripts/start.mjs"], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  server.stderr?.on("data", (chunk: Buffer) => {
    log += chunk;
  });
  exited = new Promise((resolve) => server.once("exit", (code) => resolve(code)));
  await expect
    .poll(
      async () => {
        if (server.exitCode !== null) throw new Error(`the server stopped:\n${log}`);
        return answeringPid();
      },
      { timeout: 90_000, intervals: [250] },
    )
    .toBeDefined();
});

test.afterAll(async () => {
  if (server && server.exitCode === null) server.kill("SIGKILL");
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The worker pids that answer, asking until two different ones did. */
async function twoWorkers(): Promise<number[]> {
  const pids = new Set<number>();
  await expect
    .poll(
      async () => {
        const pid = await answeringPid();
        if (pid) pids.add(pid);
        return pids.size;
      },
      { timeout: 30_000, intervals: [50] },
    )
    .toBe(2);
  return [...pids];
}

test("two worker processes answer on the one port, each as next start serves", async () => {
  const pids = await twoWorkers();
  expect(pids).not.toContain(server.pid);
  expect(pids.every(alive)).toBe(true);

  // Every worker compresses and sends the headers of proxy.ts and next.config.mjs.
  const seen = new Set<string>();
  for (let i = 0; i < 20 && seen.size < 2; i++) {
    const page = await get("/login", { "accept-encoding": "gzip" });
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(page.headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    const api = await get("/api/health");
    expect(api.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    seen.add(String((JSON.parse(api.body) as { pid: number }).pid));
  }
});

test("a worker that dies is replaced, and SIGTERM stops every worker", async () => {
  test.setTimeout(90_000);
  const [victim, survivor] = await twoWorkers();
  process.kill(victim ?? 0, "SIGKILL");
  // The other worker goes on answering, and a new one takes the place of the dead one.
  const after = await twoWorkers();
  expect(after).toContain(survivor);
  expect(after).not.toContain(victim);

  server.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(after.filter(alive)).toEqual([]);
  await expect(get("/api/health")).rejects.toThrow();
});

test("the health check of a production server names no process", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(await health.json()).toEqual({ status: "ok" });
});
