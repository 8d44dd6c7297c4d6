// Starts the background work of a server process (e-mail and scheduled jobs), in the Node.js runtime only and never
// while `next build` runs.
import { PHASE_PRODUCTION_BUILD } from "next/constants";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { startNotifyWorker } = await import("./lib/server/notify-worker");
  startNotifyWorker();
}
