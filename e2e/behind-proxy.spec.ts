// Behind a reverse proxy that ends HTTPS and that the installation trusts (TRUST_PROXY=true, no APP_URL): on a server
// of its own, started that way. Over HTTPS every answer has HSTS and every cookie is Secure; the PDF of a report
// still prints with the user's secure session; and the browser stays on the host it came to after signing in.
import { fileURLToPath } from "node:url";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ACCOUNTS, type Account, PASSWORD } from "./support/accounts";
import { type SecondServer, startSecondServer } from "./support/second-server";

const PILOT = "Samen minder eenzaam in Oost";
const HTTPS = { "x-forwarded-proto": "https" };

let server: SecondServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startSecondServer(fileURLToPath(new URL("..", import.meta.url)), { TRUST_PROXY: "true" });
});
test.afterAll(async () => server?.stop());

/** A browser that reaches the server through the proxy over HTTPS, signed in as the account. */
async function signedInOverHttps(browser: Browser, account: Account) {
  const context = await browser.newContext({ baseURL: server.url, extraHTTPHeaders: HTTPS });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(ACCOUNTS[account].email, PASSWORD, ACCOUNTS[account].name);
  // The redirect after signing in is relative: the browser is still on the address it opened.
  await expect(page).toHaveURL(`${server.url}/`);
  return { context, page };
}

const cookie = async (page: Page, name: string) => (await page.context().cookies()).find((c) => c.name === name);

test("every page, API answer and file has HSTS over HTTPS, and only then", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: server.url });
  const overHttps = await request.get("/login", { headers: HTTPS });
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(overHttps.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  const anonymousPage = await request.get("/programmes", { headers: HTTPS, maxRedirects: 0 });
  expect(anonymousPage.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(anonymousPage.headers().location).toMatch(/^\/login\?callbackUrl=/);
  // Not only pages: the API's answers and Next.js's own files too.
  const health = await request.get("/api/health", { headers: HTTPS });
  expect(health.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(health.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  const script = (await overHttps.text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(script, "a script of the sign-in page").toBeTruthy();
  const file = await request.get(script ?? "", { headers: HTTPS });
  expect(file.status()).toBe(200);
  expect(file.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  const overHttp = await request.get("/login");
  expect(overHttp.headers()["strict-transport-security"]).toBeUndefined();
  expect((await request.get("/api/health")).headers()["strict-transport-security"]).toBeUndefined();
  await request.dispose();
});

test("the session and language cookies are Secure, and the PDF prints with the secure session", async ({ browser }) => {
  const { context, page } = await signedInOverHttps(browser, "management");
  expect(await cookie(page, "__Secure-authjs.session-token")).toMatchObject({ secure: true, httpOnly: true });
  expect(await cookie(page, "authjs.session-token")).toBeUndefined();

  await page.getByRole("banner").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: "Nederlands" })).toBeVisible();
  expect(await cookie(page, "NEXT_LOCALE")).toMatchObject({ value: "en", secure: true, httpOnly: true });

  await page.goto("/programmes");
  await page.getByRole("link", { name: PILOT }).click();
  await expect(page.getByRole("heading", { level: 1, name: PILOT })).toBeVisible();
  const id = Number(/\/programmes\/(\d+)/.exec(page.url())?.[1]);
  const response = await context.request.get(`/api/programmes/${id}/report.pdf`, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");
  await context.close();
});

test("the gemeente cookie is Secure and httpOnly", async ({ browser }) => {
  const { context, page } = await signedInOverHttps(browser, "adviseur");
  const banner = page.getByRole("banner");
  // The advisor starts in Testdorp, the first by name.
  await expect(page.getByText("als Management bij Gemeente Testdorp")).toBeVisible();
  await banner.getByLabel("Gemeente").selectOption({ label: "Gemeente Voorbeeld" });
  await banner.getByRole("button", { name: "Wisselen" }).click();
  await expect(page.getByText("als Programmamanager bij Gemeente Voorbeeld")).toBeVisible();
  expect(await cookie(page, "ik_gemeente")).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
  await context.close();
});
