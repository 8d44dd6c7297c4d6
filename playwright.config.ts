import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/browser.mjs";

const port = process.env.E2E_PORT ?? "3100";
/** The test mail server that e2e/notifications.spec.ts starts; the server sends its e-mail there. */
export const smtpPort = process.env.E2E_SMTP_PORT ?? "2626";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e-artifacts",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    // Recording a trace of every test costs about a third of the run on two cores; for a failure that needs one:
    // `npx playwright test --trace retain-on-failure`.
    trace: "off",
    launchOptions: { executablePath: chromiumPath() },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "e2e",
      testMatch: /.*\.spec\.ts/,
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/api/health`,
    env: {
      E2E_PORT: port,
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: smtpPort,
      SMTP_FROM: "Impactkoers <impactkoers@voorbeeld.example>",
      APP_URL: `http://localhost:${port}`,
      NOTIFY_POLL_MS: "200",
      // While no test mail server listens, a failed e-mail is tried again soon.
      NOTIFY_RETRY_MS: "500",
      NOTIFY_RETRY_MAX_MS: "2000",
      NOTIFY_MAX_ATTEMPTS: "1000",
    },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
