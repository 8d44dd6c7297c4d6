// A person's own signed-in sessions: where they are signed in, and ending one or all of them.
import "server-only";
import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import { currentSessionToken, getAccount, requireViewer } from "@/lib/auth/viewer";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/domain/constants";
import { idleTimeoutMs } from "@/lib/domain/sessions";
import { getDb, type Transaction } from "../index";
import { userSessions } from "../schema";
import { writeOwn } from "../write";
import { type MutationResult, ok, refuse } from "./result";
import { tokenHash } from "./session-check";

/** More live sessions than this are not listed one by one; "overal afmelden" ends them all. */
export const LISTED_SESSIONS = 20;

const liveSessionsOf = (user: { id: number; sessionVersion: number }, now = Date.now()) =>
  and(
    eq(userSessions.userId, user.id),
    eq(userSessions.sessionVersion, user.sessionVersion),
    isNull(userSessions.endedAt),
    gt(userSessions.lastSeenAt, new Date(now - idleTimeoutMs())),
    gt(userSessions.createdAt, new Date(now - SESSION_MAX_AGE_SECONDS * 1000)),
  );

/** The viewer's live sessions, the one of this browser marked, the most recently used first. */
export async function listOwnSessions() {
  const account = await getAccount();
  if (!account) return { sessions: [], total: 0 };
  const current = await currentSessionToken();
  const rows = getDb()
    .select({
      id: userSessions.id,
      tokenHash: userSessions.tokenHash,
      device: userSessions.device,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(userSessions)
    .where(liveSessionsOf(account.user))
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.id))
    .all();
  const mine = current ? tokenHash(current) : null;
  const sessions = rows.map(({ tokenHash: hash, ...row }) => ({ ...row, current: hash === mine }));
  // This browser's session always shows, however many others there are.
  const listed = sessions.slice(0, LISTED_SESSIONS);
  const here = sessions.find((s) => s.current);
  if (here && !listed.includes(here)) listed[listed.length - 1] = here;
  return { sessions: listed, total: sessions.length };
}

/** Ends one of the viewer's own sessions on another device. Another person's session is not found. */
export async function endOwnSession(sessionId: number): Promise<MutationResult> {
  const viewer = await requireViewer();
  const current = await currentSessionToken();
  return writeOwn(({ tx, userId, audit }) => {
    const ended = tx
      .update(userSessions)
      .set({ endedAt: new Date(), endReason: "elders_afgemeld" })
      .where(
        and(
          eq(userSessions.id, sessionId),
          eq(userSessions.userId, userId),
          isNull(userSessions.endedAt),
          ne(userSessions.tokenHash, current ? tokenHash(current) : ""),
        ),
      )
      .returning({ device: userSessions.device })
      .get();
    if (!ended) return refuse("notFound");
    audit({
      organisationId: viewer.organisationId,
      action: "auth.session_ended",
      entityType: "user",
      entityId: userId,
      summary: `${viewer.email}: ${ended.device || "?"}`,
    });
    return ok(undefined);
  });
}

/** Ends every session of the viewer, this one too: "overal afmelden". */
export async function endAllOwnSessions(): Promise<MutationResult<{ ended: number }>> {
  const viewer = await requireViewer();
  return writeOwn(({ tx, userId, audit }) => {
    const ended = tx
      .update(userSessions)
      .set({ endedAt: new Date(), endReason: "elders_afgemeld" })
      .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)))
      .run().changes;
    audit({
      organisationId: viewer.organisationId,
      action: "auth.signed_out_everywhere",
      entityType: "user",
      entityId: userId,
      summary: viewer.email,
      after: { sessions: ended },
    });
    return ok({ ended });
  });
}

/** Within a sign-out: this browser's session ends at once, whatever a copy of its token says later. */
export function endSessionIn(tx: Transaction, userId: number, token: string | undefined) {
  if (!token) return;
  tx.update(userSessions)
    .set({ endedAt: new Date(), endReason: "afgemeld" })
    .where(and(eq(userSessions.tokenHash, tokenHash(token)), eq(userSessions.userId, userId)))
    .run();
}

/**
 * Within a change of the user's own password: this browser's session carries on under the new session version, every
 * other one ends.
 */
export function keepOnlySessionIn(tx: Transaction, userId: number, token: string | undefined, sessionVersion: number) {
  const mine = token ? tokenHash(token) : "";
  tx.update(userSessions)
    .set({ endedAt: new Date(), endReason: "elders_afgemeld" })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt), ne(userSessions.tokenHash, mine)))
    .run();
  tx.update(userSessions).set({ sessionVersion }).where(eq(userSessions.tokenHash, mine)).run();
}
