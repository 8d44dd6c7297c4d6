// What Stichting Buurtkracht brought in to the seeded pilot says so: its approved figures on the indicator page, its
// finding on its study's page and in the evidence trail, its lesson in the library. Its values not yet approved stand
// apart under "Nog niet goedgekeurd", outside the measurements and their count. No test changes the seeded reports.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";

const PILOT = "Samen minder eenzaam in Oost";
const HOME_VISITS = "Afgelegde huisbezoeken (totaal)";
const PARTNER_STUDY = "Inbreng van Stichting Buurtkracht";
const PARTNER_FINDING = "De wijkkrant levert te weinig vrijwilligers op";
const PARTNER_LESSON = "Vrijwilligers blijven als ze snel een maatje krijgen";
const BROUGHT_IN = "ingebracht door Stichting Buurtkracht";

async function openPilotSection(page: Page, section: string) {
  await page.goto("/programmes");
  await page.getByRole("link", { name: PILOT, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: PILOT })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Onderdelen van het programma" })
    .getByRole("link", { name: section })
    .click();
}

async function openHomeVisits(page: Page) {
  await openPilotSection(page, "Indicatoren");
  await page
    .getByRole("region", { name: "Indicatoren van dit programma" })
    .getByRole("link", { name: HOME_VISITS })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: HOME_VISITS })).toBeVisible();
}

const measurementsTable = (page: Page) =>
  page.getByRole("region", { name: `Metingen van ${HOME_VISITS}`, exact: true });
const pendingTable = (page: Page) =>
  page.getByRole("region", { name: `Nog niet goedgekeurde waarden van ${HOME_VISITS}`, exact: true });
const dataRows = (region: ReturnType<Page["getByRole"]>) => region.locator("tbody tr");

test.describe("the gemeente", () => {
  test("sees which measurements Buurtkracht brought in, and its values not yet approved apart, counted nowhere", async ({
    asTeamlid: page,
  }) => {
    await openHomeVisits(page);
    const measured = dataRows(measurementsTable(page));
    const heading = page.getByRole("heading", { level: 3, name: /^Metingen \(\d+\)$/ });
    const count = Number((await heading.textContent())?.match(/\d+/)?.[0]);
    await expect(measured).toHaveCount(count);
    // The two approved months each became one of the pilot's measurements.
    await expect(measured.filter({ hasText: BROUGHT_IN })).toHaveCount(2);
    await expect(measured.filter({ hasText: BROUGHT_IN }).first()).toContainText("Ahmed Yilmaz");

    await expect(page.getByRole("heading", { level: 3, name: "Nog niet goedgekeurd" })).toBeVisible();
    await expect(page.getByText("Ze tellen nog niet mee: niet in de grafiek, niet in de status")).toBeVisible();
    const pending = dataRows(pendingTable(page));
    await expect(pending).toHaveCount(2);
    const sentBack = pending.filter({ hasText: "Teruggestuurd naar de partner" });
    await expect(sentBack).toContainText("Stichting Buurtkracht");
    await expect(sentBack).toContainText("Staat er een nul te veel?");
    await expect(pending.filter({ hasText: "Ingediend, wacht op beoordeling" })).toHaveCount(1);
    // A value waiting for approval is not among the measurements.
    for (const row of await pending.all()) {
      const [day, value] = await Promise.all([
        row.locator("td").nth(0).textContent(),
        row.locator("td").nth(1).textContent(),
      ]);
      expect(day && value).toBeTruthy();
      await expect(measured.filter({ hasText: day ?? "" }).filter({ hasText: value ?? "" })).toHaveCount(0);
    }
    await expectAccessible(page);

    await measured.filter({ hasText: BROUGHT_IN }).first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 2, name: /^Meting van/ })).toBeVisible();
    const source = page.getByRole("term").filter({ hasText: "Ingebracht door" });
    await expect(source).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^Stichting Buurtkracht$/ })).toBeVisible();
    await expectAccessible(page);
  });

  test("sees Buurtkracht's finding with its source on the study and in the evidence trail of the assumption", async ({
    asManagement: page,
  }) => {
    await openPilotSection(page, "Onderzoek");
    const studies = page.getByRole("region", { name: "Onderzoeken van dit programma" });
    await expect(studies.getByRole("row").filter({ hasText: PARTNER_STUDY })).toContainText(BROUGHT_IN);
    await studies.getByRole("link", { name: PARTNER_STUDY, exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: PARTNER_STUDY })).toBeVisible();
    const finding = page.getByRole("article", { name: PARTNER_FINDING });
    await expect(finding).toContainText(BROUGHT_IN);
    await expectAccessible(page);

    const statement = "Er zijn genoeg vrijwilligers in Oost om maatje te worden.";
    await finding.getByRole("link", { name: statement }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Aanname" })).toBeVisible();
    await expect(page.getByText(statement, { exact: true })).toBeVisible();
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: PARTNER_FINDING }) });
    await expect(item.getByRole("term").filter({ hasText: "Ingebracht door" })).toBeVisible();
    await expect(item.getByRole("definition").filter({ hasText: /^Stichting Buurtkracht$/ })).toBeVisible();
    await expectAccessible(page);
  });

  test("finds Buurtkracht's lesson in the library with its source", async ({ asManager: page }) => {
    await page.goto("/lessons");
    const lesson = page.getByRole("article", { name: PARTNER_LESSON });
    await expect(lesson).toContainText(BROUGHT_IN);
    await expect(page.getByRole("article").filter({ hasText: BROUGHT_IN })).toHaveCount(1);
    await expectAccessible(page);

    await lesson.getByRole("link", { name: PARTNER_LESSON }).click();
    await expect(page.getByRole("heading", { level: 1, name: PARTNER_LESSON })).toBeVisible();
    const origin = page.getByRole("region", { name: "Herkomst" });
    await expect(origin.getByRole("term").filter({ hasText: "Ingebracht door" })).toBeVisible();
    await expect(origin.getByRole("definition").filter({ hasText: /^Stichting Buurtkracht$/ })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("the partner", () => {
  test("sees its own values not yet approved, said to count only after approval", async ({ asPartner: page }) => {
    await openHomeVisits(page);
    await expect(page.getByRole("heading", { level: 3, name: "Nog niet goedgekeurd" })).toBeVisible();
    await expect(page.getByText("Waarden die uw organisatie rapporteerde")).toBeVisible();
    const pending = dataRows(pendingTable(page));
    await expect(pending).toHaveCount(2);
    await expect(pending.filter({ hasText: "Stichting Buurtkracht" })).toHaveCount(2);
    await expect(dataRows(measurementsTable(page)).filter({ hasText: BROUGHT_IN })).toHaveCount(2);
    await expectAccessible(page);
  });
});
