// The supervisor of `npm start`'s server processes, with real child processes standing in for the workers: a worker
// that dies is replaced, workers that keep dying right after their start make it give up instead of looping, and
// stopping stops every worker and waits for them.
import { type ChildProcess, spawn } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { restartDelayMs, superviseWorkers } from "./workers.mjs";

/** A worker that runs until it is stopped. */
const idle = () => spawn("sleep", ["600"], { stdio: "ignore" });
/** A worker that fails at once. */
const failing = () => spawn("sh", ["-c", "exit 3"], { stdio: "ignore" });

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once("exit", () => resolve()),
  );

function supervise(start: () => ChildProcess, count: number) {
  const started: ChildProcess[] = [];
  const log = { error: vi.fn() };
  let exitWith: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => {
    exitWith = resolve;
  });
  const supervisor = superviseWorkers({
    count,
    start: () => {
      const child = start();
      started.push(child);
      return child;
    },
    log,
    exit: (code) => exitWith(code),
    restartDelay: () => 0,
    signals: [],
  });
  return { supervisor, started, log, exitCode };
}

describe("superviseWorkers", () => {
  it("starts a new worker in place of one that died, and stops them all", async () => {
    const { supervisor, started, log, exitCode } = supervise(idle, 2);
    expect(started).toHaveLength(2);
    started[0]?.kill("SIGKILL");
    await expect.poll(() => started.length).toBe(3);
    expect(supervisor.running).toBe(2);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining("stopte onverwacht (signaal SIGKILL)"));

    supervisor.stop("SIGTERM");
    expect(await exitCode).toBe(0);
    await Promise.all(started.map(stopped));
    expect(started.slice(1).map((child) => child.signalCode)).toEqual(["SIGTERM", "SIGTERM"]);
    expect(started).toHaveLength(3);
  });

  it("gives up when workers keep stopping right after their start", async () => {
    const { started, log, exitCode } = supervise(failing, 1);
    expect(await exitCode).toBe(1);
    expect(started).toHaveLength(5);
    expect(log.error).toHaveBeenLastCalledWith(expect.stringContaining("(code 3), het 5e kort na zijn start"));
  }, 20_000);

  it("waits longer before each new start while they keep failing", () => {
    expect([1, 2, 3, 4, 10].map(restartDelayMs)).toEqual([1000, 2000, 4000, 8000, 60_000]);
  });
});
