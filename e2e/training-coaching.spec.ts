// Coaching, reflection and results of a learning track: a coach records a conversation about a programme and agrees
// an action that shows in the owner's "Mijn werk"; a participant answers the reflection prompts; the trainer keeps an
// answer as a lesson, judges the goals, and the results (and management's overview of all tracks) show the change.
// The route intake starts from the gemeente's impact scans.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

const ERRORS = "Er is iets niet goed ingevuld";

async function fillScan(page: Page, level: string) {
  const radios = page.getByRole("radio", { name: new RegExp(`^${level} – `) });
  await expect(radios).toHaveCount(12);
  for (let index = 0; index < 12; index++) await radios.nth(index).check();
  await page.getByRole("button", { name: "Scan opslaan" }).click();
  await expect(page.getByText("De scan is opgeslagen. Hieronder ziet u de uitkomst.")).toBeVisible();
}

test("coaching, reflection and the results of a track", async ({ asManager: page, freshProgramme }) => {
  test.setTimeout(180_000);
  const title = uniqueName("Coachingstraject");
  const team = uniqueName("Team");
  const action = uniqueName("Stuur het team de voorbeeldaannames");

  // A track of the test's own, with the coach (the programme manager) also taking part, and one session.
  await page.goto("/training/new");
  await page.getByLabel("Naam van het leertraject").fill(title);
  await page.getByRole("radio", { name: "Coachingstraject" }).check();
  await page.getByRole("radio", { name: "Alle medewerkers" }).check();
  await page.getByLabel("Leerdoelen").fill("Deelnemers schrijven hun aannames op.\nDeelnemers kiezen indicatoren.");
  await page.getByRole("button", { name: "Leertraject starten" }).click();
  await expect(page.getByText("Het leertraject is gestart. Voeg nu deelnemers toe.")).toBeVisible();
  const trackPath = new URL(page.url()).pathname;
  await page.getByLabel(/^Gebruiker/).selectOption({ label: "Joost van Dijk" });
  await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
  await expect(page.getByText("De deelnemer is toegevoegd.")).toBeVisible();
  await page.getByRole("link", { name: "Bijeenkomst toevoegen" }).click();
  await page.getByLabel("Onderwerp").fill("Bijeenkomst 1: aannames");
  await page.getByRole("group", { name: "Joost van Dijk" }).getByRole("radio", { name: "Aanwezig" }).check();
  await page.getByRole("button", { name: "Bijeenkomst vastleggen" }).click();
  await expect(page.getByText("De bijeenkomst is vastgelegd.")).toBeVisible();

  // Coaching: a conversation needs someone to talk with; then an agreed action for the coach himself.
  await page.goto(trackPath);
  await page
    .getByRole("navigation", { name: "Onderdelen van dit leertraject" })
    .getByRole("link", { name: "Coaching", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Coaching" })).toBeVisible();
  await expect(page.getByText("Er zijn nog geen coachingsgesprekken.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Coachingsgesprek vastleggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Coachingsgesprek vastleggen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Wat besproken is/).fill("Aannames zijn nog vaag.");
  await page.getByRole("button", { name: "Gesprek vastleggen" }).click();
  await expect(page.getByRole("heading", { name: ERRORS })).toBeVisible();
  await expect(
    page.getByText("Kies de deelnemer met wie u sprak, of schrijf de naam van het team op.").first(),
  ).toBeVisible();
  await expect(page.getByLabel(/^Wat besproken is/)).toHaveValue("Aannames zijn nog vaag.");
  await expectAccessible(page);
  await page.getByLabel(/^Deelnemer/).selectOption({ label: "Joost van Dijk" });
  await page.getByLabel(/^Programma/).selectOption({ label: freshProgramme.name });
  await page.getByRole("button", { name: "Gesprek vastleggen" }).click();
  await expect(page.getByText("Het coachingsgesprek is vastgelegd.", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Coachingsgesprek met Joost van Dijk" })).toBeVisible();
  await expect(page.getByRole("link", { name: freshProgramme.name })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Wat gaat er gebeuren?").fill(action);
  await page.getByLabel("Wie voert het uit?").selectOption({ label: "Joost van Dijk" });
  await page.getByLabel(/^Uiterlijk klaar op/).fill("2030-01-15");
  await page.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(page.getByText("De actie is toegevoegd.", { exact: false })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: action })).toContainText("Open");
  await expectAccessible(page);
  const conversationPath = new URL(page.url()).pathname;

  // The action is in the coach's "Mijn werk"; "Klaar" there takes it off.
  await page.goto("/my-work?soort=coachingsacties");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn werk: Acties uit coaching" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: action });
  await expect(item).toContainText(freshProgramme.name);
  await expect(item).toContainText(title);
  await expectAccessible(page);
  await item.getByRole("button", { name: `Klaar: ${action}` }).click();
  await expect(page.getByRole("listitem").filter({ hasText: action })).toHaveCount(0);
  await page.goto(conversationPath);
  await expect(page.getByRole("listitem").filter({ hasText: action })).toContainText("Klaar");

  // The participant looks back on the session; nothing answered is refused with the text kept.
  await page.goto(trackPath);
  const moments = page.getByRole("table", { name: "Uw reflecties per bijeenkomst" });
  await expect(moments.getByRole("row", { name: /Bijeenkomst 1: aannames/ })).toContainText("nog niet ingevuld");
  await expectAccessible(page);
  await moments.getByRole("link", { name: /^Terugkijken\W+Bijeenkomst 1: aannames/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Terugblik op Bijeenkomst 1: aannames" })).toBeVisible();
  await page.getByRole("button", { name: "Antwoorden opslaan" }).click();
  await expect(page.getByText("Beantwoord minstens één van de drie vragen.").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Wat heeft u toegepast\?/).fill("Ik heb de aannames van mijn pilot opgeschreven.");
  await page.getByLabel(/^Wat was lastig\?/).fill("Kiezen welke aanname kritiek is.");
  await page.getByRole("button", { name: "Antwoorden opslaan" }).click();
  await expect(page.getByText("Uw antwoorden zijn opgeslagen. Dank u wel.")).toBeVisible();
  await expect(moments.getByRole("row", { name: /Bijeenkomst 1: aannames/ })).not.toContainText("nog niet");

  // The trainer reads the answers and keeps one as a lesson.
  await page.getByRole("link", { name: "Reflecties van deelnemers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reflecties van de deelnemers" })).toBeVisible();
  await expect(page.getByText("Ik heb de aannames van mijn pilot opgeschreven.", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const lesson = uniqueName("Schrijf aannames samen op");
  await page.getByText("Maak een geleerde les van het antwoord van Joost van Dijk").click();
  await page.getByLabel("Titel van de les").fill(lesson);
  await page.getByRole("button", { name: "Bewaar als geleerde les" }).click();
  await expect(page.getByText("De geleerde les staat nu in de", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Bekijk de geleerde les die hiervan is gemaakt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: lesson })).toBeVisible();

  // Scans at the start and the end, then the trainer judges the goals: the results show the change.
  await page.goto(trackPath);
  await page.getByRole("link", { name: "Scan aan het begin invullen" }).click();
  await page.getByLabel(/^Naam van het team/).fill(team);
  await fillScan(page, "2");
  await page.goto(trackPath);
  await page.getByRole("link", { name: "Scan aan het eind invullen" }).click();
  await page.getByLabel(/^Naam van het team/).fill(team);
  await fillScan(page, "4");

  await page.goto(`${trackPath}/overview`);
  await expect(page.getByRole("heading", { level: 1, name: "Resultaten van het leertraject" })).toBeVisible();
  await expect(page.getByText("Aanwezigheid over alle bijeenkomsten: 100%.")).toBeVisible();
  await expect(page.getByText("Bereikt: 0. Deels: 0. Niet: 0. Nog niet beoordeeld: 2.")).toBeVisible();
  const growth = page.getByRole("table", { name: "Gemiddelde score in de impactscan aan het begin en aan het eind" });
  await expect(growth.getByRole("row", { name: new RegExp(team) }).getByRole("cell")).toHaveText([
    team,
    "2.0",
    "4.0",
    "+2.0",
  ]);
  await expectAccessible(page);
  await page
    .getByRole("group", { name: "Deelnemers schrijven hun aannames op." })
    .getByRole("radio", { name: "Bereikt", exact: true })
    .check();
  await page
    .getByRole("group", { name: "Deelnemers kiezen indicatoren." })
    .getByRole("radio", { name: "Deels bereikt", exact: true })
    .check();
  await page.getByRole("button", { name: "Oordeel opslaan" }).click();
  await expect(page.getByText("Het oordeel over de leerdoelen is opgeslagen.")).toBeVisible();
  await expect(page.getByText("Bereikt: 1. Deels: 1. Niet: 0. Nog niet beoordeeld: 0.")).toBeVisible();
  await expectAccessible(page);

  // Management's overview of all tracks has the same figures.
  await page.goto("/training/overview");
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht van alle leertrajecten" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("100%");
  await expect(row).toContainText("1 van 2 bereikt, 1 deels, 0 niet");
  await expect(row).toContainText(`${team}: 2.0 → 4.0 (+2.0)`);
  await expectAccessible(page);
});

test("a second tab's reflection does not silently overwrite the first", async ({ asTeamlid: page, signedIn }) => {
  // The demo's pilot track: the team member reflected at the end; two tabs open that answer, both save.
  await page.goto("/training");
  await page.getByRole("link", { name: "Pilottraject impactgericht werken: team Sociaal Domein" }).click();
  await expect(page).toHaveURL(/\/training\/\d+$/);
  const trackPath = new URL(page.url()).pathname;
  const other = await signedIn("teamlid");
  await page.goto(`${trackPath}/reflections/eind`);
  await other.goto(`${trackPath}/reflections/eind`);
  await page.getByLabel(/^Wat heeft u nodig\?/).fill("Tijd in de agenda voor reflectie.");
  await page.getByRole("button", { name: "Antwoorden bijwerken" }).click();
  await expect(page.getByText("Uw antwoorden zijn opgeslagen. Dank u wel.")).toBeVisible();
  await other.getByLabel(/^Wat heeft u nodig\?/).fill("Een voorbeeld van een goede toets.");
  await other.getByRole("button", { name: "Antwoorden bijwerken" }).click();
  await expect(other.getByText("Tijd in de agenda voor reflectie.").first()).toBeVisible();
  await expect(other.getByLabel(/^Wat heeft u nodig\?/)).toHaveValue("Een voorbeeld van een goede toets.");
  await expectAccessible(other);
});

test("a partner sees no coaching with other organisations, and no results", async ({ asPartner: page }) => {
  await page.goto("/training");
  await page.getByRole("link", { name: "Workshops impactgericht werken met Buurtkracht" }).click();
  await expect(page).toHaveURL(/\/training\/\d+$/);
  const trackPath = new URL(page.url()).pathname;
  await expect(page.getByRole("link", { name: "Resultaten", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Coaching", exact: true }).click();
  await expect(page.getByText("Er zijn nog geen coachingsgesprekken die u kunt zien.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Coachingsgesprek vastleggen" })).toHaveCount(0);
  await expectAccessible(page);
  const results = await page.goto(`${trackPath}/overview`);
  expect(results?.status()).toBe(404);
  const overview = await page.goto("/training/overview");
  expect(overview?.status()).toBe(200);
  await expect(page.getByText("Er zijn nog geen leertrajecten om te tonen.")).toBeVisible();
});

test("the route intake starts from the gemeente's impact scans", async ({ asBeheerder: page }) => {
  await page.goto("/routes/intake");
  await expect(page.getByText("alvast ingevuld uit de", { exact: false })).toBeVisible();
  const partners = page.getByRole("group", { name: /Hoe ver zijn uw uitvoeringspartners/ });
  await expect(partners).toContainText("Ingevuld uit de impactscan.");
  await expect(partners.getByRole("radio", { checked: true })).toHaveCount(1);
  await expectAccessible(page);
});
