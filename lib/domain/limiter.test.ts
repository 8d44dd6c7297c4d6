import { afterEach, describe, expect, it, vi } from "vitest";
import { BUSY, createLimiter } from "./limiter";

function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe("createLimiter", () => {
  it("runs no more than the limit at once, lets the queue wait its turn and turns away the rest", async () => {
    const limiter = createLimiter({ running: 2, waiting: 1 });
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const jobs = gates.map((g, index) =>
      limiter.run(async () => {
        started.push(index);
        await g.opened;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limiter.load).toEqual({ running: 2, waiting: 1 });

    expect(await limiter.run(async () => "te veel")).toBe(BUSY);

    gates[0]?.open();
    expect(await jobs[0]).toBe(0);
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.open();
    gates[2]?.open();
    expect(await Promise.all(jobs)).toEqual([0, 1, 2]);
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the place of work that fails", async () => {
    const limiter = createLimiter({ running: 1, waiting: 0 });
    await expect(limiter.run(async () => Promise.reject(new Error("kapot")))).rejects.toThrow("kapot");
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
    expect(await limiter.run(async () => "weer vrij")).toBe("weer vrij");
  });
});

describe("createLimiter with a time limit on waiting", () => {
  afterEach(() => vi.useRealTimers());

  it("turns away work that waited too long, and lets the queue go on without it", async () => {
    vi.useFakeTimers();
    const limiter = createLimiter({ running: 1, waiting: 2, waitMs: 20 });
    const first = gate();
    const running = limiter.run(async () => {
      await first.opened;
      return "eerste";
    });
    const late = limiter.run(async () => "te laat");
    expect(limiter.load).toEqual({ running: 1, waiting: 1 });
    await vi.advanceTimersByTimeAsync(20);
    expect(await late).toBe(BUSY);
    expect(limiter.load).toEqual({ running: 1, waiting: 0 });
    first.open();
    expect(await running).toBe("eerste");
    expect(await limiter.run(async () => "weer vrij")).toBe("weer vrij");
  });

  it("lets work in turn wait however long, without taking a place in the queue", async () => {
    vi.useFakeTimers();
    const limiter = createLimiter({ running: 1, waiting: 0, waitMs: 5 });
    const first = gate();
    const running = limiter.run(async () => {
      await first.opened;
      return "eerste";
    });
    const inTurn = limiter.runInTurn(async () => "op zijn beurt");
    // The queue has no places: other work is turned away, the patient work keeps waiting past the time limit.
    expect(await limiter.run(async () => "geen plek")).toBe(BUSY);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(limiter.load).toEqual({ running: 1, waiting: 1 });
    first.open();
    expect(await Promise.all([running, inTurn])).toEqual(["eerste", "op zijn beurt"]);
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });
});
