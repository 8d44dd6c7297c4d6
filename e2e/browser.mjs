// Which Chromium the end-to-end tests use: CHROMIUM_PATH, else the system's (its headless shell first: the same engine
// without the desktop browser's display work, so a test run on few cores spends far less time drawing), else
// Playwright's own download.
import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM = [
  "/usr/bin/chromium-headless-shell",
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const system = SYSTEM.find((candidate) => fs.existsSync(candidate));
  if (system) return system;
  try {
    const own = chromium.executablePath();
    return fs.existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}
