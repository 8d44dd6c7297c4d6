// A limit on how much expensive work runs at once, such as a headless browser printing a PDF: a few at a time, a
// few more waiting their turn, and anyone beyond that told at once that it is busy rather than left waiting.

export const BUSY = Symbol("busy");

export type Limiter = {
  /** Runs `work` when a place is free; BUSY at once when all places and the queue are taken. */
  run<T>(work: () => Promise<T>): Promise<T | typeof BUSY>;
  /** How many run and how many wait now. */
  readonly load: { running: number; waiting: number };
};

export function createLimiter({ running: maxRunning, waiting: maxWaiting }: { running: number; waiting: number }) {
  let running = 0;
  const queue: (() => void)[] = [];

  const release = () => {
    running -= 1;
    const next = queue.shift();
    if (next) {
      running += 1;
      next();
    }
  };

  const limiter: Limiter = {
    async run<T>(work: () => Promise<T>): Promise<T | typeof BUSY> {
      if (running < maxRunning) running += 1;
      else if (queue.length < maxWaiting) await new Promise<void>((resolve) => queue.push(resolve));
      else return BUSY;
      try {
        return await work();
      } finally {
        release();
      }
    },
    get load() {
      return { running, waiting: queue.length };
    },
  };
  return limiter;
}
