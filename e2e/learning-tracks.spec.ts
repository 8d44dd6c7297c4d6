// Routes 3 and 5 as working tools: a trainer starts a pilot track with goals, adds participants, holds a session with
// attendance and notes, takes the impact scan at the start and the end, and the overview shows the growth as bars and
// as a table. A partner sees only its own workshop track, its own people and its own organisation's scans.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

const PILOT_TRACK = "Pilottraject impactgericht werken: team Sociaal Domein";
const WORKSHOP_TRACK = "Workshops impactgericht werken met Buurtkracht";
const ERRORS = "Er is iets niet goed ingevuld";

/** Answers every statement of the scan with the same level and saves it. */
async function fillScan(page: Page, level: string) {
  const radios = page.getByRole("radio", { name: new RegExp(`^${level} – `) });
  await expect(radios).toHaveCount(12);
  for (let index = 0; index < 12; index++) await radios.nth(index).check();
  await page.getByRole("button", { name: "Scan opslaan" }).click();
  await expect(page.getByText("De scan is opgeslagen. Hieronder ziet u de uitkomst.")).toBeVisible();
}

test("a trainer runs a pilot track and the overview shows the growth before and after", async ({ asManager: page }) => {
  test.setTimeout(120_000);
  const title = uniqueName("Pilottraject");
  const team = uniqueName("Team");

  await page.goto("/training");
  await expect(page.getByRole("heading", { level: 1, name: "Leertrajecten" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Leertraject starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leertraject starten" })).toBeVisible();
  await expectAccessible(page);

  // Without goals: a Dutch message at the field, and the name typed is still there.
  await page.getByLabel("Naam van het leertraject").fill(title);
  await page.getByRole("radio", { name: "Bepaalde teams" }).check();
  await page.getByRole("button", { name: "Leertraject starten" }).click();
  await expect(page.getByRole("heading", { name: ERRORS })).toBeVisible();
  await expect(page.getByText("Schrijf minstens één leerdoel op, één per regel.").first()).toBeVisible();
  await expect(page.getByText("Schrijf op welke teams meedoen.").first()).toBeVisible();
  await expect(page.getByLabel("Naam van het leertraject")).toHaveValue(title);
  await expectAccessible(page);

  await page.getByLabel(/^Welke teams of organisaties/).fill(team);
  await page
    .getByLabel("Leerdoelen")
    .fill("Deelnemers tekenen de verandertheorie van hun programma.\nDeelnemers toetsen hun kritieke aannames.");
  await page.getByRole("checkbox", { name: "Aannames toetsen" }).check();
  await page.getByRole("button", { name: "Leertraject starten" }).click();
  await expect(page.getByText("Het leertraject is gestart. Voeg nu deelnemers toe.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Deelnemers toetsen hun kritieke aannames." }),
  ).toBeVisible();
  const trackPath = new URL(page.url()).pathname;

  // Participants: a colleague with an account and a guest by name.
  await page.getByLabel(/^Gebruiker/).selectOption({ label: "Sanne de Vries" });
  await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
  await expect(page.getByText("De deelnemer is toegevoegd.")).toBeVisible();
  await page.getByLabel(/^Naam van de gast/).fill("Gast Jansen");
  await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
  await expect(page.getByRole("cell", { name: /Gast Jansen/ })).toBeVisible();
  await expectAccessible(page);

  // A session with attendance and notes.
  await page.getByRole("link", { name: "Bijeenkomst toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bijeenkomst toevoegen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Onderwerp").fill("Bijeenkomst 1: aannames");
  await page.getByRole("group", { name: "Sanne de Vries" }).getByRole("radio", { name: "Aanwezig" }).check();
  await page.getByRole("group", { name: "Gast Jansen" }).getByRole("radio", { name: "Afwezig" }).check();
  await page.getByLabel(/^Aantekeningen/).fill("Vijf aannames opgeschreven.");
  await page.getByRole("button", { name: "Bijeenkomst vastleggen" }).click();
  await expect(page.getByText("De bijeenkomst is vastgelegd.")).toBeVisible();
  const attendance = page.getByRole("table", { name: "Aanwezigheid per deelnemer" });
  await expect(attendance.getByRole("row", { name: /Sanne de Vries/ })).toContainText("Aanwezig");
  await expect(attendance.getByRole("row", { name: /Gast Jansen/ })).toContainText("Afwezig");
  await expect(page.getByText("Vijf aannames opgeschreven.").first()).toBeVisible();
  await expectAccessible(page);

  await page.goto(trackPath);
  const participants = page.getByRole("table", { name: "Deelnemers en hun aanwezigheid" });
  await expect(participants.getByRole("row", { name: /Sanne de Vries/ })).toContainText("1 van 1 bijeenkomsten (100%)");
  await expect(participants.getByRole("row", { name: /Gast Jansen/ })).toContainText("0 van 1 bijeenkomsten (0%)");

  // The scan at the start, then at the end.
  await page.getByRole("link", { name: "Scan aan het begin invullen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Impactscan invullen" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "aan het begin" })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel(/^Naam van het team/).fill(team);
  await fillScan(page, "2");
  await expect(page.getByText("Dit is de eerste scan van dit team of deze organisatie.")).toBeVisible();
  await expectAccessible(page);

  await page.goto(trackPath);
  await page.getByRole("link", { name: "Scan aan het eind invullen" }).click();
  await expect(page.getByRole("radio", { name: "aan het eind" })).toBeChecked();
  await page.getByLabel(/^Naam van het team/).fill(team);
  await fillScan(page, "4");
  const result = page.getByRole("table", { name: `Impactscan van ${team} per dimensie` });
  await expect(result.getByRole("row", { name: /Strategie en routekeuze/ })).toContainText("+2");
  await expectAccessible(page);

  // The overview: before and after per dimension, as a table beside the bars.
  await page.goto(trackPath);
  await expect(page.getByText("Gemiddeld: 2 voor en 4 na (schaal 1 tot 5).")).toBeVisible();
  const growth = page.getByRole("table", { name: `Impactscan van ${team}: voor en na per dimensie` });
  await expect(growth.getByRole("columnheader")).toHaveText(["Dimensie", "Voor", "Na", "Verschil"]);
  const row = growth.getByRole("row", { name: /Samenwerken met partners/ });
  await expect(row.getByRole("cell")).toHaveText(["2", "4", "+2"]);
  await expectAccessible(page);
});

test("a module's exercise opens the participant's own programme", async ({ asManager: page }) => {
  await page.goto("/training/modules");
  await page.getByRole("link", { name: "Aannames toetsen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aannames toetsen" })).toBeVisible();
  await expect(page.getByText("Schrijf de aannames onder uw eigen programma op.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "De aannames van Samen minder eenzaam in Oost" }).click();
  await expect(page).toHaveURL(/\/programmes\/\d+\/assumptions$/);
});

test("a partner sees only its own track, its own people and its own organisation's scans", async ({
  asPartner: page,
}) => {
  await page.goto("/training");
  await expect(page.getByRole("link", { name: WORKSHOP_TRACK })).toBeVisible();
  await expect(page.getByRole("link", { name: PILOT_TRACK })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Leertraject starten" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: WORKSHOP_TRACK }).click();
  const participants = page.getByRole("table", { name: "Deelnemers en hun aanwezigheid" });
  await expect(participants.getByRole("row")).toHaveCount(3);
  await expect(participants).toContainText("Ahmed Yilmaz");
  await expect(participants).toContainText("Lotte Kramer");
  await expect(participants).not.toContainText("Ruud Jansen");
  await expect(page.getByRole("link", { name: "Leertraject wijzigen" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Bijeenkomst toevoegen" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/training/scans");
  const scans = page.getByRole("table", { name: "Impactscans" });
  await expect(scans).toContainText("Stichting Buurtkracht");
  await expect(scans).not.toContainText("Taalhuis Voorbeeld");
  await expect(scans).not.toContainText("Team Sociaal Domein");
  await expectAccessible(page);

  // Its own organisation's scan: the only subject it can choose.
  await page.getByRole("link", { name: "Impactscan invullen" }).click();
  await expect(page.getByRole("radio", { name: "Een team van de gemeente" })).toHaveCount(0);
  await expect(page.getByLabel("Partnerorganisatie", { exact: true })).toHaveValue(/\d+/);
  await expectAccessible(page);
  await fillScan(page, "3");
  await expect(page.getByRole("heading", { level: 1, name: "Impactscan van Stichting Buurtkracht" })).toBeVisible();
});

test("a partner finds another track, and another gemeente's, not at all", async ({ asPartner, asTestdorp }) => {
  await asTestdorp.goto("/training");
  await expect(asTestdorp.getByRole("link", { name: WORKSHOP_TRACK })).toHaveCount(0);
  // The pilot track's address, found as the gemeente's own people find it.
  await asPartner.goto("/training");
  const workshop = await asPartner.getByRole("link", { name: WORKSHOP_TRACK }).getAttribute("href");
  const workshopId = Number(workshop?.split("/").pop());
  for (const id of [workshopId - 1, workshopId + 1]) {
    const response = await asPartner.goto(`/training/${id}`);
    expect(response?.status()).toBe(404);
  }
  const response = await asTestdorp.goto(workshop ?? "/training/0");
  expect(response?.status()).toBe(404);
});

test("a track changed meanwhile is not overwritten: both versions are shown", async ({ signedIn }) => {
  const first = await signedIn("programmamanager");
  const second = await signedIn("programmamanager");
  const title = uniqueName("Basistraining");
  await first.goto("/training/new");
  await first.getByLabel("Naam van het leertraject").fill(title);
  await first.getByRole("radio", { name: "Basistraining" }).check();
  await first.getByRole("radio", { name: "Alle medewerkers" }).check();
  await first.getByLabel("Leerdoelen").fill("Iedereen kent de cyclus.");
  await first.getByRole("button", { name: "Leertraject starten" }).click();
  await expect(first.getByText("Het leertraject is gestart. Voeg nu deelnemers toe.")).toBeVisible();
  const edit = `${new URL(first.url()).pathname}/edit`;

  await first.goto(edit);
  await second.goto(edit);
  await first.getByLabel("Leerdoelen").fill("Iedereen kent de cyclus.\nIedereen kent de verandertheorie.");
  await first.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(first.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();

  await second.getByLabel("Leerdoelen").fill("Iedereen schrijft een leervraag.");
  await second.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(second.getByRole("heading", { name: "Niet opgeslagen: iemand anders was u voor" })).toBeVisible();
  const compared = second.getByRole("table", { name: "Uw versie naast de opgeslagen versie" });
  await expect(compared.getByRole("row", { name: /Leerdoelen/ })).toContainText("Iedereen kent de verandertheorie.");
  await expect(second.getByLabel("Leerdoelen")).toHaveValue("Iedereen schrijft een leervraag.");
  await expectAccessible(second);
});
