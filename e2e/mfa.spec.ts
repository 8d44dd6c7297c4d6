// Two-step verification: setting up an authenticator app on the account page, signing in with its code or with a
// recovery code (once), wrong codes refused in Dutch; a beheerder without an app sent to set one up before anything
// else, and reset by another beheerder; a gemeente that asks it of everyone. Every person here is made for the test.
import type { BrowserContext, Page } from "@playwright/test";
import { timeStep, totpCode } from "../lib/auth/totp";
import { LoginPage } from "./pages/login-page";
import { type CreatedUser, createUserAsBeheerder, signInAsNew, UsersPage } from "./pages/users-page";
import { ACCOUNTS, anonymousContext, PASSWORD } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, freshGemeenteWithMfa, test } from "./support/fixtures";
import { lastUsedStep, nextCode, secretFromPage } from "./support/totp";

const WRONG = /Deze code klopt niet/;

/** Six digits that are none of the codes the server would take now. */
function wrongCode(secret: string): string {
  const step = timeStep(Date.now());
  const taken = new Set([-1, 0, 1, 2].map((d) => totpCode(secret, (step + d) * 30_000)));
  let code = 0;
  while (taken.has(String(code).padStart(6, "0"))) code += 1;
  return String(code).padStart(6, "0");
}

/** Starts setting up and reads the secret the page shows as text, the way someone who cannot scan does. */
async function startSetUp(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Tweestapsverificatie instellen" }).click();
  await expect(page.getByRole("heading", { name: "Stap 1: voeg Impactkoers toe aan uw app" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^QR-code om Impactkoers toe te voegen/ })).toBeVisible();
  return secretFromPage(await page.getByTestId("mfa-secret").textContent());
}

/** Confirms the app with its code and reads the ten recovery codes shown once. */
async function confirmApp(page: Page, secret: string, email: string): Promise<string[]> {
  await page.getByRole("textbox", { name: "Code uit de app", exact: true }).fill(nextCode(secret, lastUsedStep(email)));
  await page.getByRole("button", { name: "Code controleren en aanzetten" }).click();
  const codes = page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  return (await codes.allTextContents()).map((code) => code.trim());
}

async function signOut(page: Page, name: string) {
  await page.getByRole("banner").locator("summary", { hasText: name }).click();
  await page.getByRole("banner").getByRole("button", { name: "Afmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?afgemeld=1/);
}

const shellShows = (page: Page, name: string) =>
  expect(page.getByRole("banner").locator("summary", { hasText: name })).toBeVisible();

const sessionCookie = async (context: BrowserContext) =>
  (await context.cookies()).find((cookie) => cookie.name.includes("authjs.session-token"));

test("a person sets up an app, then signs in with its code, or once with each recovery code", async ({ browser }) => {
  test.slow();
  const user: CreatedUser = await createUserAsBeheerder(browser);
  const { context, page } = await signInAsNew(browser, user);
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Tweestapsverificatie" });
  await expect(section.getByText("Tweestapsverificatie staat uit.")).toBeVisible();

  const secret = await startSetUp(page);
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectAccessible(page);
  // A wrong code is refused in Dutch, beside the field.
  await page.getByRole("textbox", { name: "Code uit de app", exact: true }).fill(wrongCode(secret));
  await page.getByRole("button", { name: "Code controleren en aanzetten" }).click();
  await expect(page.getByRole("textbox", { name: "Code uit de app", exact: true })).toHaveAccessibleDescription(WRONG);
  await expectAccessible(page);
  const recoveryCodes = await confirmApp(page, secret, user.email);
  expect(new Set(recoveryCodes).size).toBe(10);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ik heb de codes bewaard" }).click();
  await expect(page).toHaveURL(/tweestaps=aan/);
  await expect(section.getByText("U heeft nog 10 herstelcodes.")).toBeVisible();
  await expectAccessible(page);

  // The password alone signs in no more: the code is asked next, and only a token of that waits in a cookie.
  await signOut(page, user.name);
  const login = new LoginPage(page);
  await login.signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/login\/code\?/);
  const challenge = (await context.cookies()).find((cookie) => cookie.name === "ik_tweede_stap");
  expect(challenge).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/login" });
  expect(challenge?.value).not.toContain(user.password);
  expect(await sessionCookie(context)).toBeUndefined();
  await expectAccessible(page);
  await login.enterCode(wrongCode(secret));
  await expect(page.getByLabel("Code", { exact: true })).toHaveAccessibleDescription(WRONG);
  expect(await sessionCookie(context)).toBeUndefined();
  await expectAccessible(page);
  await login.enterCode(nextCode(secret, lastUsedStep(user.email)));
  await shellShows(page, user.name);

  // A recovery code instead of the app: once.
  await signOut(page, user.name);
  await login.signIn(user.email, user.password);
  await login.enterCode(recoveryCodes[0] ?? "");
  await shellShows(page, user.name);
  await signOut(page, user.name);
  await login.signIn(user.email, user.password);
  await login.enterCode(recoveryCodes[0] ?? "");
  await expect(page.getByLabel("Code", { exact: true })).toHaveAccessibleDescription(WRONG);
  await login.enterCode(recoveryCodes[1] ?? "");
  await shellShows(page, user.name);
  await page.goto("/account");
  await expect(section.getByText("U heeft nog 8 herstelcodes.")).toBeVisible();

  // New recovery codes, and turning the app off, each with a current code: here recovery codes, as a third code of
  // the app could fall in the same 30 seconds as the two before (and would rightly be refused).
  const renew = section.getByRole("region", { name: "Nieuwe herstelcodes" });
  await renew.getByLabel("Code uit de app of een herstelcode").fill(recoveryCodes[3] ?? "");
  await renew.getByRole("button", { name: "Nieuwe herstelcodes maken" }).click();
  const renewed = renew.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem");
  await expect(renewed).toHaveCount(10);
  const fresh = (await renewed.allTextContents()).map((code) => code.trim());
  expect(fresh).not.toContain(recoveryCodes[2]);
  await expectAccessible(page);
  const off = section.getByRole("region", { name: "Tweestapsverificatie uitzetten" });
  await off.getByLabel("Code uit de app of een herstelcode").fill(recoveryCodes[2] ?? "");
  await off.getByRole("button", { name: "Tweestapsverificatie uitzetten" }).click();
  await expect(off.getByLabel("Code uit de app of een herstelcode")).toHaveAccessibleDescription(WRONG);
  await off.getByLabel("Code uit de app of een herstelcode").fill(fresh[0] ?? "");
  await off.getByRole("button", { name: "Tweestapsverificatie uitzetten" }).click();
  await expect(page).toHaveURL(/tweestaps=uit/);
  await expect(section.getByText("Tweestapsverificatie staat nu uit.")).toBeVisible();
  await expectAccessible(page);
  await signOut(page, user.name);
  await login.signIn(user.email, user.password);
  await shellShows(page, user.name);
  await context.close();
});

test("a beheerder without an app sets one up before anything else; another beheerder resets it", async ({
  browser,
  asBeheerder,
}) => {
  test.slow();
  const user = await createUserAsBeheerder(browser, "Beheerder");
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(user.email, user.password);
  await expect(page).toHaveURL("/mfa-setup");
  await expect(page.getByRole("heading", { level: 1, name: "Stel eerst tweestapsverificatie in" })).toBeVisible();
  await expect(page.getByText("U bent beheerder.")).toBeVisible();
  await expectAccessible(page);
  // The server sends every page there first, beheer and the account page too.
  for (const path of ["/", "/admin/users", "/account", "/api/programmes/1/report.pdf"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL("/mfa-setup");
  }

  const secret = await startSetUp(page);
  await expect(page).toHaveURL("/mfa-setup");
  await expectAccessible(page);
  await confirmApp(page, secret, user.email);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ik heb de codes bewaard, verder naar Impactkoers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${user.name}`);

  // The demo beheerder resets it, after a confirm step.
  const users = new UsersPage(asBeheerder);
  await users.open(user.memberId);
  const section = asBeheerder.getByRole("region", { name: "Tweestapsverificatie" });
  await expect(section.getByText(`${user.name} logt in met een code uit een authenticator-app.`)).toBeVisible();
  await section.getByRole("link", { name: "Tweestapsverificatie resetten" }).click();
  const confirm = section.getByRole("button", { name: "Ja, tweestapsverificatie resetten" });
  await expect(confirm).toBeVisible();
  await expect(section.getByText(`Doe dit alleen als ${user.name} de telefoon met de app kwijt is`)).toBeVisible();
  await expectAccessible(asBeheerder);
  await confirm.click();
  await expect(section.getByText(`De tweestapsverificatie van ${user.name} is gereset.`)).toBeVisible();
  await expect(section.getByText(`${user.name} heeft geen tweestapsverificatie ingesteld.`)).toBeVisible();
  await expectAccessible(asBeheerder);

  // Never one's own there: that is the account page, with a current code.
  await asBeheerder.goto("/admin/users");
  await asBeheerder.getByRole("link", { name: ACCOUNTS.beheerder.name }).click();
  await expect(section.getByText("Uw eigen tweestapsverificatie beheert u op de pagina Mijn account.")).toBeVisible();
  await expect(section.getByRole("link", { name: "Tweestapsverificatie resetten" })).toHaveCount(0);

  // The person, still signed in, must set up a new app on the next page.
  await page.goto("/programmes");
  await expect(page).toHaveURL("/mfa-setup");
  await context.close();
});

test("a beheerder asks an app of everyone in the gemeente; a save over another's is refused with both shown", async ({
  browser,
  database,
}) => {
  test.slow();
  const gemeente = await freshGemeenteWithMfa(database);
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(gemeente.beheerder.email, PASSWORD);
  await login.enterCode(nextCode(gemeente.totpSecret, null));
  await expect(page).toHaveURL("/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beveiliging" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beveiliging" })).toBeVisible();
  await expect(page.getByText("1 van de 2 actieve gebruikers heeft tweestapsverificatie aan.")).toBeVisible();
  await expect(page.getByLabel(/^Alleen beheerders/)).toBeChecked();
  await expectAccessible(page);

  // A second tab, opened on the same version of the setting.
  const other = await context.newPage();
  await other.goto("/admin/security");
  await page.getByLabel(/^Iedereen van de gemeente/).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De instelling is opgeslagen. Ze geldt direct.")).toBeVisible();
  await expectAccessible(page);

  await other.getByRole("button", { name: "Opslaan" }).click();
  await expect(other.getByRole("heading", { name: "Niet opgeslagen: iemand anders was u voor" })).toBeVisible();
  const compared = other.getByRole("table", { name: "Uw versie naast de opgeslagen versie" });
  await expect(compared.getByRole("row", { name: /Wie moet tweestapsverificatie gebruiken/ })).toContainText(
    "Iedereen van de gemeente",
  );
  await expectAccessible(other);

  // The teamlid, who has no app, is sent to set one up on signing in.
  const memberContext = await anonymousContext(browser);
  const memberPage = await memberContext.newPage();
  const memberLogin = new LoginPage(memberPage);
  await memberLogin.goto();
  await memberLogin.signIn(gemeente.member.email, PASSWORD);
  await expect(memberPage).toHaveURL("/mfa-setup");
  await expect(memberPage.getByText("Uw gemeente vraagt iedereen")).toBeVisible();
  await expectAccessible(memberPage);
  await memberContext.close();
  await context.close();
});
