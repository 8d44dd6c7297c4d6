import { afterEach, describe, expect, it, vi } from "vitest";
import { keptResource } from "./kept-resource";

type Fake = { id: number; open: boolean; lost: boolean };

function setup(idleMs = 1000, failFirst = false) {
  const made: Fake[] = [];
  let attempts = 0;
  const kept = keptResource<Fake>({
    open: async () => {
      attempts += 1;
      if (failFirst && attempts === 1) throw new Error("no browser");
      const fake = { id: made.length + 1, open: true, lost: false };
      made.push(fake);
      return fake;
    },
    close: async (fake) => {
      fake.open = false;
    },
    alive: (fake) => fake.open && !fake.lost,
    idleMs,
  });
  return { kept, made, attempts: () => attempts };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("keptResource", () => {
  it("starts once for uses that follow or overlap each other", async () => {
    const { kept, made } = setup();
    const ids = await Promise.all([1, 2, 3].map(() => kept.use(async (r) => r.id)));
    expect(ids).toEqual([1, 1, 1]);
    expect(await kept.use(async (r) => r.id)).toBe(1);
    expect(made).toHaveLength(1);
  });

  it("closes after a quiet spell and starts afresh at the next use", async () => {
    vi.useFakeTimers();
    const { kept, made } = setup(1000);
    await kept.use(async () => undefined);
    await vi.advanceTimersByTimeAsync(999);
    expect(made[0]?.open).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(made[0]?.open).toBe(false);
    expect(await kept.use(async (r) => r.id)).toBe(2);
  });

  it("is not closed while a use is still running", async () => {
    vi.useFakeTimers();
    const { kept, made } = setup(1000);
    await kept.use(async () => undefined);
    let finish = () => {};
    const long = kept.use(() => new Promise<void>((resolve) => (finish = resolve)));
    await vi.advanceTimersByTimeAsync(5000);
    expect(made[0]?.open).toBe(true);
    finish();
    await long;
    await vi.advanceTimersByTimeAsync(1000);
    expect(made[0]?.open).toBe(false);
  });

  it("replaces a lost resource once, also when several uses notice it at the same time", async () => {
    const { kept, made } = setup();
    await kept.use(async () => undefined);
    made[0]!.lost = true;
    const ids = await Promise.all([1, 2, 3].map(() => kept.use(async (r) => r.id)));
    expect(ids).toEqual([2, 2, 2]);
    expect(made).toHaveLength(2);
    expect(made[0]?.open).toBe(false);
  });

  it("passes a failed start on and tries again at the next use", async () => {
    const { kept, attempts } = setup(1000, true);
    await expect(kept.use(async (r) => r.id)).rejects.toThrow("no browser");
    expect(await kept.use(async (r) => r.id)).toBe(1);
    expect(attempts()).toBe(2);
  });

  it("closes at once when asked and nobody uses it", async () => {
    const { kept, made } = setup();
    await kept.use(async () => undefined);
    await kept.closeIdle();
    expect(made[0]?.open).toBe(false);
  });
});
