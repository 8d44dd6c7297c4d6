// Route 2, strategische start: a programme manager adds an opgave, records a strategic session with two rankings,
// sees the combined ranking and processes the outcomes; the register's ranks change, with their history. A partner
// reads the session it took part in; another gemeente finds nothing.
import { expect, type Page, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { expectAccessible } from "./support/axe";

const unique = (label: string) => `E2E ${label} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const ERRORS = "Er is iets niet goed ingevuld";
const SEEDED_SESSION = "Strategische sessie opgaven 2027";

/** Adds an opgave through the register and returns the path of its page. */
async function addOpgave(page: Page, title: string) {
  await page.goto("/opgaven");
  await page.getByRole("link", { name: "Opgave toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opgave toevoegen" })).toBeVisible();
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Beschrijving").fill("Jongeren in West verlaten school zonder diploma.");
  await page.getByLabel(/^Doelgroep/).fill("Jongeren van 16 tot 23 jaar");
  await page.getByRole("button", { name: "Opgave toevoegen" }).click();
  await expect(page.getByText("De opgave is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The form of one participant's ranking, opened. */
async function rankingOf(page: Page, name: string) {
  const form = page.locator("details").filter({ hasText: `Volgorde invullen voor ${name}` });
  await form.locator("summary").click();
  return form;
}

test.describe("the opgaven register and a strategic session", () => {
  test.use({ storageState: storageState("programmamanager") });

  test("an opgave is ranked first by a session, and the register keeps the history", async ({ page }) => {
    const opgave = unique("schoolverlaters");
    const proposal = unique("voorstel wonen");
    const sessionTitle = unique("sessie");

    // The register, and a new opgave: first without words, then with.
    await page.goto("/opgaven");
    await expect(page.getByRole("heading", { level: 1, name: "Maatschappelijke opgaven" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Opgave toevoegen" }).click();
    await page.getByLabel(/^Doelgroep/).fill("Jongeren");
    await page.getByRole("button", { name: "Opgave toevoegen" }).click();
    await expect(page.getByRole("heading", { name: ERRORS })).toBeVisible();
    await expect(page.getByLabel(/^Doelgroep/)).toHaveValue("Jongeren");
    await expectAccessible(page);
    const opgavePath = await addOpgave(page, opgave);
    await expect(page.getByText("Nog geen plaats in de volgorde.")).toBeVisible();
    // A context figure, entered by hand.
    await page.getByText("Cijfer toevoegen").click();
    await page.getByLabel("Wat", { exact: true }).fill("Voortijdig schoolverlaters");
    await page.getByLabel("Waarde").fill("4,2");
    await page.getByLabel(/^Eenheid/).fill("%");
    await page.getByLabel("Bron").fill("DUO");
    await page.getByRole("button", { name: "Cijfer opslaan" }).click();
    const figures = page.getByRole("table", { name: `Cijfers over ${opgave}` });
    await expect(figures.getByRole("row", { name: /Voortijdig schoolverlaters/ })).toContainText("4,2 %");
    await expectAccessible(page);

    // Plan the session with the manager and Stichting Buurtkracht.
    await page.goto("/strategic-sessions");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Sessie plannen" }).click();
    await page.getByLabel("Naam van de sessie").fill(sessionTitle);
    await page.getByLabel("Datum").fill("2026-12-10");
    await page.getByRole("checkbox", { name: "Joost van Dijk", exact: true }).check();
    await page.getByRole("checkbox", { name: "Stichting Buurtkracht", exact: true }).check();
    await page.getByLabel(/^Gasten/).fill("Wethouder Jansen");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sessie plannen" }).click();
    await expect(page.getByText("De sessie is opgeslagen.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: sessionTitle })).toBeVisible();

    // The opgaven on the table: the new one from the register, and one proposed in the session.
    await page.getByLabel(/^Opgave uit het overzicht/).selectOption({ label: opgave });
    await page.getByRole("button", { name: "Opgave noemen" }).click();
    await expect(page.getByRole("link", { name: opgave })).toBeVisible();
    await page.getByLabel(/^Nieuwe opgave/).fill(proposal);
    await page.getByRole("button", { name: "Opgave noemen" }).click();
    await expect(page.getByText(`${proposal} — nieuw voorstel`)).toBeVisible();
    await expect(page.getByText("Zodra er een volgorde is ingevuld")).toBeVisible();
    await expectAccessible(page);

    // A place used twice is refused, with the choices kept.
    let ranking = await rankingOf(page, "Joost van Dijk");
    await ranking.getByLabel(opgave).selectOption({ label: "Plaats 1" });
    await ranking.getByLabel(proposal).selectOption({ label: "Plaats 1" });
    await ranking.getByRole("button", { name: "Volgorde van Joost van Dijk opslaan" }).click();
    await expect(page.getByText("U gebruikte een plaats twee keer.").first()).toBeVisible();
    await expectAccessible(page);
    ranking = page.locator("details").filter({ hasText: "Volgorde invullen voor Joost van Dijk" });
    await ranking.getByLabel(proposal).selectOption({ label: "Plaats 2" });
    await ranking.getByRole("button", { name: "Volgorde van Joost van Dijk opslaan" }).click();
    await expect(page.getByText("De volgorde van Joost van Dijk is opgeslagen.")).toBeVisible();

    // Buurtkracht puts the same opgave first and leaves the proposal out.
    ranking = await rankingOf(page, "Stichting Buurtkracht");
    await ranking.getByLabel(opgave).selectOption({ label: "Plaats 1" });
    await ranking.getByRole("button", { name: "Volgorde van Stichting Buurtkracht opslaan" }).click();
    await expect(page.getByText("De volgorde van Stichting Buurtkracht is opgeslagen.")).toBeVisible();

    // The combined ranking and how it was computed: 2 + 2 points against 1.
    const combined = page.getByRole("table", { name: "Gezamenlijke volgorde van de opgaven" });
    await expect(combined.getByRole("row").nth(1)).toContainText(`1${opgave}4`);
    await expect(combined.getByRole("row").nth(2)).toContainText(`2${proposal}1`);
    await expect(page.getByText(/Borda-telling/)).toBeVisible();
    await expectAccessible(page);

    // Processing the outcomes updates the register in one step.
    await page.getByRole("button", { name: "Uitkomsten verwerken" }).click();
    await expect(page.getByText("De uitkomsten zijn verwerkt in de opgaven.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Uitkomsten verwerken" })).toHaveCount(0);
    await expectAccessible(page);

    await page.goto(opgavePath);
    await expect(page.getByText("Plaats 1 in de volgorde van de gemeente.")).toBeVisible();
    const history = page.getByRole("table", { name: `Wijzigingen van de plaats van ${opgave}` });
    await expect(history.getByRole("row").nth(1)).toContainText("van — naar 1");
    await expect(history.getByRole("link", { name: sessionTitle })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/opgaven");
    const register = page.getByRole("table", { name: "Maatschappelijke opgaven, de belangrijkste eerst" });
    await expect(register.getByRole("row").nth(1)).toContainText(`1${opgave}`);
    await expect(register.getByRole("row").nth(2)).toContainText(`2${proposal}`);
    // The demo's former first moved behind the session's opgaven.
    await expect(
      register
        .getByRole("row", { name: /Eenzaamheid onder ouderen in Oost/ })
        .getByRole("cell")
        .first(),
    ).not.toHaveText("1");
  });

  test("an edit made from an older version shows both versions", async ({ page, context }) => {
    const title = unique("armoede");
    const path = await addOpgave(page, title);
    const other = await context.newPage();
    await other.goto(`${path}/edit`);
    await page.goto(`${path}/edit`);
    await page.getByLabel(/^Wijk of gebied/).fill("West");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("De opgave is opgeslagen.")).toBeVisible();

    await other.getByLabel(/^Wijk of gebied/).fill("Noord");
    await other.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(other.getByText("Iemand anders heeft dit intussen gewijzigd.")).toBeVisible();
    const comparison = other.getByRole("table", { name: /Uw versie/ });
    await expect(comparison.getByRole("row", { name: /Wijk of gebied/ })).toContainText("Noord");
    await expect(comparison.getByRole("row", { name: /Wijk of gebied/ })).toContainText("West");
    await expect(other.getByLabel(/^Wijk of gebied/)).toHaveValue("Noord");
    await expectAccessible(other);
  });
});

test.describe("a partner", () => {
  test.use({ storageState: storageState("partner") });

  test("reads the session its organisation took part in, and not the register", async ({ page }) => {
    await page.goto("/strategic-sessions");
    await expectAccessible(page);
    await page.getByRole("link", { name: SEEDED_SESSION }).click();
    await expect(page.getByRole("heading", { level: 1, name: SEEDED_SESSION })).toBeVisible();
    await expect(page.getByRole("table", { name: "Gezamenlijke volgorde van de opgaven" })).toContainText(
      "Eenzaamheid onder ouderen in Oost",
    );
    // The register's pages are not linked for a partner.
    await expect(page.getByRole("link", { name: "Eenzaamheid onder ouderen in Oost" })).toHaveCount(0);
    await expectAccessible(page);
    // A session still open: read only, no forms.
    await page.goto("/strategic-sessions");
    await page.getByRole("link", { name: "Vervolgsessie eenzaamheid" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vervolgsessie eenzaamheid" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sessie wijzigen" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Opgave noemen" })).toHaveCount(0);
    await expectAccessible(page);
    const response = await page.goto("/opgaven");
    expect(response?.status()).toBe(404);
  });
});

test.describe("another gemeente", () => {
  test("finds neither Voorbeeld's opgaven nor its sessions", async ({ browser }) => {
    const voorbeeld = await browser.newContext({ storageState: storageState("programmamanager") });
    const manager = await voorbeeld.newPage();
    await manager.goto("/strategic-sessions");
    await manager.getByRole("link", { name: SEEDED_SESSION }).click();
    await expect(manager.getByRole("heading", { level: 1, name: SEEDED_SESSION })).toBeVisible();
    const sessionPath = new URL(manager.url()).pathname;
    await manager.getByRole("link", { name: "Eenzaamheid onder ouderen in Oost" }).first().click();
    await expect(manager.getByRole("heading", { level: 1, name: "Eenzaamheid onder ouderen in Oost" })).toBeVisible();
    const opgavePath = new URL(manager.url()).pathname;
    await voorbeeld.close();

    const context = await browser.newContext({ storageState: storageState("testdorp") });
    const page = await context.newPage();
    for (const path of [sessionPath, opgavePath, `${opgavePath}/edit`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await context.close();
  });
});
