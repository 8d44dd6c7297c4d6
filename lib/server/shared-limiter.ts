// A limit on expensive work that holds for the whole installation, however many server processes serve it: the
// places are rows in SQLite (db/jobs/work-slots.ts), not counters in one process's memory. Same promise as the
// in-process limiter (lib/domain/limiter.ts): a few run at once, a few more wait their turn in order of arrival, and
// anyone beyond that hears at once that it is busy. A waiting request asks again every `pollMs`, and at once when a
// place of this process came free.
import { randomUUID } from "node:crypto";
import type { AppDatabase } from "@/db/client";
import { claimSlot, releaseSlot, renewSlot, retrySlot, type SlotLeases, type SlotPolicy } from "@/db/jobs/work-slots";
import { BUSY } from "@/lib/domain/limiter";

export type SharedLimiter = {
  /** Runs `work` when a place is free; BUSY at once when all places and the queue are taken, or after `waitMs`. */
  run<T>(work: () => Promise<T>): Promise<T | typeof BUSY>;
};

export function createSharedLimiter({
  database,
  pollMs = 250,
  leases = { runningMs: 30_000, waitingMs: 5_000 },
  waitMs,
  ...policy
}: SlotPolicy & {
  /** The connection of this process (db/index.ts getDb); a test gives each "process" a connection of its own. */
  database: () => AppDatabase;
  pollMs?: number;
  leases?: SlotLeases;
  /** How long a place in the queue is kept; without it, as long as it takes. */
  waitMs?: number;
}): SharedLimiter {
  const woken = new Set<() => void>();
  const wakeWaiters = () => {
    for (const wake of woken) wake();
  };

  /** Resolves after `pollMs`, or sooner when a place of this process came free. */
  const nextChance = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        woken.delete(done);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      woken.add(done);
    });

  /** Waits in the queue; true once the place is held, false when the wait took too long or the queue was full. */
  async function turn(holder: string): Promise<boolean> {
    const deadline = waitMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + waitMs;
    for (;;) {
      await nextChance();
      if (Date.now() > deadline) {
        releaseSlot(database(), holder);
        return false;
      }
      const state = retrySlot(database(), policy, holder, new Date(), leases);
      if (state === "running") return true;
      // The place in the queue was cleared (this process could not ask in time): queue again, at the back.
      if (state === "gone") {
        const again = claimSlot(database(), policy, holder, new Date(), leases);
        if (again === "running") return true;
        if (again === "busy") return false;
      }
    }
  }

  return {
    async run<T>(work: () => Promise<T>): Promise<T | typeof BUSY> {
      const holder = randomUUID();
      const claim = claimSlot(database(), policy, holder, new Date(), leases);
      if (claim === "busy" || (claim === "waiting" && !(await turn(holder)))) return BUSY;
      const heartbeat = setInterval(() => {
        try {
          renewSlot(database(), holder, new Date(), leases.runningMs);
        } catch (error) {
          console.error("Plaatsen:", error);
        }
      }, leases.runningMs / 3);
      heartbeat.unref();
      try {
        return await work();
      } finally {
        clearInterval(heartbeat);
        try {
          releaseSlot(database(), holder);
        } catch (error) {
          // The lease runs out by itself; until then the place counts as taken.
          console.error("Plaatsen:", error);
        }
        wakeWaiters();
      }
    },
  };
}
