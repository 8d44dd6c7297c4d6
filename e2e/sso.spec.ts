// Single sign-on through a real OpenID Connect provider (oidc-provider), on a server of its own started with the
// provider in its environment: a known person signs in through the provider's own sign-in page and has a session on
// the server; an address Impactkoers does not know is refused on the sign-in page and recorded; and once the beheerder
// requires SSO, a member's password is refused with a message that names the SSO button.
import { fileURLToPath } from "node:url";
import { type Browser, expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { LoginPage } from "./pages/login-page";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { type Issuer, SSO_CLIENT, startIssuer } from "./support/oidc-issuer";
import { type SecondServer, startSecondServer } from "./support/second-server";
import { lastUsedStep, nextCode } from "./support/totp";

const ISSUER_PORT = 3311;
const APP_PORT = 3312;
const BUTTON = "Inloggen met uw Voorbeeld-account";
const TEAM = ACCOUNTS.teamlid;
// Logins on the provider's page, and the e-mail address each person's account there carries.
const PEOPLE = {
  sanne: { email: "Team@Voorbeeld.Example", name: TEAM.name },
  fatima: { email: ACCOUNTS.beheerder.email, name: ACCOUNTS.beheerder.name },
  onbekend: { email: "niemand@elders.example", name: "Nog Niet Bekend" },
};

// One provider and one server on fixed ports: the tests share them, one after the other.
test.describe.configure({ mode: "serial" });

let issuer: Issuer;
let server: SecondServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const appUrl = `http://localhost:${APP_PORT}`;
  issuer = await startIssuer(ISSUER_PORT, appUrl, PEOPLE);
  server = await startSecondServer(
    fileURLToPath(new URL("..", import.meta.url)),
    {
      AUTH_OIDC_ISSUER: issuer.url,
      AUTH_OIDC_ID: SSO_CLIENT.id,
      AUTH_OIDC_SECRET: SSO_CLIENT.secret,
      AUTH_OIDC_LABEL: BUTTON,
    },
    APP_PORT,
  );
});
test.afterAll(async () => {
  await server?.stop();
  await issuer?.stop();
});

async function anonymousPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: server.url, storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

/** From the sign-in page through the provider's own sign-in page, as the person with this login there. */
async function signInThroughProvider(page: Page, login: keyof typeof PEOPLE) {
  await page.goto("/login");
  await page.getByRole("button", { name: BUTTON }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer.url}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("wat-dan-ook");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

/** The audit events of an action in the server's database. */
function auditEvents(action: string) {
  const db = new Database(server.database, { readonly: true });
  try {
    return db
      .prepare(
        "select organisation_id as organisationId, actor_id as actorId, summary from audit_events where action = ?",
      )
      .all(action) as { organisationId: number | null; actorId: number | null; summary: string }[];
  } finally {
    db.close();
  }
}

test("a person Impactkoers knows signs in through the gemeente's provider and has a session", async ({ browser }) => {
  const { context, page } = await anonymousPage(browser);
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 2, name: "Inloggen via uw organisatie" })).toBeVisible();
  await expectAccessible(page);

  await signInThroughProvider(page, "sanne");
  // The provider's address was in another case; Impactkoers matched it to the teamlid's account.
  await expect(page).toHaveURL(`${server.url}/`);
  await expect(page.getByRole("banner").locator("summary", { hasText: TEAM.name })).toBeVisible();

  await page.goto("/account");
  const sessions = page.locator("section", { has: page.getByRole("heading", { name: "Waar u bent aangemeld" }) });
  await expect(sessions.getByText("(dit apparaat)")).toBeVisible();
  expect(auditEvents("auth.sign_in")).toContainEqual(expect.objectContaining({ summary: TEAM.email }));
  await context.close();
});

test("the button works before the page's scripts run: the policy's form-action lets the redirect through", async ({
  browser,
}) => {
  // Without JavaScript the button posts a plain form, and the answer redirects to the provider; Chromium checks that
  // redirect against the Content-Security-Policy's form-action.
  const context = await browser.newContext({
    baseURL: server.url,
    storageState: { cookies: [], origins: [] },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const policy = (await page.goto("/login"))?.headers()["content-security-policy"];
  expect(policy).toContain(`form-action 'self' ${issuer.url}`);
  await signInThroughProvider(page, "sanne");
  await expect(page).toHaveURL(`${server.url}/`);
  await expect(page.getByRole("banner").locator("summary", { hasText: TEAM.name })).toBeAttached();
  await context.close();
});

test("an address Impactkoers does not know gets no session, a Dutch refusal and an audit event", async ({
  browser,
}) => {
  const { context, page } = await anonymousPage(browser);
  await signInThroughProvider(page, "onbekend");
  await expect(page).toHaveURL(`${server.url}/login?sso=noAccount`);
  await expect(page.getByText("Inloggen via uw organisatie is niet gelukt")).toBeVisible();
  await expect(page.getByText(/Er is in Impactkoers geen account voor het e-mailadres/)).toBeVisible();
  await expectAccessible(page);
  expect(auditEvents("auth.sso_no_account")).toEqual([
    { organisationId: null, actorId: null, summary: "niemand@elders.example" },
  ]);
  expect(auditEvents("auth.sign_in").map((e) => e.summary)).not.toContain("niemand@elders.example");
  // Not signed in: the app sends the browser back to the sign-in page.
  await page.goto("/programmes");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await context.close();
});

test("the beheerder requires SSO; then a member's password no longer counts, and the refusal names the button", async ({
  browser,
}) => {
  // Three sign-ins and five scans in one journey.
  test.slow();
  // The member is signed in with a password before the beheerder decides.
  const member = await anonymousPage(browser);
  await new LoginPage(member.page).goto();
  await signInWithPassword(member.page, TEAM.email);
  await expect(member.page.getByRole("banner").locator("summary", { hasText: TEAM.name })).toBeVisible();

  // Signed in with a password, the beheerder is asked to try SSO first.
  const withPassword = await anonymousPage(browser);
  await new LoginPage(withPassword.page).goto();
  await signInWithPassword(withPassword.page, ACCOUNTS.beheerder.email);
  // A beheerder signing in with a password gives the authenticator app's code as well.
  await new LoginPage(withPassword.page).enterCode(
    nextCode(ACCOUNTS.beheerder.totpSecret, lastUsedStep(ACCOUNTS.beheerder.email, server.database)),
  );
  await expect(
    withPassword.page.getByRole("banner").locator("summary", { hasText: ACCOUNTS.beheerder.name }),
  ).toBeVisible();
  await withPassword.page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Beveiliging" })
    .click();
  await expect(withPassword.page.getByRole("heading", { level: 1, name: "Beveiliging" })).toBeVisible();
  await expect(
    withPassword.page.getByText(`log in met de knop ‘${BUTTON}’ voordat u SSO verplicht maakt`),
  ).toBeVisible();
  await expectAccessible(withPassword.page);
  await withPassword.context.close();

  const admin = await anonymousPage(browser);
  await signInThroughProvider(admin.page, "fatima");
  await expect(admin.page.getByRole("banner").locator("summary", { hasText: ACCOUNTS.beheerder.name })).toBeVisible();
  await admin.page.goto("/admin/security");
  await expect(admin.page.getByText(`Medewerkers zien op de inlogpagina de knop ‘${BUTTON}’.`)).toBeVisible();
  await expectAccessible(admin.page);
  await admin.page.getByRole("radio", { name: "Alleen via de organisatie (SSO verplicht)" }).check();
  await admin.page
    .getByRole("region", { name: /Inloggen via uw organisatie/ })
    .getByRole("button", { name: "Opslaan" })
    .click();
  await expect(admin.page.getByText("De instelling is opgeslagen.")).toBeVisible();
  await expect(admin.page.getByRole("radio", { name: "Alleen via de organisatie (SSO verplicht)" })).toBeChecked();
  await expectAccessible(admin.page);
  await admin.context.close();

  // The member's password session no longer counts, and the password no longer signs in.
  await member.page.goto("/programmes");
  await expect(member.page).toHaveURL(/\/login/);
  // The sign-in page says why the session ended.
  await expect(member.page.getByText("U bent afgemeld", { exact: true })).toBeVisible();
  await expect(member.page.getByText(`Uw gemeente vraagt u in te loggen met de knop ‘${BUTTON}’.`)).toBeVisible();
  await signInWithPassword(member.page, TEAM.email);
  await expect(
    member.page
      .getByRole("region", { name: "Inloggen is niet gelukt" })
      .getByText(`Uw gemeente vraagt u in te loggen met de knop ‘${BUTTON}’.`),
  ).toBeVisible();
  await expect(member.page).toHaveURL(/\/login/);
  await expectAccessible(member.page);
  expect(auditEvents("auth.password_refused_sso")).toEqual([expect.objectContaining({ summary: TEAM.email })]);
  // The provider still lets the member in.
  await signInThroughProvider(member.page, "sanne");
  await expect(member.page.getByRole("banner").locator("summary", { hasText: TEAM.name })).toBeVisible();
  await member.context.close();
});

/** The password form, told apart from the SSO button that also says "Inloggen". */
async function signInWithPassword(page: Page, email: string) {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login"));
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await answered;
}
