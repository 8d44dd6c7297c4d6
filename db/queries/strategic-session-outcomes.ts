// "Uitkomsten verwerken": a session's combined ranking becomes the register's order in one step. Proposed opgaven join
// the register, every opgave whose rank changes gets a rank change pointing at the session, and the session is closed.
import "server-only";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { combineRankings } from "@/lib/domain/ranking";
import { opgaven, opgaveRankChanges, strategicSessionOpgaven, strategicSessions } from "../schema";
import { write } from "../write";
import { ok, refuse } from "./result";
import { sessionIn } from "./strategic-session-changes";
import { sessionContents } from "./strategic-sessions";
import { nextVersion } from "./versions";

/**
 * Takes the outcomes into the register: the session's opgaven get the combined ranking's ranks (shared ranks stay
 * shared), the other ranked opgaven of the register keep their order after them. Refused when the session changed
 * after the facilitator looked at it (`version`), when nobody's ranking is recorded, or when it was processed before.
 */
export function processSessionOutcomes({ sessionId }: { sessionId: number }, { version }: { version: number }) {
  return write(
    { permission: "opgaven.manage", target: null, record: { type: "strategic_session", id: sessionId } },
    ({ tx, viewer, audit }) => {
      const session = sessionIn(tx, viewer.organisationId, sessionId);
      if (session.processedAt) return refuse("sessionProcessed");
      if (session.version !== version) return refuse("sessionChangedMeanwhile");
      const { items, ballots } = sessionContents(tx, viewer, session);
      if (ballots.length === 0) return refuse("noRankings");
      const combined = combineRankings(
        items.map((item) => item.id),
        ballots,
      );
      const now = new Date();
      const base = { organisationId: viewer.organisationId };
      // Proposals become opgaven of the register first.
      const opgaveOf = new Map<number, number>();
      for (const item of items) {
        if (item.opgaveId !== null) {
          opgaveOf.set(item.id, item.opgaveId);
          continue;
        }
        const { id } = tx
          .insert(opgaven)
          .values({ ...base, title: item.title, description: item.description, createdById: viewer.userId })
          .returning({ id: opgaven.id })
          .get();
        tx.update(strategicSessionOpgaven).set({ opgaveId: id }).where(eq(strategicSessionOpgaven.id, item.id)).run();
        opgaveOf.set(item.id, id);
        audit({
          action: "opgave.created",
          entityType: "opgave",
          entityId: id,
          summary: item.title,
          after: { title: item.title, session: session.title },
        });
      }
      const newRanks = new Map<number, number>();
      for (const row of combined.rows) newRanks.set(opgaveOf.get(row.itemId) ?? 0, row.rank);
      const last = Math.max(0, ...newRanks.values());
      const others = tx
        .select({ id: opgaven.id, rank: opgaven.rank })
        .from(opgaven)
        .where(
          and(eq(opgaven.organisationId, viewer.organisationId), isNull(opgaven.archivedAt), isNotNull(opgaven.rank)),
        )
        .orderBy(asc(opgaven.rank), asc(opgaven.title))
        .all()
        .filter((o) => !newRanks.has(o.id));
      // Shared ranks stay shared: 2, 2, 4 after a session's three become 4, 4, 6.
      others.forEach((o, index) => {
        const previous = others[index - 1];
        const shared = previous !== undefined && previous.rank === o.rank;
        newRanks.set(o.id, shared ? (newRanks.get(previous.id) ?? 0) : last + index + 1);
      });
      const changes: { opgaveId: number; fromRank: number | null; toRank: number }[] = [];
      for (const [opgaveId, toRank] of newRanks) {
        const before = tx
          .select({ rank: opgaven.rank, title: opgaven.title })
          .from(opgaven)
          .where(and(eq(opgaven.id, opgaveId), eq(opgaven.organisationId, viewer.organisationId)))
          .get();
        if (!before || before.rank === toRank) continue;
        tx.update(opgaven)
          .set({ rank: toRank, version: nextVersion(opgaven.version), updatedAt: now })
          .where(eq(opgaven.id, opgaveId))
          .run();
        tx.insert(opgaveRankChanges)
          .values({
            ...base,
            opgaveId,
            fromRank: before.rank,
            toRank,
            sessionId,
            changedById: viewer.userId,
            changedAt: now,
          })
          .run();
        changes.push({ opgaveId, fromRank: before.rank, toRank });
        audit({
          action: "opgave.rank_changed",
          entityType: "opgave",
          entityId: opgaveId,
          summary: `${before.title}: ${before.rank ?? "—"} → ${toRank}`,
          before: { rank: before.rank },
          after: { title: before.title, rank: toRank, session: session.title },
        });
      }
      tx.update(strategicSessions)
        .set({ status: "verwerkt", processedAt: now, processedById: viewer.userId, updatedAt: now })
        .where(eq(strategicSessions.id, sessionId))
        .run();
      audit({
        action: "strategicSession.outcomes_processed",
        entityType: "strategic_session",
        entityId: sessionId,
        summary: session.title,
        after: { title: session.title, method: "borda", combined: combined.rows, changes },
      });
      return ok({ changed: changes.length });
    },
  );
}
