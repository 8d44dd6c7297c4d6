// Codes of an authenticator app, computed the way the app computes them, for tests that sign in with a second step.
import path from "node:path";
import { openDatabase } from "../../db/client";
import { timeStep, totpCode } from "../../lib/auth/totp";

/** The test server's database, as scripts/e2e-server.mjs sets DATABASE_URL (Playwright runs in the project root). */
const E2E_DATABASE = path.resolve("data", "e2e", "impactkoers.db");

/** The time step of the account's last accepted code, from the test server's database; null when none was used. */
export function lastUsedStep(email: string, file = E2E_DATABASE): number | null {
  const db = openDatabase(file);
  try {
    const step = db.$client
      .prepare("select t.last_used_step from user_totp t join users u on u.id = t.user_id where u.email = ?")
      .pluck()
      .get(email);
    return typeof step === "number" ? step : null;
  } finally {
    db.$client.close();
  }
}

/**
 * The code for the account's next sign-in. The server never takes a code of a period (30 seconds) it took one of
 * before, and takes one of the next period too (a phone's clock a little fast): when this period's code was used
 * already, the next period's code is the one to give.
 */
export function nextCode(secret: string, lastUsed: number | null, now = Date.now()): string {
  const step = Math.max(timeStep(now), (lastUsed ?? Number.NEGATIVE_INFINITY) + 1);
  if (step > timeStep(now) + 1) {
    throw new Error("this account signed in with a code twice in this period already; the next is accepted later");
  }
  return totpCode(secret, step * 30_000);
}

/** The secret as the account page shows it ("ABCD EFGH …"), as the app takes it. */
export const secretFromPage = (text: string | null) => (text ?? "").replace(/\s+/g, "");
