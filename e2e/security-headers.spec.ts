// The security headers on plain HTTP without a trusted proxy, as `npm start` serves on localhost: every page has a
// Content-Security-Policy with a fresh nonce that Next.js puts on its scripts, no page breaks it, cookies work without
// HTTPS, and no X-Forwarded-* header a client sends steers a redirect or turns on HTTPS-only behaviour.
import type { APIResponse, BrowserContext, Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ACCOUNTS, anonymousContext, PASSWORD, storageState } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { type CapturedAction, captureServerAction } from "./support/server-action";

const PILOT = "Samen minder eenzaam in Oost";
const EVIL = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

/** The nonce of the response's policy, after checking the policy is the strict one. */
function policyNonce(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-inline");
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  return nonce ?? "";
}

/** Every script element of the HTML carries the nonce of its response's policy. */
async function expectScriptsCarry(response: APIResponse, nonce: string) {
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
}

/** The path of the first link in the page's content whose path matches. */
async function linkOn(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const paths = await page
    .getByRole("main")
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  const found = paths.find((path) => pattern.test(path));
  expect(found, `a link on ${from} matching ${pattern}`).toBeTruthy();
  return found ?? "";
}

/**
 * Collects every report of a broken policy on the page from now on: the browser's console messages and the
 * securitypolicyviolation events, listened to before any script of the page runs. Returns a function that reads them.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) reports.push(message.text());
  });
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener("securitypolicyviolation", (event) => {
      found.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return async () => [
    ...reports,
    ...((await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations)) ?? []),
  ];
}

/** Opens each page and expects its scripts to have run without one report of a broken policy. */
async function expectNoViolations(page: Page, paths: string[]) {
  const violations = await watchViolations(page);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Next.js's own bootstrap script ran: it was let through.
    await page.waitForFunction(() => "next" in window);
    expect(await violations(), path).toEqual([]);
  }
}

test.describe("the Content-Security-Policy", () => {
  test("is on the sign-in page and the app's pages, with a fresh nonce on every script", async ({ requestAs }) => {
    const anonymous = await requestAs();
    const first = await anonymous.get("/login");
    const second = await anonymous.get("/login");
    const [one, two] = [policyNonce(first), policyNonce(second)];
    expect(one).not.toBe(two);
    await expectScriptsCarry(first, one);
    await expectScriptsCarry(second, two);

    const beheerder = await requestAs("beheerder");
    for (const path of ["/", "/dashboard", "/admin/users"]) {
      const response = await beheerder.get(path);
      expect(response.status(), path).toBe(200);
      await expectScriptsCarry(response, policyNonce(response));
    }
    // Plain HTTP without a trusted proxy: no HSTS, whatever the client claims.
    expect(first.headers()["strict-transport-security"]).toBeUndefined();
    const claimed = await anonymous.get("/login", { headers: EVIL });
    expect(claimed.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("gives the API a policy that runs nothing", async ({ requestAs }) => {
    const response = await (await requestAs()).get("/api/health");
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test("is broken by no page", async ({ browser }) => {
    test.setTimeout(120_000);
    const anonymous = await anonymousContext(browser);
    await expectNoViolations(await anonymous.newPage(), ["/login"]);
    await anonymous.close();

    const context = await browser.newContext({ storageState: storageState("beheerder") });
    const page = await context.newPage();
    await page.goto("/programmes");
    await page.getByRole("link", { name: PILOT }).click();
    await expect(page.getByRole("heading", { level: 1, name: PILOT })).toBeVisible();
    const pilot = new URL(page.url()).pathname;
    const indicator = await linkOn(page, `${pilot}/indicators`, new RegExp(`^${pilot}/indicators/\\d+$`));
    const session = await linkOn(page, `${pilot}/reflections`, new RegExp(`^${pilot}/reflections/\\d+$`));
    const wikiPage = await linkOn(page, "/pages", /^\/pages\/\d+$/);
    await expectNoViolations(page, [
      "/",
      "/dashboard",
      pilot,
      `${pilot}/theory`,
      indicator,
      session,
      `${wikiPage}/edit`,
      "/account",
      "/admin/users",
      `${pilot}/report`,
    ]);
    await context.close();
  });
});

test.describe("over plain HTTP", () => {
  test("the language cookie and the session cookie work, httpOnly and not Secure whatever the client claims", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      extraHTTPHeaders: { "x-forwarded-proto": "https" },
    });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await new LoginPage(page).signInAs(ACCOUNTS.teamlid.email, PASSWORD, ACCOUNTS.teamlid.name);

    const cookies = Object.fromEntries((await context.cookies()).map((cookie) => [cookie.name, cookie]));
    for (const name of ["NEXT_LOCALE", "authjs.session-token"]) {
      expect(cookies[name], name).toMatchObject({ httpOnly: true, secure: false, sameSite: "Lax" });
    }
    expect(cookies["__Secure-authjs.session-token"]).toBeUndefined();
    await context.close();
  });
});

/**
 * Sends the server action the browser would have sent, as from a client that names another host in both
 * X-Forwarded-Host and Origin (Next.js refuses an action whose two differ), and returns where it leads.
 */
async function actionFromEvilHost(context: BrowserContext, action: CapturedAction): Promise<string> {
  const keep = ["next-action", "content-type", "next-router-state-tree", "accept"];
  const headers = Object.fromEntries(Object.entries(action.headers).filter(([key]) => keep.includes(key)));
  const response = await context.request.post(action.url, {
    headers: { ...headers, "x-forwarded-host": "evil.example", origin: "http://evil.example" },
    data: action.body,
    maxRedirects: 0,
  });
  return response.headers()["x-action-redirect"] ?? "";
}

test.describe("a made-up X-Forwarded-Host", () => {
  test("changes no redirect", async ({ requestAs, asManagement }) => {
    await asManagement.goto("/programmes");
    await asManagement.getByRole("link", { name: PILOT }).click();
    await expect(asManagement.getByRole("heading", { level: 1, name: PILOT })).toBeVisible();
    const id = Number(/\/programmes\/(\d+)/.exec(asManagement.url())?.[1]);
    const anonymous = await requestAs();
    const redirects = [
      "/programmes",
      `/programmes/${id}/report`,
      `/api/programmes/${id}/report.pdf`,
      `/api/programmes/${id}/export/indicators`,
      "/api/export",
      "/notifications/1/open",
    ];
    for (const path of redirects) {
      const response = await anonymous.get(path, { headers: EVIL, maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toMatch(/^\/login\?callbackUrl=%2F/);
    }
    // Auth.js's own sign-in address sends to the sign-in page, and back to this server, not to the made-up host.
    const authSignIn = await anonymous.get("/api/auth/signin", { headers: EVIL, maxRedirects: 0 });
    expect(authSignIn.headers().location).toMatch(/^(\/|http:\/\/localhost:\d+\/)login/);
    expect(authSignIn.headers().location).not.toContain("evil");
  });

  test("does not steer where signing in and out lead", async ({ browser }) => {
    const context = await anonymousContext(browser);
    const page = await context.newPage();
    await page.goto("/login?callbackUrl=%2Fdashboard");
    await page.getByLabel("E-mailadres").fill(ACCOUNTS.teamlid.email);
    await page.getByLabel("Wachtwoord").fill(PASSWORD);
    const signIn = await captureServerAction(page, () => page.getByRole("button", { name: "Inloggen" }).click());
    expect(await actionFromEvilHost(context, signIn)).toMatch(/^\/dashboard(;|$)/);

    // The answer signed this browser in.
    await page.goto("/dashboard");
    await page.getByRole("banner").locator("summary", { hasText: ACCOUNTS.teamlid.name }).click();
    const signOut = await captureServerAction(page, () => page.getByRole("button", { name: "Afmelden" }).click());
    expect(await actionFromEvilHost(context, signOut)).toMatch(/^\/login\?afgemeld=1(;|$)/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
    await context.close();
  });

  test("from the browser makes signing in fail with the sign-in page's own error message, within the policy", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      extraHTTPHeaders: { "x-forwarded-host": "evil.example" },
    });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(ACCOUNTS.teamlid.email, PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis" })).toBeFocused();
    expect(await violations()).toEqual([]);
    await expectAccessible(page);
    await context.close();
  });
});
