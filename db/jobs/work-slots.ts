// The places of expensive work, shared by every server process through SQLite, so that a limit such as "two PDFs
// at a time" holds for the whole installation and not per process. Each step is one immediate transaction: the
// count and the claim are one step, whichever process comes first. A place is held with a lease that its process
// renews while it works; a lease that passed (its process died or hung) is cleared by the next process that asks.
// Places are server bookkeeping, not a gemeente's records: nothing here is audited.
import { and, asc, count, eq, lt } from "drizzle-orm";
import type { AppDatabase } from "../client";
import { workSlots } from "../schema";

export type SlotPolicy = {
  /** Which work shares these places, such as "pdf". */
  pool: string;
  /** How many run at once, in all processes together. */
  running: number;
  /** How many more may wait their turn; beyond that the answer is "busy". */
  waiting: number;
};

export type SlotClaim = "running" | "waiting" | "busy";

/**
 * How long a place is held without being renewed. A waiting place is renewed each time its holder asks again (often),
 * so it is short: a queue is never held up long by a process that died while it waited.
 */
export type SlotLeases = { runningMs: number; waitingMs: number };

type Tx = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

function immediate<T>(db: AppDatabase, work: (tx: Tx) => T): T {
  return db.transaction(work, { behavior: "immediate" });
}

function clearExpired(tx: Tx, pool: string, now: Date) {
  tx.delete(workSlots)
    .where(and(eq(workSlots.pool, pool), lt(workSlots.leaseUntil, now)))
    .run();
}

function counted(tx: Tx, pool: string, state: "running" | "waiting") {
  return (
    tx
      .select({ n: count() })
      .from(workSlots)
      .where(and(eq(workSlots.pool, pool), eq(workSlots.state, state)))
      .get()?.n ?? 0
  );
}

/**
 * Asks for a place for `holder` (a token unique to this piece of work): "running" when one was free and is now
 * held, "waiting" when it joined the queue (then ask again with `retrySlot`), "busy" when the queue is full too.
 */
export function claimSlot(
  db: AppDatabase,
  policy: SlotPolicy,
  holder: string,
  now: Date,
  leases: SlotLeases,
): SlotClaim {
  return immediate(db, (tx) => {
    clearExpired(tx, policy.pool, now);
    if (counted(tx, policy.pool, "running") < policy.running) {
      const leaseUntil = new Date(now.getTime() + leases.runningMs);
      tx.insert(workSlots).values({ pool: policy.pool, holder, state: "running", leaseUntil }).run();
      return "running";
    }
    if (counted(tx, policy.pool, "waiting") >= policy.waiting) return "busy";
    const leaseUntil = new Date(now.getTime() + leases.waitingMs);
    tx.insert(workSlots).values({ pool: policy.pool, holder, state: "waiting", leaseUntil }).run();
    return "waiting";
  });
}

/**
 * A waiting holder asks again, and so renews its place in the queue: "running" when a place is free and it has
 * waited longest of all, "waiting" while not, "gone" when its place was cleared (its lease passed unrenewed).
 */
export function retrySlot(
  db: AppDatabase,
  policy: SlotPolicy,
  holder: string,
  now: Date,
  leases: SlotLeases,
): "running" | "waiting" | "gone" {
  return immediate(db, (tx) => {
    clearExpired(tx, policy.pool, now);
    const mine = tx
      .select({ id: workSlots.id, state: workSlots.state })
      .from(workSlots)
      .where(eq(workSlots.holder, holder))
      .get();
    if (!mine) return "gone";
    if (mine.state === "running") return "running";
    const first = tx
      .select({ id: workSlots.id })
      .from(workSlots)
      .where(and(eq(workSlots.pool, policy.pool), eq(workSlots.state, "waiting")))
      .orderBy(asc(workSlots.id))
      .limit(1)
      .get();
    const turn = first?.id === mine.id && counted(tx, policy.pool, "running") < policy.running;
    tx.update(workSlots)
      .set(
        turn
          ? { state: "running", leaseUntil: new Date(now.getTime() + leases.runningMs) }
          : { leaseUntil: new Date(now.getTime() + leases.waitingMs) },
      )
      .where(eq(workSlots.id, mine.id))
      .run();
    return turn ? "running" : "waiting";
  });
}

/** Extends the lease of a held place while its work goes on; false when the place was cleared meanwhile. */
export function renewSlot(db: AppDatabase, holder: string, now: Date, leaseMs: number): boolean {
  return (
    db
      .update(workSlots)
      .set({ leaseUntil: new Date(now.getTime() + leaseMs) })
      .where(eq(workSlots.holder, holder))
      .run().changes === 1
  );
}

/** Gives the place (or the place in the queue) back. */
export function releaseSlot(db: AppDatabase, holder: string) {
  db.delete(workSlots).where(eq(workSlots.holder, holder)).run();
}

/** How many run and how many wait now, in all processes together (leases that passed not counted). */
export function slotLoad(db: AppDatabase, pool: string, now: Date) {
  return immediate(db, (tx) => {
    clearExpired(tx, pool, now);
    return { running: counted(tx, pool, "running"), waiting: counted(tx, pool, "waiting") };
  });
}
