// The server the end-to-end tests run against: the production build on a fresh database of its own.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, "data", "e2e");
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

process.env.DATABASE_URL = path.join(dataDir, "impactkoers.db");
process.env.PORT = process.env.E2E_PORT || "3100";
process.env.SEED_DEMO = "true";
// One server process: the browsers of the tests take the machine's cores, and the suite's tests share no state a
// second process would change. e2e/workers.spec.ts starts a server of several processes of its own.
process.env.WEB_CONCURRENCY ||= "1";
delete process.env.AUTH_SECRET;

await import("./start.mjs");
