import type { ChildProcess } from "node:child_process";

export const QUICK_EXIT_MS: number;
export const GIVE_UP_AFTER: number;
export function restartDelayMs(quickExits: number): number;
export function superviseWorkers(options: {
  count: number;
  start: () => ChildProcess;
  log?: { error(message: string): void };
  exit?: (code: number) => void;
  stopAfterMs?: number;
  quickExitMs?: number;
  restartDelay?: (quickExits: number) => number;
  signals?: NodeJS.Signals[];
}): { stop(signal: NodeJS.Signals, code?: number): void; readonly running: number };
