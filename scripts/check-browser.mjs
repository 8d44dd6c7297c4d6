// Before the end-to-end tests: make sure a Chromium is available and say plainly what to install if not.
import fs from "node:fs";
import { chromiumPath } from "../e2e/browser.mjs";

const found = chromiumPath();
if (!found || !fs.existsSync(found)) {
  console.error(`
No Chromium found for the end-to-end tests.
Install one of these, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get install chromium-headless-shell   (or chromium; used from /usr/bin)
  - any system with internet:  npx playwright install chromium
Or point CHROMIUM_PATH at a Chromium or Chrome executable.
`);
  process.exit(1);
}
console.log(`Chromium for e2e: ${found}`);
