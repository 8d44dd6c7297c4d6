// Lists that grow with use come a screen at a time: an indicator with more measurements than one screen shows the
// newest first with the count, the next screen is reached by keyboard, and a corrected measurement is shown on the
// screen that holds it.
import { expectAccessible } from "./support/axe";
import { expect, makeLongIndicator, makeReflectionSessions, test } from "./support/fixtures";

test.describe("a programme manager on a long indicator", () => {
  test("reads the measurements a screen at a time, newest first, and walks to the older ones by keyboard", async ({
    asManager: page,
    freshProgramme,
    database,
  }) => {
    const indicator = makeLongIndicator(database, freshProgramme, 62);
    const rows = page.getByRole("region", { name: `Metingen van ${indicator.name}`, exact: true }).locator("tbody tr");
    const pages = page.getByRole("navigation", { name: "Pagina's van de metingen" });

    await page.goto(indicator.path);
    await expect(page.getByRole("heading", { level: 3, name: "Metingen (62)" })).toBeVisible();
    await expect(rows).toHaveCount(50);
    await expect(rows.first()).toContainText("3 maart 2026");
    await expect(rows.first()).toContainText("62 bezoekers");
    await expect(page.getByText("Meting 1 tot en met 50 van 62, de nieuwste eerst.")).toBeVisible();
    await expect(pages).toContainText("Pagina 1 van 2");
    await expect(pages.getByRole("link", { name: "Nieuwere metingen" })).toHaveCount(0);
    // The chart keeps the whole series, not only this screen.
    await expect(page.getByRole("img", { name: `Grafiek van ${indicator.name}` }).locator("circle")).toHaveCount(62);

    const older = pages.getByRole("link", { name: "Oudere metingen" });
    await older.focus();
    await expect(older).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]pagina=2/);
    await expect(rows).toHaveCount(12);
    await expect(rows.last()).toContainText("1 januari 2026");
    await expect(page.getByText("Meting 51 tot en met 62 van 62, de nieuwste eerst.")).toBeVisible();
    await expect(pages).toContainText("Pagina 2 van 2");
    await expect(pages.getByRole("link", { name: "Oudere metingen" })).toHaveCount(0);
    await expectAccessible(page);

    // A measurement corrected from the second screen is shown on that screen afterwards.
    await page.getByRole("link", { name: "Corrigeren of intrekken (meting van 5 januari 2026)" }).click();
    const correction = page.getByRole("region", { name: "Meting corrigeren" });
    await correction.getByRole("textbox", { name: /^Waarde/ }).fill("7");
    await correction.getByRole("textbox", { name: "Waarom corrigeert u de meting?" }).fill("Dubbel geteld.");
    await correction.getByRole("button", { name: "Correctie opslaan" }).click();
    await expect(page.getByText("De meting is gecorrigeerd.")).toBeVisible();
    await expect(pages).toContainText("Pagina 2 van 2");
    const corrected = rows.filter({ hasText: "5 januari 2026" });
    await expect(corrected).toContainText("7 bezoekers");
    await expect(corrected).toContainText("gecorrigeerd");

    // Back on the newest screen by keyboard.
    const newer = pages.getByRole("link", { name: "Nieuwere metingen" });
    await newer.focus();
    await page.keyboard.press("Enter");
    await expect(rows.first()).toContainText("3 maart 2026");
    await expect(rows).toHaveCount(50);
  });
});

test.describe("a team member on a programme that reflects often", () => {
  test("reads the reflection sessions a screen at a time, latest first, with the count", async ({
    asTeamlid: page,
    freshProgramme,
    database,
  }) => {
    makeReflectionSessions(database, freshProgramme, 27);
    const rows = page
      .getByRole("region", { name: "Reflectiesessies van dit programma, nieuwste eerst", exact: true })
      .locator("tbody tr");
    const pages = page.getByRole("navigation", { name: "Pagina's van de lijst" });

    await page.goto(`${freshProgramme.path}/reflections`);
    await expect(page.getByText("27 sessies, de laatste eerst.")).toBeVisible();
    await expect(rows).toHaveCount(25);
    await expect(rows.first()).toContainText("Sessie 27");
    await expect(pages).toContainText("Pagina 1 van 2");

    const next = pages.getByRole("link", { name: "Volgende pagina" });
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]pagina=2/);
    await expect(rows).toHaveCount(2);
    await expect(rows.last()).toContainText("Sessie 1");
    await expect(pages).toContainText("Pagina 2 van 2");
    await expectAccessible(page);
  });
});
