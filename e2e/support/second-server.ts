// A second Impactkoers server, for tests of another configuration than the shared test server's (behind a trusted
// reverse proxy): the same build, started the way `npm start` starts it, on a free port with a database of its own.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect } from "@playwright/test";

/** Nothing of the shared server's address, proxy or mail settings: only what the test gives. */
const NOT_INHERITED = new Set(["APP_URL", "AUTH_URL", "AUTH_SECRET", "AUTH_TRUST_HOST", "TRUST_PROXY", "SMTP_HOST"]);

export type SecondServer = {
  url: string /** The server's own SQLite file. */;
  database: string;
  stop(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server with the demo data and these settings, and resolves once its health check answers. `port`: when
 * the test must know the address beforehand (to register it elsewhere), else a free one.
 */
export async function startSecondServer(
  root: string,
  settings: Record<string, string>,
  port?: number,
): Promise<SecondServer> {
  port ??= await freePort();
  const dataDir = path.join(root, "data", `e2e-second-${port}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings };
  for (const name of NOT_INHERITED) if (!(name in settings)) delete env[name];
  env.PORT = String(port);
  // One server process unless the test asks for more: the machine's cores are the browsers' during the tests.
  env.WEB_CONCURRENCY = settings.WEB_CONCURRENCY ?? "1";
  env.DATABASE_URL = path.join(dataDir, "impactkoers.db");
  const server = spawn("node", ["scripts/start.mjs"], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  server.stderr.on("data", (chunk: Buffer) => {
    log += chunk;
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const url = `http://localhost:${port}`;
  await expect
    .poll(
      async () => {
        if (server.exitCode !== null) throw new Error(`the second server stopped:\n${log}`);
        return fetch(`${url}/api/health`).then(
          (response) => response.status,
          () => 0,
        );
      },
      { timeout: 90_000, intervals: [250] },
    )
    .toBe(200);
  return {
    url,
    database: env.DATABASE_URL,
    async stop() {
      // scripts/start.mjs hands the signal on to its server processes and exits once they have stopped.
      if (server.exitCode === null) server.kill("SIGTERM");
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
