// Keeps Impactkoers's server processes running for `npm start` (scripts/start.mjs): starts `count` of them, starts a
// new one when one stops unexpectedly (after a pause that grows while they keep stopping soon after their start, and
// giving up when that goes on), and on SIGINT or SIGTERM stops them all and waits until they have finished.

/** A process that lived at least this long did not fail at its start: the count of quick stops begins afresh. */
export const QUICK_EXIT_MS = 30_000;
/** After this many quick stops in a row something is wrong that a new start does not fix. */
export const GIVE_UP_AFTER = 5;

/** The pause before a new start: 1 s, then 2, 4, 8 … while processes keep stopping soon after their start. */
export function restartDelayMs(quickExits) {
  return Math.min(1000 * 2 ** Math.max(0, quickExits - 1), 60_000);
}

/**
 * @param {{
 *   count: number,
 *   start: () => import("node:child_process").ChildProcess,
 *   log?: { error(message: string): void },
 *   exit?: (code: number) => void,
 *   stopAfterMs?: number,
 *   quickExitMs?: number,
 *   restartDelay?: (quickExits: number) => number,
 *   signals?: NodeJS.Signals[],
 * }} options
 */
export function superviseWorkers({
  count,
  start,
  log = console,
  exit = (code) => process.exit(code),
  stopAfterMs = 15_000,
  quickExitMs = QUICK_EXIT_MS,
  restartDelay = restartDelayMs,
  signals = ["SIGINT", "SIGTERM"],
}) {
  /** The processes that run, with when each started. */
  const running = new Map();
  const timers = new Set();
  let stopping = false;
  let exitCode = 0;
  let quickExits = 0;

  const launch = () => {
    const child = start();
    const startedAt = Date.now();
    running.set(child, startedAt);
    child.on("exit", (code, signal) => {
      running.delete(child);
      if (stopping) {
        if (running.size === 0) exit(exitCode);
        return;
      }
      quickExits = Date.now() - startedAt < quickExitMs ? quickExits + 1 : 0;
      const how = signal ? `signaal ${signal}` : `code ${code}`;
      if (quickExits >= GIVE_UP_AFTER) {
        log.error(
          `Serverproces ${child.pid} stopte (${how}), het ${GIVE_UP_AFTER}e kort na zijn start op rij. Impactkoers stopt; zie de meldingen hierboven.`,
        );
        stop("SIGTERM", 1);
        return;
      }
      const delay = restartDelay(quickExits);
      const timer = setTimeout(() => {
        timers.delete(timer);
        // A Ctrl+C reaches every process at once: then this one stopped because Impactkoers stops.
        if (stopping) return;
        log.error(`Serverproces ${child.pid} stopte onverwacht (${how}); er start een nieuw.`);
        launch();
      }, delay);
      timers.add(timer);
    });
  };

  function stop(signal, code = 0) {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const timer of timers) clearTimeout(timer);
    if (running.size === 0) {
      exit(exitCode);
      return;
    }
    for (const child of running.keys()) child.kill(signal);
    // A process that does not finish its requests in time is stopped hard.
    setTimeout(() => {
      for (const child of running.keys()) child.kill("SIGKILL");
    }, stopAfterMs).unref();
  }

  for (const signal of signals) process.on(signal, () => stop(signal));
  for (let i = 0; i < count; i++) launch();
  return {
    stop,
    get running() {
      return running.size;
    },
  };
}
