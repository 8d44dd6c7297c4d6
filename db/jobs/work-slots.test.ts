// The places of expensive work shared through SQLite, as two server processes see them: each with a connection of
// its own to one database file. The limit holds for both together, the queue keeps its order across them, and a
// place whose process died comes free once its lease passed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BUSY } from "../../lib/domain/limiter";
import { createSharedLimiter } from "../../lib/server/shared-limiter";
import { type AppDatabase, openDatabase } from "../client";
import { runMigrations } from "../migrate";
import { workSlots } from "../schema";
import { claimSlot, releaseSlot, renewSlot, retrySlot, slotLoad } from "./work-slots";

const POLICY = { pool: "pdf", running: 2, waiting: 2 };
const LEASES = { runningMs: 1000, waitingMs: 100 };
const AT = new Date(1_000_000);
const later = (ms: number) => new Date(AT.getTime() + ms);

let directory: string;
let first: AppDatabase;
let second: AppDatabase;

beforeAll(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "work-slots-"));
  const file = path.join(directory, "test.db");
  first = openDatabase(file);
  runMigrations(first);
  second = openDatabase(file);
});

afterAll(() => {
  first.$client.close();
  second.$client.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

beforeEach(() => {
  first.delete(workSlots).run();
});

describe("work slots across two connections", () => {
  it("hold the limit for both processes together: two run, two wait, the next hears busy", () => {
    expect(claimSlot(first, POLICY, "a1", AT, LEASES)).toBe("running");
    expect(claimSlot(second, POLICY, "b1", AT, LEASES)).toBe("running");
    expect(claimSlot(first, POLICY, "a2", AT, LEASES)).toBe("waiting");
    expect(claimSlot(second, POLICY, "b2", AT, LEASES)).toBe("waiting");
    expect(claimSlot(first, POLICY, "a3", AT, LEASES)).toBe("busy");
    expect(claimSlot(second, POLICY, "b3", AT, LEASES)).toBe("busy");
    expect(slotLoad(second, "pdf", AT)).toEqual({ running: 2, waiting: 2 });
    // Another pool has places of its own.
    expect(claimSlot(second, { ...POLICY, pool: "other" }, "c1", AT, LEASES)).toBe("running");
  });

  it("give a freed place to whoever waited longest, whichever process freed it", () => {
    claimSlot(first, POLICY, "a1", AT, LEASES);
    claimSlot(first, POLICY, "a2", AT, LEASES);
    expect(claimSlot(second, POLICY, "b1", AT, LEASES)).toBe("waiting");
    expect(claimSlot(first, POLICY, "a3", AT, LEASES)).toBe("waiting");
    expect(retrySlot(first, POLICY, "a3", later(10), LEASES)).toBe("waiting");
    releaseSlot(first, "a1");
    // a3 asks first, but b1 has waited longer.
    expect(retrySlot(first, POLICY, "a3", later(20), LEASES)).toBe("waiting");
    expect(retrySlot(second, POLICY, "b1", later(20), LEASES)).toBe("running");
    expect(retrySlot(second, POLICY, "b1", later(30), LEASES)).toBe("running");
    expect(slotLoad(first, "pdf", later(30))).toEqual({ running: 2, waiting: 1 });
  });

  it("clear the places of a process that died once their lease passed, but not a renewed one", () => {
    claimSlot(first, POLICY, "a1", AT, LEASES);
    claimSlot(first, POLICY, "a2", AT, LEASES);
    expect(claimSlot(second, POLICY, "b1", later(999), LEASES)).toBe("waiting");
    // a2 lives on and renews; a1's process died.
    expect(renewSlot(first, "a2", later(900), LEASES.runningMs)).toBe(true);
    expect(retrySlot(second, POLICY, "b1", later(1001), LEASES)).toBe("running");
    expect(slotLoad(second, "pdf", later(1001))).toEqual({ running: 2, waiting: 0 });
    expect(renewSlot(first, "a1", later(1001), LEASES.runningMs)).toBe(false);
  });

  it("drop a waiting place that is not asked for again, so a dead process does not hold up the queue", () => {
    claimSlot(first, POLICY, "a1", AT, LEASES);
    claimSlot(first, POLICY, "a2", AT, LEASES);
    expect(claimSlot(first, POLICY, "a3", AT, LEASES)).toBe("waiting");
    expect(claimSlot(second, POLICY, "b1", later(50), LEASES)).toBe("waiting");
    releaseSlot(first, "a1");
    // a3's process died while it waited: after its short lease b1 is first in line.
    expect(retrySlot(second, POLICY, "b1", later(101), LEASES)).toBe("running");
    expect(retrySlot(first, POLICY, "a3", later(101), LEASES)).toBe("gone");
  });
});

/** A piece of work that starts, then holds its place until the test lets it finish. */
function job(label: string) {
  let finish: () => void = () => undefined;
  let started: () => void = () => undefined;
  const hasStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  const work = () =>
    new Promise<string>((resolve) => {
      started();
      finish = () => resolve(label);
    });
  return { work, hasStarted, finish: () => finish() };
}

describe("the shared limiter across two processes", () => {
  const limiters = () => {
    const options = { pool: "pdf", running: 1, waiting: 1, pollMs: 5 };
    return [
      createSharedLimiter({ ...options, database: () => first }),
      createSharedLimiter({ ...options, database: () => second }),
    ] as const;
  };

  it("runs one at a time in both together, lets one wait in the other process and turns away the rest", async () => {
    const [a, b] = limiters();
    const one = job("een");
    const two = job("twee");
    const running = a.run(one.work);
    await one.hasStarted;
    const waiting = b.run(two.work);
    expect(await a.run(async () => "te veel")).toBe(BUSY);
    expect(await b.run(async () => "te veel")).toBe(BUSY);
    expect(slotLoad(first, "pdf", new Date())).toEqual({ running: 1, waiting: 1 });

    one.finish();
    expect(await running).toBe("een");
    // The other process notices the free place by asking again, and starts.
    await two.hasStarted;
    expect(slotLoad(first, "pdf", new Date())).toEqual({ running: 1, waiting: 0 });
    two.finish();
    expect(await waiting).toBe("twee");
    expect(slotLoad(second, "pdf", new Date())).toEqual({ running: 0, waiting: 0 });
  });

  it("gives the place back when the work fails", async () => {
    const [a, b] = limiters();
    await expect(
      a.run(async () => {
        throw new Error("mislukt");
      }),
    ).rejects.toThrow("mislukt");
    expect(slotLoad(first, "pdf", new Date())).toEqual({ running: 0, waiting: 0 });
    expect(await b.run(async () => "daarna")).toBe("daarna");
  });

  it("gives up a place in the queue after waitMs", async () => {
    const [a] = limiters();
    const b = createSharedLimiter({
      pool: "pdf",
      running: 1,
      waiting: 1,
      pollMs: 5,
      waitMs: 20,
      database: () => second,
    });
    const one = job("een");
    const running = a.run(one.work);
    await one.hasStarted;
    expect(await b.run(async () => "te laat")).toBe(BUSY);
    expect(slotLoad(first, "pdf", new Date())).toEqual({ running: 1, waiting: 0 });
    one.finish();
    await running;
  });
});
