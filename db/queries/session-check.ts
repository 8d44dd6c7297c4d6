// The server side of a signed-in session: started at sign-in, looked up on every request. Only lib/auth calls these;
// a person ends their own sessions through db/queries/sessions.ts.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { deviceLabel, SEEN_INTERVAL_MS, sessionState } from "@/lib/domain/sessions";
import { preparedOnce } from "../client";
import { getDb } from "../index";
import { userSessions } from "../schema";

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

function deviceText(userAgent: string | null | undefined) {
  const { browser, system } = deviceLabel(userAgent);
  return [browser, system].filter(Boolean).join(" / ");
}

/** A new session of the user; returns the random id that goes into the session token. */
export function startSession(userId: number, sessionVersion: number, userAgent: string | null | undefined): string {
  const token = randomBytes(32).toString("base64url");
  getDb()
    .insert(userSessions)
    .values({
      tokenHash: tokenHash(token),
      userId,
      sessionVersion,
      device: deviceText(userAgent),
      lastSeenAt: new Date(),
    })
    .run();
  return token;
}

// Built once per connection (db/client.ts preparedOnce): it runs on every request.
const sessionByHash = preparedOnce((db) =>
  db
    .select({
      id: userSessions.id,
      userId: userSessions.userId,
      sessionVersion: userSessions.sessionVersion,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      endedAt: userSessions.endedAt,
    })
    .from(userSessions)
    .where(eq(userSessions.tokenHash, sql.placeholder("tokenHash")))
    .prepare(),
);

/**
 * Whether the session of this token is still alive for this user: not signed out, not ended elsewhere, not idle for
 * longer than the timeout, not older than its lifetime, and started under the user's current session version.
 * A live session's last request is written down (once a minute); one found idle or expired is closed.
 */
export function sessionIsLive(
  token: string | undefined,
  user: { id: number; sessionVersion: number },
  now = Date.now(),
): boolean {
  if (!token) return false;
  const db = getDb();
  const row = sessionByHash(db).get({ tokenHash: tokenHash(token) });
  if (!row || row.userId !== user.id || row.sessionVersion !== user.sessionVersion) return false;
  const state = sessionState(row, now);
  if (state === "ended") return false;
  if (state !== "live") {
    db.update(userSessions)
      .set({ endedAt: new Date(now), endReason: "verlopen" })
      .where(and(eq(userSessions.id, row.id), isNull(userSessions.endedAt)))
      .run();
    return false;
  }
  if (now - row.lastSeenAt.getTime() >= SEEN_INTERVAL_MS) {
    db.update(userSessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(userSessions.id, row.id))
      .run();
  }
  return true;
}
