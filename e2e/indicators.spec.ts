import type { Page } from "@playwright/test";
import { addIndicator } from "../db/fixtures";
import { expectAccessible } from "./support/axe";
import { expect, type ProgrammeRef, test, uniqueName } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

const PILOT = "Samen minder eenzaam in Oost";
const PARTICIPANTS = "Aantal deelnemers aan ontmoetingsactiviteiten";
const STATUS = /Op koers|Aandacht|Uit koers|Geen gegevens/;

/** "2026-01-15" plus some days. */
function daysAfter(day: string, days: number) {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The indicators area of a programme, found the way a person finds it. */
class IndicatorsPage {
  constructor(
    private readonly page: Page,
    private readonly programme: ProgrammeRef,
  ) {}

  async openList() {
    if (typeof this.programme === "string") {
      await this.page.goto("/programmes");
      await this.page.getByRole("link", { name: this.programme, exact: true }).click();
      await expect(this.page.getByRole("heading", { level: 1, name: this.programme })).toBeVisible();
      await this.page
        .getByRole("navigation", { name: "Onderdelen van het programma" })
        .getByRole("link", { name: "Indicatoren" })
        .click();
    } else {
      await this.page.goto(`${this.programme.path}/indicators`);
    }
    await expect(this.page).toHaveURL(/\/indicators$/);
    await expect(this.list).toBeVisible();
  }

  get list() {
    return this.page.getByRole("region", { name: "Indicatoren van dit programma" });
  }

  get listRows() {
    return this.list.getByRole("row").filter({ has: this.page.getByRole("link") });
  }

  async openIndicator(name: string) {
    await this.list.getByRole("link", { name, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 2, name })).toBeVisible();
  }

  /** The number in the heading "Metingen (n)". */
  async measurementCount() {
    const heading = this.page.getByRole("heading", { level: 3, name: /^Metingen \(\d+\)$/ });
    return Number((await heading.textContent())?.match(/\d+/)?.[0]);
  }

  table(name: string) {
    return this.page.getByRole("region", { name: `Metingen van ${name}`, exact: true });
  }

  tableRows(name: string) {
    return this.table(name).locator("tbody tr");
  }

  /** A day after the latest measurement (the table's first row), so it cannot clash with a day that has one. */
  async freeDay(name: string) {
    const latest = await this.tableRows(name).first().locator("time").getAttribute("datetime");
    return daysAfter(latest ?? "2026-01-01", 7);
  }

  get status() {
    return this.page.getByRole("region", { name: "Status", exact: true });
  }

  get measurementForm() {
    return this.page.getByRole("region", { name: "Meting toevoegen", exact: true });
  }

  get importForm() {
    return this.page.getByRole("region", { name: "Meerdere metingen tegelijk toevoegen" });
  }

  async fillMeasurement(day: string, value: string, note = "") {
    await this.measurementForm.getByLabel("Peildatum").fill(day);
    await this.measurementForm.getByRole("textbox", { name: /^Waarde/ }).fill(value);
    await this.measurementForm.getByRole("textbox", { name: /^Toelichting/ }).fill(note);
  }

  async fillIndicator({ name, baseline, target }: { name: string; baseline: string; target: string }) {
    await this.page.getByLabel("Naam", { exact: true }).fill(name);
    await this.page.getByLabel("Eenheid", { exact: true }).fill("bezoekers");
    await this.page.getByLabel("Hoger is beter").check();
    await this.page.getByRole("textbox", { name: /^Waarde van de nulmeting/ }).fill(baseline);
    await this.page.getByLabel(/^Datum van de nulmeting/).fill("2026-01-01");
    await this.page.getByRole("textbox", { name: /^Streefwaarde/ }).fill(target);
    await this.page.getByLabel(/^Datum van de streefwaarde/).fill("2026-12-31");
    await this.page.getByLabel(/^Bron/).fill("Presentielijsten van Stichting Buurtkracht");
    await this.page.getByLabel("Hoe vaak meet u?").selectOption({ label: "Elke maand" });
    await this.page.getByRole("radio", { name: /^Bijdrage:/ }).check();
  }

  /** Adds an indicator to the programme and returns the path of its page. */
  async create(name: string) {
    await this.openList();
    await this.page.getByRole("link", { name: "Indicator toevoegen" }).click();
    await this.fillIndicator({ name, baseline: "40", target: "80" });
    await this.page.getByRole("button", { name: "Indicator toevoegen" }).click();
    await expect(this.page).toHaveURL(/\/indicators\/\d+\?nieuw=1$/);
    await expect(this.page.getByRole("heading", { level: 2, name })).toBeVisible();
    return new URL(this.page.url()).pathname;
  }
}

test.describe("a programme manager", () => {
  test("follows an indicator and adds a measurement", async ({ asManager: page, freshProgramme }) => {
    const indicators = new IndicatorsPage(page, freshProgramme);
    const { name, measurements: count } = freshProgramme.indicator;
    await indicators.openList();
    await expect(indicators.listRows.filter({ hasText: name })).toContainText(STATUS);
    await page.getByRole("link", { name: "Indicator toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Indicator toevoegen" })).toBeVisible();

    await indicators.openList();
    await indicators.openIndicator(name);
    await expect(page.getByText("Hoger is beter")).toBeVisible();
    expect(await indicators.measurementCount()).toBe(count);
    const chart = page.getByRole("img", { name: `Grafiek van ${name}`, exact: false });
    await expect(chart).toBeVisible();
    // Every measurement is a point in the chart and a row in the table.
    await expect(chart.locator("circle")).toHaveCount(count);
    await expect(indicators.tableRows(name)).toHaveCount(count);
    await expect(indicators.status).toContainText(STATUS);

    const day = await indicators.freeDay(name);
    await indicators.fillMeasurement(day, "61", "Extra ontmoeting in de bibliotheek");
    await indicators.measurementForm.getByRole("button", { name: "Meting toevoegen" }).click();
    await expect(indicators.measurementForm.getByText("De meting is toegevoegd.")).toBeVisible();
    await expect(indicators.tableRows(name)).toHaveCount(count + 1);
    await expect(chart.locator("circle")).toHaveCount(count + 1);
    // Newest first: the new, latest measurement heads the table.
    const added = indicators.tableRows(name).first();
    await expect(added).toContainText("61 deelnemers");
    await expect(added).toContainText("Extra ontmoeting in de bibliotheek");
    await expect(added).toContainText("Joost van Dijk");
    // The status now speaks about the new, latest measurement.
    await expect(indicators.status).toContainText(STATUS);
    await expect(indicators.status).toContainText("61 deelnemers");
    // The form is empty again for the next measurement.
    await expect(indicators.measurementForm.getByLabel("Peildatum")).toHaveValue("");
    await expect(indicators.measurementForm.getByRole("textbox", { name: /^Waarde/ })).toHaveValue("");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Indicator wijzigen" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Indicator wijzigen" })).toBeVisible();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(name);
    await expect(page.getByLabel("Hoger is beter")).toBeChecked();
  });

  test("adds an indicator; a bad number is named beside its field and nothing typed is lost", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const indicators = new IndicatorsPage(page, freshProgramme);
    const name = uniqueName("Bezoekers van het buurtcafé");
    await indicators.openList();
    await page.getByRole("link", { name: "Indicator toevoegen" }).click();
    await indicators.fillIndicator({ name, baseline: "abc", target: "80" });
    await page.getByRole("button", { name: "Indicator toevoegen" }).click();

    await expect(page.getByRole("region", { name: "Er is iets niet goed ingevuld" })).toBeFocused();
    await expect(page.locator("#baselineValue-error")).toContainText("Vul een getal in");
    await expect(page.getByRole("textbox", { name: /^Waarde van de nulmeting/ })).toHaveValue("abc");
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(name);
    await expect(page.getByLabel("Eenheid", { exact: true })).toHaveValue("bezoekers");
    await expect(page.getByRole("textbox", { name: /^Streefwaarde/ })).toHaveValue("80");
    await expect(page.getByLabel(/^Datum van de nulmeting/)).toHaveValue("2026-01-01");
    await expect(page.getByLabel(/^Datum van de streefwaarde/)).toHaveValue("2026-12-31");
    await expect(page.getByLabel("Hoger is beter")).toBeChecked();
    await expect(page.getByRole("radio", { name: /^Bijdrage:/ })).toBeChecked();
    await expect(page.getByLabel("Hoe vaak meet u?")).toHaveValue("maandelijks");
    await expectAccessible(page);

    // A count is whole: the kind chosen (Aantal, the default) decides what is plausible.
    await page.getByRole("textbox", { name: /^Waarde van de nulmeting/ }).fill("40,5");
    await page.getByRole("button", { name: "Indicator toevoegen" }).click();
    await expect(page.locator("#baselineValue-error")).toContainText("Een aantal is een heel getal");
    await expect(page.getByRole("textbox", { name: /^Waarde van de nulmeting/ })).toHaveValue("40,5");
    await page.getByRole("textbox", { name: /^Waarde van de nulmeting/ }).fill("40");
    await page.getByRole("button", { name: "Indicator toevoegen" }).click();
    await expect(page).toHaveURL(/\/indicators\/\d+\?nieuw=1$/);
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    await expect(page.getByText("De indicator is toegevoegd.")).toBeVisible();
    await expect(page.getByText("40 bezoekers op 1 januari 2026")).toBeVisible();
    await expect(page.getByText("80 bezoekers uiterlijk 31 december 2026")).toBeVisible();
    await expect(indicators.status).toContainText("Geen gegevens");
    await expect(indicators.status).toContainText("Er is nog geen meting.");
    await expect(page.getByRole("heading", { level: 3, name: "Metingen (0)" })).toBeVisible();
    await expectAccessible(page);

    await indicators.openList();
    const row = indicators.listRows.filter({ hasText: name });
    await expect(row).toContainText("Geen gegevens");
    await expect(row).toContainText("40 bezoekers");
    await expect(row).toContainText("80 bezoekers");
  });

  test("pastes measurements: one bad line adds nothing and names the line; a good paste adds them all", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const indicators = new IndicatorsPage(page, freshProgramme);
    const name = uniqueName("Geplakte metingen");
    await indicators.create(name);
    const importForm = indicators.importForm;
    const box = importForm.getByRole("textbox", { name: /^Metingen plakken/ });
    const submit = importForm.getByRole("button", { name: "Metingen toevoegen" });
    const problems = page.getByRole("region", { name: "Er is niets toegevoegd" });

    const bad = "peildatum;waarde;toelichting\n15-01-2026;42;na de zomer\n31-02-2026;44;\n15-03-2026;47;";
    await box.fill(bad);
    await submit.click();
    await expect(problems).toBeFocused();
    await expect(problems).toContainText("Regel 3");
    await expect(problems).toContainText("31-02-2026");
    await expect(problems).not.toContainText("Regel 2");
    await expect(box).toHaveValue(bad);
    await expect(page.getByRole("heading", { level: 3, name: "Metingen (0)" })).toBeVisible();
    await expect(indicators.table(name)).toHaveCount(0);
    await expectAccessible(page);

    await box.fill(bad.replace("31-02-2026", "28-02-2026"));
    await submit.click();
    await expect(importForm.getByText("3 metingen zijn toegevoegd.")).toBeVisible();
    await expect(indicators.tableRows(name)).toHaveCount(3);
    // Newest first: the first line of the paste, the oldest day, is the table's last row.
    await expect(indicators.tableRows(name).last()).toContainText("42 bezoekers");
    await expect(indicators.tableRows(name).last()).toContainText("na de zomer");
    await expect(box).toHaveValue("");

    // A date that already has a measurement stops the whole paste, and the line is named.
    await box.fill("15-04-2026;50\n15-01-2026;43");
    await submit.click();
    await expect(problems).toContainText("Regel 2: Voor 15 januari 2026 is al een meting.");
    await expect(indicators.tableRows(name)).toHaveCount(3);

    // The same from a file; a file that is not text is refused with a clear message.
    const file = importForm.getByLabel(/^Of kies een bestand/);
    await box.fill("");
    await file.setInputFiles({ name: "foto.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0, 0, 1]) });
    await submit.click();
    await expect(page.locator("#file-error")).toContainText("Kies een CSV- of tekstbestand");
    await expect(indicators.tableRows(name)).toHaveCount(3);
    await expectAccessible(page);

    await file.setInputFiles({
      name: "metingen.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("peildatum;waarde\n15-04-2026;50\n15-05-2026;52\n", "utf-8"),
    });
    await submit.click();
    await expect(importForm.getByText("2 metingen zijn toegevoegd.")).toBeVisible();
    await expect(indicators.tableRows(name)).toHaveCount(5);
    await expect(indicators.status).toContainText(STATUS);
    await expect(indicators.status).toContainText("52 bezoekers");
  });
});

test.describe("a team member", () => {
  test("adds a measurement to a programme of their team", async ({ asTeamlid: page, freshProgramme }) => {
    const indicators = new IndicatorsPage(page, freshProgramme);
    const { name, measurements: count } = freshProgramme.indicator;
    await indicators.openList();
    await expect(page.getByRole("link", { name: "Indicator toevoegen" })).toHaveCount(0);
    await indicators.openIndicator(name);
    await expect(page.getByRole("link", { name: "Indicator wijzigen" })).toHaveCount(0);
    await expect(indicators.tableRows(name)).toHaveCount(count);

    await indicators.fillMeasurement(await indicators.freeDay(name), "abc");
    await indicators.measurementForm.getByRole("button", { name: "Meting toevoegen" }).click();
    await expect(page.locator("#value-error")).toContainText("Vul een getal in");
    await expectAccessible(page);

    await indicators.measurementForm.getByRole("textbox", { name: /^Waarde/ }).fill("12");
    await indicators.measurementForm.getByRole("button", { name: "Meting toevoegen" }).click();
    await expect(indicators.measurementForm.getByText("De meting is toegevoegd.")).toBeVisible();
    await expect(indicators.tableRows(name)).toHaveCount(count + 1);
    await expect(indicators.tableRows(name).first()).toContainText("12 deelnemers");
    await expect(indicators.tableRows(name).first()).toContainText("Sanne de Vries");
    await expect(page.getByRole("heading", { level: 3, name: `Metingen (${count + 1})` })).toBeVisible();
  });
});

test.describe("management", () => {
  test("sees an indicator without the measurement forms, and a direct call to add one is refused", async ({
    asManagement: page,
    asManager: manager,
    requestAs,
    freshProgramme,
  }) => {
    // The pilot's indicators as the demo data has them, read only.
    const indicators = new IndicatorsPage(page, PILOT);
    await indicators.openList();
    await expect(page.getByRole("link", { name: "Indicator toevoegen" })).toHaveCount(0);
    expect(await indicators.listRows.count()).toBeGreaterThanOrEqual(4);
    for (const row of await indicators.listRows.all()) await expect(row).toContainText(STATUS);
    await indicators.openIndicator(PARTICIPANTS);
    await expect(indicators.status).toContainText(STATUS);
    const count = await indicators.measurementCount();
    expect(count).toBeGreaterThanOrEqual(6);
    expect(count).toBeLessThanOrEqual(12);
    const chart = page.getByRole("img", { name: `Grafiek van ${PARTICIPANTS}`, exact: false });
    await expect(chart).toBeVisible();
    await expect(chart.locator("circle")).toHaveCount(count);
    await expect(indicators.tableRows(PARTICIPANTS)).toHaveCount(count);
    await expect(indicators.measurementForm).toHaveCount(0);
    await expect(indicators.importForm).toHaveCount(0);
    await expect(page.getByLabel("Peildatum")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Meting toevoegen|Metingen toevoegen/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Indicator wijzigen" })).toHaveCount(0);
    expect((await page.goto(`${new URL(page.url()).pathname}/edit`))?.status()).toBe(404);

    // The programme manager's form, caught before it reaches the server, on an indicator of a programme of its own.
    const { name, path, measurements } = freshProgramme.indicator;
    const managerIndicators = new IndicatorsPage(manager, freshProgramme);
    await manager.goto(path);
    await managerIndicators.fillMeasurement("2026-02-01", "45", "Poging van buiten het formulier");
    const add = await captureServerAction(manager, () =>
      managerIndicators.measurementForm.getByRole("button", { name: "Meting toevoegen" }).click(),
    );

    expectNoSuccessRedirect(await replayServerAction(await requestAs("management"), add));
    await manager.goto(path);
    await expect(manager.getByRole("heading", { level: 3, name: `Metingen (${measurements})` })).toBeVisible();
    await expect(managerIndicators.tableRows(name).filter({ hasText: "Poging van buiten het formulier" })).toHaveCount(
      0,
    );

    // The same request from the programme manager does add it: the refusal was the role, not the request.
    expect((await replayServerAction(await requestAs("programmamanager"), add)).status()).toBeLessThan(400);
    await manager.goto(path);
    await expect(manager.getByRole("heading", { level: 3, name: `Metingen (${measurements + 1})` })).toBeVisible();
    await expect(managerIndicators.tableRows(name).filter({ hasText: "Poging van buiten het formulier" })).toHaveCount(
      1,
    );
  });
});

test.describe("a programme with many indicators", () => {
  test("lists them a screen at a time with the count, the status filter kept", async ({
    asTeamlid: page,
    freshProgramme,
    database,
  }) => {
    for (let i = 1; i <= 26; i++) {
      addIndicator(database, freshProgramme, {
        name: `Indicator ${String(i).padStart(2, "0")}`,
        unit: "deelnemers",
        baseline: { value: 0, date: "2026-01-01" },
        target: { value: 10, date: "2026-12-31" },
      });
    }
    const rows = page.getByRole("region", { name: "Indicatoren van dit programma" }).locator("tbody tr");
    const pages = page.getByRole("navigation", { name: "Pagina's van de indicatoren" });

    await page.goto(`${freshProgramme.path}/indicators`);
    await expect(rows).toHaveCount(25);
    await expect(page.getByText("1–25 van 27 indicatoren")).toBeVisible();
    await expect(pages).toContainText("Pagina 1 van 2");
    await expect(rows.first()).toContainText(freshProgramme.indicator.name);

    // Without a measurement the 26 new ones have no status: filtered on that, the next screen keeps the filter.
    await page.goto(`${freshProgramme.path}/indicators?status=geen_gegevens`);
    await expect(page.getByText("26 indicatoren", { exact: true })).toBeVisible();
    await expect(rows).toHaveCount(25);
    await pages.getByRole("link", { name: "Volgende indicatoren" }).click();
    await expect(page).toHaveURL(/status=geen_gegevens&pagina=2/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Indicator 26");
    await expect(page.getByText("26–26 van 26 indicatoren")).toBeVisible();
    await expectAccessible(page);
  });
});
