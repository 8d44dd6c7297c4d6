// What the health check tells the server log: that the database stopped taking writes and why, and that it takes them
// again. Once per change, not on every check: a monitor asks every few seconds.

type Log = { error(message: string): void; info(message: string): void };

export function createHealthLog(log: Log = { error: console.error, info: console.info }) {
  /** The reason of the last failed check, null while the checks pass. */
  let failing: string | null = null;
  return {
    passed() {
      if (failing === null) return;
      failing = null;
      log.info("[health] the database takes writes again");
    },
    failed(error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      if (reason === failing) return;
      failing = reason;
      log.error(`[health] the database cannot be written: ${reason}`);
    },
  };
}
