// A limit on how much expensive work runs at once, such as a headless browser printing a PDF: a few at a time, a
// few more waiting their turn, and anyone beyond that told at once that it is busy rather than left waiting.

export const BUSY = Symbol("busy");

export type Limiter = {
  /** Runs `work` when a place is free; BUSY at once when all places and the queue are taken, or after `waitMs`. */
  run<T>(work: () => Promise<T>): Promise<T | typeof BUSY>;
  /**
   * Runs `work` when a place is free, however long the queue: for rare work a signed-in person asked for. It waits
   * in the same queue, but takes no place of it and is never turned away.
   */
  runInTurn<T>(work: () => Promise<T>): Promise<T>;
  /** How many run and how many wait now. */
  readonly load: { running: number; waiting: number };
};

type Waiter = { start: () => void; patient: boolean };

export function createLimiter({
  running: maxRunning,
  waiting: maxWaiting,
  waitMs,
}: {
  running: number;
  waiting: number;
  /** How long a place in the queue is kept; without it, as long as it takes. */
  waitMs?: number;
}) {
  let running = 0;
  const queue: Waiter[] = [];
  const impatient = () => queue.filter((waiter) => !waiter.patient).length;

  const release = () => {
    running -= 1;
    const next = queue.shift();
    if (next) {
      running += 1;
      next.start();
    }
  };

  /** Resolves true once the work may start; false when its place in the queue expired. */
  const turn = (patient: boolean) =>
    new Promise<boolean>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waiter: Waiter = {
        patient,
        start: () => {
          if (timer) clearTimeout(timer);
          resolve(true);
        },
      };
      queue.push(waiter);
      if (!patient && waitMs !== undefined) {
        timer = setTimeout(() => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          resolve(false);
        }, waitMs);
      }
    });

  async function execute<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      release();
    }
  }

  const limiter: Limiter = {
    async run<T>(work: () => Promise<T>): Promise<T | typeof BUSY> {
      if (running < maxRunning) running += 1;
      else if (impatient() >= maxWaiting || !(await turn(false))) return BUSY;
      return execute(work);
    },
    async runInTurn<T>(work: () => Promise<T>): Promise<T> {
      if (running < maxRunning) running += 1;
      else await turn(true);
      return execute(work);
    },
    get load() {
      return { running, waiting: queue.length };
    },
  };
  return limiter;
}
