// Something expensive to start that one server process keeps while it is being used, such as the browser that prints
// PDFs: started at the first use, shared by the uses that overlap, closed after a quiet spell, and started afresh
// when it was lost (closed by its own failure) or its start failed. It lives in this process only, as its own
// resource; limits that hold for the whole installation stay in SQLite (shared-limiter.ts).

export type KeptResource<T> = {
  /** Runs `work` with the resource, starting it first when needed. A failed start rejects with its error. */
  use<R>(work: (resource: T) => Promise<R>): Promise<R>;
  /** Closes the resource now if nobody uses it (at shutdown and in tests). */
  closeIdle(): Promise<void>;
};

export function keptResource<T>({
  open,
  close,
  alive,
  idleMs,
}: {
  open: () => Promise<T>;
  close: (resource: T) => Promise<void>;
  /** False once the resource is lost (a crashed browser): the next use starts a new one. */
  alive: (resource: T) => boolean;
  /** How long it stays after the last use ended. */
  idleMs: number;
}): KeptResource<T> {
  let current: Promise<T> | null = null;
  let users = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const shut = async () => {
    const closing = current;
    current = null;
    if (closing) await closing.then(close, () => undefined).catch(() => undefined);
  };

  async function acquire(): Promise<T> {
    while (current) {
      const seen = current;
      const resource = await seen.catch(() => null);
      if (resource !== null && alive(resource)) return resource;
      // Lost or never started: whoever notices first clears it; the others then see that and look again.
      if (current === seen) {
        current = null;
        if (resource !== null) void Promise.resolve(close(resource)).catch(() => undefined);
      }
    }
    const opening = open();
    current = opening;
    try {
      return await opening;
    } catch (error) {
      if (current === opening) current = null;
      throw error;
    }
  }

  return {
    async use(work) {
      users += 1;
      clearTimeout(timer);
      try {
        return await work(await acquire());
      } finally {
        users -= 1;
        if (users === 0) {
          timer = setTimeout(() => {
            if (users === 0) void shut();
          }, idleMs);
          // A kept resource never holds the process open by itself.
          timer.unref?.();
        }
      }
    },
    async closeIdle() {
      if (users > 0) return;
      clearTimeout(timer);
      await shut();
    },
  };
}
