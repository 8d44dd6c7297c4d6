// The shell on a phone and on a laptop: the main navigation folds behind a "Menu" button on a narrow screen, and the
// sections of a programme stay in one row on a 1366 pixel wide screen.
import { expect, type Page, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { expectAccessible } from "./support/axe";

const PILOT = "Samen minder eenzaam in Oost";
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1366, height: 768 };

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Hoofdmenu" });
const menuButton = (page: Page) => page.getByRole("button", { name: "Menu" });

test.describe("on a 360 pixel wide screen", () => {
  test.use({ storageState: storageState("teamlid"), viewport: PHONE });

  test("the main menu opens and closes with the keyboard", async ({ page }) => {
    await page.goto("/");
    const button = menuButton(page);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
    const controls = await button.getAttribute("aria-controls");
    await expect(page.locator(`#${controls}`)).toHaveAttribute("aria-label", "Hoofdmenu");

    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(mainNav(page).getByRole("link", { name: "Startpagina" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);

    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
    await expect(button).toBeFocused();

    // Space opens it too; Escape from a link inside the menu closes it and brings the focus back to the button.
    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link", { name: "Startpagina" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(mainNav(page)).toBeHidden();
    await expect(button).toBeFocused();

    // Following a link closes the menu on the next page.
    await page.keyboard.press("Enter");
    await mainNav(page).getByRole("link", { name: "Programma's" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Programma's" })).toBeVisible();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
  });

  test("the main menu opens without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({
      storageState: storageState("teamlid"),
      viewport: PHONE,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(mainNav(page)).toBeHidden();
    await page.getByRole("link", { name: "Menu" }).click();
    await expect(mainNav(page).getByRole("link", { name: "Programma's" })).toBeVisible();
    await context.close();
  });
});

test.describe("on a 1366 pixel wide screen", () => {
  test.use({ storageState: storageState("beheerder"), viewport: LAPTOP });

  test("the main menu is always shown and a programme's sections fit in one row", async ({ page }) => {
    await page.goto("/programmes");
    await expect(menuButton(page)).toBeHidden();
    await page.getByRole("link", { name: PILOT }).click();
    await page
      .getByRole("navigation", { name: "Onderdelen van het programma" })
      .getByRole("link", {
        name: "Indicatoren",
      })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: PILOT })).toBeVisible();
    const sections = page.getByRole("navigation", { name: "Onderdelen van het programma" }).getByRole("link");
    await expect(sections.filter({ hasText: "Indicatoren" })).toHaveAttribute("aria-current", "page");
    expect(await sections.count()).toBeGreaterThanOrEqual(12);
    const tops = await sections.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top));
    expect(new Set(tops).size, `the tops of the section links: ${tops.join(", ")}`).toBe(1);

    // The measurements of an indicator show every column without scrolling sideways.
    await page.getByRole("main").getByRole("link", { name: "Aantal deelnemers aan ontmoetingsactiviteiten" }).click();
    const table = page.getByRole("region", { name: /^Metingen van/ });
    await expect(table.getByRole("columnheader", { name: "Ingevoerd door" })).toBeVisible();
    const { scroll, client } = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
  });
});
