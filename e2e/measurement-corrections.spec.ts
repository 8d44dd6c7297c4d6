// Trustworthy measurements: implausible input is named beside its fields with the text kept, a measurement is
// corrected or withdrawn for a reason and its original stays in the history, and two people editing the same
// indicator lose nothing.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, type FreshProgramme, test } from "./support/fixtures";

/** The indicator page of a fresh programme, found by its parts as a person finds them. */
function indicatorPage(page: Page, programme: FreshProgramme) {
  const { name } = programme.indicator;
  const status = page.getByRole("region", { name: "Status", exact: true });
  return {
    status,
    /** The status in words, as the badge shows it (the explanation of the rule names every status too). */
    badge: (text: string) => status.getByText(text, { exact: true }),
    form: page.getByRole("region", { name: "Meting toevoegen", exact: true }),
    rows: page.getByRole("region", { name: `Metingen van ${name}`, exact: true }).locator("tbody tr"),
    chartPoints: page.getByRole("img", { name: `Grafiek van ${name}`, exact: false }).locator("circle"),
    history: page.getByRole("region", { name: "Geschiedenis", exact: true }),
    count: page.getByRole("heading", { level: 3, name: /^Metingen \(\d+\)$/ }),
  };
}

test.describe("a programme manager", () => {
  test("enters an absurd measurement and sees every problem beside its field, with what was typed kept", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const indicator = indicatorPage(page, freshProgramme);
    await page.goto(freshProgramme.indicator.path);
    // The rules are told before anything is typed.
    await expect(indicator.form).toContainText("Een heel getal, zoals 42. 0 of meer.");
    await expect(indicator.form).toContainText("1 januari 2026 tot en met 31 december 2027");

    const day = indicator.form.getByLabel("Peildatum");
    const value = indicator.form.getByRole("textbox", { name: /^Waarde/ });
    const note = indicator.form.getByRole("textbox", { name: /^Toelichting/ });
    await day.fill("1800-01-01");
    await value.fill("-5");
    await note.fill("Telling van de ochtend");
    await indicator.form.getByRole("button", { name: "Meting toevoegen" }).click();

    const summary = page.getByRole("region", { name: "Er is iets niet goed ingevuld" });
    await expect(summary).toBeFocused();
    // The date fails the form's own check, the value the indicator's bounds: both in one round.
    await expect(page.locator("#measuredOn-error")).toContainText("Kies een datum tussen 1900 en 2100.");
    await expect(page.locator("#value-error")).toContainText(
      "Deze waarde is te laag. Bij deze indicator is de laagste waarde 0.",
    );
    await expect(value).toHaveAttribute("aria-describedby", /value-error/);
    await expect(summary.getByRole("link")).toHaveCount(2);
    await expect(day).toHaveValue("1800-01-01");
    await expect(value).toHaveValue("-5");
    await expect(note).toHaveValue("Telling van de ochtend");
    await expectAccessible(page);

    // A plausible date outside the looptijd and before the baseline: the message names the looptijd.
    await day.fill("2025-12-15");
    await value.fill("30,5");
    await indicator.form.getByRole("button", { name: "Meting toevoegen" }).click();
    await expect(page.locator("#measuredOn-error")).toContainText(
      "De peildatum ligt buiten de looptijd van het programma: van 1 januari 2026 tot en met 31 december 2027.",
    );
    await expect(page.locator("#measuredOn-error")).toContainText("vóór de nulmeting van 1 januari 2026");
    await expect(page.locator("#value-error")).toContainText("Een aantal is een heel getal");
    await expect(value).toHaveValue("30,5");
    await expect(note).toHaveValue("Telling van de ochtend");
    await expect(indicator.rows).toHaveCount(freshProgramme.indicator.measurements);

    await day.fill("2026-04-15");
    await value.fill("30");
    await indicator.form.getByRole("button", { name: "Meting toevoegen" }).click();
    await expect(indicator.form.getByText("De meting is toegevoegd.")).toBeVisible();
    await expect(indicator.rows).toHaveCount(freshProgramme.indicator.measurements + 1);
  });

  test("corrects a measurement for a reason: the status and the table change, the history keeps the original", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const indicator = indicatorPage(page, freshProgramme);
    await page.goto(freshProgramme.indicator.path);
    await expect(indicator.badge("Uit koers")).toBeVisible();
    await expect(indicator.status).toContainText("15 deelnemers");
    await expect(indicator.history).toContainText("Er is nog niets gewijzigd");

    await page.getByRole("link", { name: "Corrigeren of intrekken (meting van 15 maart 2026)" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Meting van 15 maart 2026" })).toBeVisible();
    await expectAccessible(page);

    const correction = page.getByRole("region", { name: "Meting corrigeren" });
    const value = correction.getByRole("textbox", { name: /^Waarde/ });
    await expect(value).toHaveValue("15");
    await value.fill("30");
    await correction.getByRole("button", { name: "Correctie opslaan" }).click();
    await expect(page.locator("#correct-reason-error")).toContainText("Schrijf op waarom u de meting corrigeert.");
    await expect(value).toHaveValue("30");
    await expectAccessible(page);

    await correction
      .getByRole("textbox", { name: "Waarom corrigeert u de meting?" })
      .fill("Telfout: de presentielijst had 30 namen.");
    await correction.getByRole("button", { name: "Correctie opslaan" }).click();
    await expect(page.getByText("De meting is gecorrigeerd.")).toBeVisible();
    await expect(indicator.badge("Op koers")).toBeVisible();
    await expect(indicator.status).toContainText("30 deelnemers");
    await expect(indicator.rows).toHaveCount(3);
    await expect(indicator.rows.first()).toContainText("30 deelnemers");
    await expect(indicator.rows.first()).toContainText("gecorrigeerd");
    await expect(indicator.chartPoints).toHaveCount(3);
    await expect(indicator.history).toContainText("Meting gecorrigeerd door Joost van Dijk op");
    await expect(indicator.history).toContainText("15 deelnemers op 15 maart 2026");
    await expect(indicator.history).toContainText("30 deelnemers op 15 maart 2026");
    await expect(indicator.history).toContainText("Telfout: de presentielijst had 30 namen.");
    await expectAccessible(page);
  });

  test("withdraws a measurement: it leaves the status and the chart, shows on request, and its day is free", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const indicator = indicatorPage(page, freshProgramme);
    await page.goto(freshProgramme.indicator.path);
    await page.getByRole("link", { name: "Corrigeren of intrekken (meting van 15 maart 2026)" }).click();
    const withdraw = page.getByRole("region", { name: "Meting intrekken" });
    await withdraw.getByRole("button", { name: "Meting intrekken" }).click();
    await expect(page.locator("#withdraw-reason-error")).toContainText("Schrijf op waarom u de meting intrekt.");
    await withdraw.getByRole("textbox", { name: "Waarom trekt u de meting in?" }).fill("Dubbel ingevoerd.");
    await withdraw.getByRole("button", { name: "Meting intrekken" }).click();

    await expect(page.getByText("De meting is ingetrokken.")).toBeVisible();
    await expect(indicator.count).toHaveText("Metingen (2)");
    await expect(indicator.status).toContainText("18 deelnemers");
    await expect(indicator.status).not.toContainText("15 deelnemers");
    await expect(indicator.rows).toHaveCount(2);
    await expect(indicator.chartPoints).toHaveCount(2);
    await expect(indicator.history).toContainText("Meting ingetrokken door Joost van Dijk op");
    await expect(indicator.history).toContainText("Dubbel ingevoerd.");

    await page.getByRole("link", { name: "Toon ook de ingetrokken metingen (1)" }).click();
    await expect(indicator.rows).toHaveCount(3);
    await expect(indicator.rows.filter({ hasText: "Ingetrokken" })).toContainText("15 deelnemers");
    await expect(indicator.chartPoints).toHaveCount(2);
    await expect(indicator.count).toHaveText("Metingen (2)");
    await expectAccessible(page);

    await indicator.form.getByLabel("Peildatum").fill("2026-03-15");
    await indicator.form.getByRole("textbox", { name: /^Waarde/ }).fill("17");
    await indicator.form.getByRole("button", { name: "Meting toevoegen" }).click();
    await expect(indicator.form.getByText("De meting is toegevoegd.")).toBeVisible();
    await expect(indicator.count).toHaveText("Metingen (3)");
    await expect(indicator.status).toContainText("17 deelnemers");
  });

  test("changes an indicator someone else just saved: sees both versions and loses nothing", async ({
    asManager: first,
    signedIn,
    freshProgramme,
  }) => {
    const second = await signedIn("programmamanager");
    const edit = `${freshProgramme.indicator.path}/edit`;
    await first.goto(edit);
    await second.goto(edit);
    const target = (page: Page) => page.getByRole("textbox", { name: /^Streefwaarde/ });
    const source = (page: Page) => page.getByLabel(/^Bron/);

    await target(first).fill("55");
    await first.getByRole("button", { name: "Opslaan" }).click();
    await expect(first.getByText("De indicator is opgeslagen.")).toBeVisible();

    await target(second).fill("70");
    await source(second).fill("Presentielijsten, nageteld door Sanne");
    await second.getByRole("button", { name: "Opslaan" }).click();
    const summary = second.getByRole("region", { name: "Er is iets niet goed ingevuld" });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Iemand anders heeft deze indicator opgeslagen terwijl u bewerkte.");
    await expect(target(second)).toHaveValue("70");
    await expect(source(second)).toHaveValue("Presentielijsten, nageteld door Sanne");
    // Below each field the other person saved differently: what is saved now.
    const theirs = second.getByText("Een ander heeft opgeslagen:");
    await expect(theirs).toHaveCount(2);
    await expect(theirs.nth(0).locator("..")).toContainText("55");
    await expect(theirs.nth(1).locator("..")).toContainText("Presentielijsten van Stichting Buurtkracht");
    await expectAccessible(second);

    // Saving again is deliberate: the user's version wins, and both changes stay in the history.
    await second.getByRole("button", { name: "Opslaan" }).click();
    await expect(second.getByText("De indicator is opgeslagen.")).toBeVisible();
    await expect(second.getByText("70 deelnemers uiterlijk 31 december 2026")).toBeVisible();
    const history = second.getByRole("region", { name: "Geschiedenis", exact: true });
    await expect(history.getByText("Streefwaarde: 60 → 55")).toBeVisible();
    await expect(history.getByText("Streefwaarde: 55 → 70")).toBeVisible();
  });
});
