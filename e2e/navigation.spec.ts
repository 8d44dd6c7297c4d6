import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { createUserAsBeheerder, signInAsNew } from "./pages/users-page";
import { ACCOUNTS, type Account, anonymousContext, storageState } from "./support/accounts";
import { expectAccessible } from "./support/axe";

const ADMIN_LINKS = [
  "Gebruikers",
  "Partnerorganisaties",
  "Activiteit",
  "API-sleutels",
  "Beveiliging",
  "Huisstijl en helpdesk",
];

const EXPECTED: Record<Exclude<Account, "adviseur">, { organisation: string; role: string; admin: boolean }> = {
  beheerder: { organisation: "Gemeente Voorbeeld", role: "Beheerder", admin: true },
  programmamanager: { organisation: "Gemeente Voorbeeld", role: "Programmamanager", admin: false },
  management: { organisation: "Gemeente Voorbeeld", role: "Management", admin: false },
  teamlid: { organisation: "Gemeente Voorbeeld", role: "Teamlid", admin: false },
  partner: { organisation: "Gemeente Voorbeeld", role: "Partner", admin: false },
  testdorp: { organisation: "Gemeente Testdorp", role: "Beheerder", admin: true },
};

for (const [account, expected] of Object.entries(EXPECTED) as [
  keyof typeof EXPECTED,
  (typeof EXPECTED)["beheerder"],
][]) {
  test.describe(`as ${account}`, () => {
    test.use({ storageState: storageState(account) });

    test("sees the navigation of the role and the gemeente", async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
      await expect(nav.getByRole("link", { name: "Startpagina" })).toHaveAttribute("aria-current", "page");
      for (const link of ADMIN_LINKS) {
        await expect(nav.getByRole("link", { name: link })).toHaveCount(expected.admin ? 1 : 0);
      }
      await expect(page.getByRole("banner").getByText(expected.organisation, { exact: true })).toBeVisible();
      await expect(
        page.getByText(`U werkt in Impactkoers als ${expected.role} bij ${expected.organisation}.`),
      ).toBeVisible();
      await expectAccessible(page);
    });
  });
}

test.describe("the shell", () => {
  test.use({ storageState: storageState("teamlid") });

  test("starts with a skip link to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });

  test("the user menu opens with the keyboard and leads to the account page", async ({ page }) => {
    await page.goto("/");
    const summary = page.locator("summary", { hasText: ACCOUNTS.teamlid.name });
    await summary.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: "Mijn account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();
  });

  test("fits a 360 pixel wide screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The main menu is folded behind a button (e2e/mobile-navigation.spec.ts opens it).
    await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
  });
});

test.describe("language", () => {
  test("switches to English and back, and keeps the choice with the account", async ({ browser }) => {
    const user = await createUserAsBeheerder(browser);
    const { context, page } = await signInAsNew(browser, user);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
    await context.close();

    // Another browser, without the language cookie: the account itself remembers English.
    const fresh = await anonymousContext(browser);
    const freshPage = await fresh.newPage();
    const login = new LoginPage(freshPage);
    await login.goto();
    await login.signIn(user.email, user.password);
    await expect(
      freshPage.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Home" }),
    ).toBeVisible();
    await freshPage.getByRole("button", { name: "Nederlands" }).click();
    await expect(freshPage.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${user.name}`);
    await expect(freshPage.locator("html")).toHaveAttribute("lang", "nl");
    await fresh.close();
  });

  test("can be chosen on the sign-in page", async ({ browser }) => {
    const context = await anonymousContext(browser);
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toBeVisible();
    await context.close();
  });
});

test.describe("an advisor working for two gemeenten", () => {
  test.use({ storageState: storageState("adviseur") });

  test("switches between them and gets the role of each", async ({ page }) => {
    await page.goto("/");
    const banner = page.getByRole("banner");
    await banner.getByLabel("Gemeente").selectOption({ label: "Gemeente Voorbeeld" });
    await banner.getByRole("button", { name: "Wisselen" }).click();
    await expect(page.getByText("als Programmamanager bij Gemeente Voorbeeld")).toBeVisible();
    await banner.getByLabel("Gemeente").selectOption({ label: "Gemeente Testdorp" });
    await banner.getByRole("button", { name: "Wisselen" }).click();
    await expect(page.getByText("als Management bij Gemeente Testdorp")).toBeVisible();
    await expectAccessible(page);
    await banner.getByLabel("Gemeente").selectOption({ label: "Gemeente Voorbeeld" });
    await banner.getByRole("button", { name: "Wisselen" }).click();
    await expect(page.getByText("als Programmamanager bij Gemeente Voorbeeld")).toBeVisible();
  });
});

test.describe("a page view", () => {
  test.use({ storageState: storageState("beheerder") });

  test("asks the server for that page only, not for every page its menu and tabs link to", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith("/_next/")) asked.push(`${url.pathname}${url.search}`);
    });
    await page.goto("/programmes");
    await page.getByRole("link", { name: "Samen minder eenzaam in Oost" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Samen minder eenzaam in Oost" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    // The programme was fetched once, when it was chosen; nothing was fetched ahead for the links on either page.
    expect(asked.filter((path) => !path.startsWith("/programmes?") && path !== "/programmes")).toEqual([
      expect.stringMatching(/^\/programmes\/\d+\?_rsc=/),
    ]);
  });
});
