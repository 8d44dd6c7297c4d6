// Prints one line "N passed, N failed" from the unit (Vitest) and end-to-end (Playwright) reports of `npm test`.
// A step that failed before any test ran (typecheck, lint, build) counts as one failure.
import fs from "node:fs";

const exitStatus = Number(process.argv[2] ?? 0);

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;

const unit = read("test-results/unit.json");
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numTodoTests ?? 0) + (unit.numPendingTests ?? 0);
}

const e2e = read("test-results/e2e.json");
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0;
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0) + (e2e.stats.skipped ?? 0);
}

if (exitStatus !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
