// Route 2, step 3: a programme manager writes the veranderplan of an opgave of their own, sees the readability hint
// warn about policy language without blocking, plans a milestone, agrees an effect on an indicator of a programme
// (after a refused target that went the wrong way), adds a new indicator through the programme's own write path,
// corrects the effect with a reason and archives it with a reason. A save from an older version of the plan shows
// both versions. A partner and another gemeente find no veranderplan.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

const ERRORS = "Er is iets niet goed ingevuld";
const CHANGE = /^Wat is er over drie jaar anders, en voor wie\?/;

/** Adds an opgave through the register and returns the path of its page. */
async function addOpgave(page: Page, title: string) {
  await page.goto("/opgaven/new");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Beschrijving").fill("Kinderen in West bewegen te weinig.");
  await page.getByRole("button", { name: "Opgave toevoegen" }).click();
  await expect(page.getByText("De opgave is opgeslagen.")).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Writes the plan's first version from the opgave's page; returns the plan's path. */
async function writePlan(page: Page, opgavePath: string, change: string) {
  await page.goto(opgavePath);
  await page.getByRole("link", { name: "Veranderplan bekijken" }).click();
  await page.getByRole("link", { name: "Veranderplan schrijven" }).click();
  await page.getByRole("textbox", { name: CHANGE }).fill(change);
  await page.getByRole("button", { name: "Veranderplan opslaan" }).click();
  await expect(page.getByText("Het veranderplan is opgeslagen.")).toBeVisible();
  return new URL(page.url()).pathname;
}

test.describe("the veranderplan of an opgave", () => {
  test("is written with a readability hint, a milestone and an agreed effect, corrected and archived with reasons", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const title = uniqueName("Schoolpleinen");
    await addOpgave(page, title);

    // From the opgave to its (empty) veranderplan.
    await page.getByRole("link", { name: "Veranderplan bekijken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Veranderplan: ${title}` })).toBeVisible();
    await expect(page.getByText("Er is nog geen veranderplan.")).toBeVisible();
    await expect(page.getByText("Schrijf eerst het veranderplan.")).toBeVisible();
    await expectAccessible(page);

    // Policy language gets tips as it is typed, and is not refused for it.
    await page.getByRole("link", { name: "Veranderplan schrijven" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Veranderplan schrijven" })).toBeVisible();
    await page.getByRole("button", { name: "Veranderplan opslaan" }).click();
    await expect(page.getByRole("heading", { name: ERRORS })).toBeVisible();
    await expectAccessible(page);
    const change = page.getByRole("textbox", { name: CHANGE });
    await change.fill("Middels een integrale aanpak wordt het bewegen van kinderen bevorderd.");
    await expect(page.getByText("3 tips voor leesbare taal")).toBeVisible();
    await expect(page.getByText("Beleidswoord „middels”. Probeer: met.")).toBeVisible();
    await expect(page.getByText(/^Lijdende vorm: „Middels een integrale aanpak wordt/)).toBeVisible();
    await expectAccessible(page);
    await change.fill("Over drie jaar spelen kinderen in West elke dag buiten. Zij bewegen een uur per dag.");
    await expect(page.getByText("Geen tips: de tekst leest makkelijk.")).toBeVisible();
    await page.getByLabel(/^Hoe pakken we het aan\?/).fill("Scholen maken hun pleinen groen.");
    await page.getByRole("checkbox", { name: "Stichting Buurtkracht", exact: true }).check();
    await page.getByRole("button", { name: "Veranderplan opslaan" }).click();
    await expect(page.getByText("Het veranderplan is opgeslagen.")).toBeVisible();
    await expect(page.getByText("Over drie jaar spelen kinderen in West elke dag buiten.")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Stichting Buurtkracht" })).toBeVisible();
    const planPath = new URL(page.url()).pathname;
    await expectAccessible(page);

    // A milestone for next year, owned by someone of the gemeente.
    await page.getByLabel("Jaar", { exact: true }).fill("2027");
    await page.getByLabel("Mijlpaal", { exact: true }).fill("Tien scholen hebben een groen plein.");
    await page.getByLabel("Eigenaar", { exact: true }).selectOption({ label: "Joost van Dijk" });
    await page.getByRole("button", { name: "Mijlpaal toevoegen" }).click();
    await expect(page.getByText("De mijlpaal is toegevoegd.")).toBeVisible();
    const milestones = page.getByRole("table", { name: `Mijlpalen van het veranderplan voor ${title}` });
    await expect(milestones.getByRole("row", { name: /2027/ })).toContainText("Tien scholen hebben een groen plein.");

    // An agreed effect on the programme's indicator: a target the wrong way is refused with everything kept.
    const indicatorLabel = `${freshProgramme.name}: ${freshProgramme.indicator.name} (deelnemers)`;
    const description = "Meer kinderen doen mee aan buitenspelen";
    await page.getByLabel("Indicator", { exact: true }).selectOption({ label: indicatorLabel });
    await page.getByLabel("Wat willen we samen bereiken?").fill(description);
    await page.getByLabel("Nulmeting", { exact: true }).fill("20");
    await page.getByLabel("Datum van de nulmeting").fill("2026-01-01");
    await page.getByLabel("Streefwaarde", { exact: true }).fill("10");
    await page.getByLabel("Streefwaarde bereikt op").fill("2029-12-31");
    await page.getByRole("button", { name: "Effect toevoegen" }).click();
    await expect(page.getByRole("heading", { name: ERRORS })).toBeVisible();
    await expect(page.getByText("Deze indicator moet hoger worden").first()).toBeVisible();
    await expect(page.getByLabel("Wat willen we samen bereiken?")).toHaveValue(description);
    await expect(page.getByLabel("Indicator", { exact: true })).toHaveValue(String(freshProgramme.indicator.id));
    await expectAccessible(page);
    await page.getByLabel("Streefwaarde", { exact: true }).fill("60");
    await page.getByRole("button", { name: "Effect toevoegen" }).click();
    await expect(page.getByText("Het effect is toegevoegd.")).toBeVisible();
    const effects = page.getByRole("table", { name: `Afgesproken effecten voor ${title}` });
    const row = effects.getByRole("row", { name: new RegExp(description) });
    await expect(row).toContainText(freshProgramme.indicator.name);
    await expect(row).toContainText("20 deelnemers op 1 januari 2026");
    await expect(row).toContainText("60 deelnemers op 31 december 2029");
    await expectAccessible(page);

    // No indicator fits? One is added to the programme through its own write path, and can then be chosen.
    await page.getByText("Nieuwe indicator toevoegen").click();
    await page.getByLabel("Programma", { exact: true }).selectOption({ label: freshProgramme.name });
    await page.getByLabel("Naam", { exact: true }).fill("Kinderen die dagelijks buiten spelen");
    await page.getByLabel("Eenheid", { exact: true }).fill("kinderen");
    await page.getByRole("button", { name: "Indicator toevoegen" }).click();
    await expect(page.getByText("De indicator is toegevoegd.")).toBeVisible();
    await expect(page.getByLabel("Indicator", { exact: true })).toContainText(
      `${freshProgramme.name}: Kinderen die dagelijks buiten spelen (kinderen)`,
    );

    // Correcting the agreed effect asks why.
    await page.getByRole("link", { name: `Effect corrigeren: ${description}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Afgesproken effect corrigeren" })).toBeVisible();
    await expect(page.getByLabel("Streefwaarde", { exact: true })).toHaveValue("60");
    await page.getByLabel("Streefwaarde", { exact: true }).fill("50");
    await page.getByRole("button", { name: "Correctie opslaan" }).click();
    await expect(page.getByRole("link", { name: /Vul dit veld in/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Waarom corrigeert u dit effect?").fill("Afgesproken met Buurtkracht: vijftig is haalbaar.");
    await page.getByRole("button", { name: "Correctie opslaan" }).click();
    await expect(page.getByText("Het effect is gecorrigeerd.")).toBeVisible();
    await expect(row).toContainText("50 deelnemers op 31 december 2029");

    // Archived with a reason, not deleted: it leaves the plan and stays findable with its reason.
    await page.getByRole("link", { name: `Effect corrigeren: ${description}` }).click();
    await page.getByText("Effect archiveren").click();
    await page.getByLabel("Waarom archiveert u dit effect?").fill("De school meet dit zelf.");
    await page.getByRole("button", { name: "Archiveren" }).click();
    await expect(page.getByText("Het effect is gearchiveerd.")).toBeVisible();
    await expect(page.getByText("Nog geen afgesproken effecten.")).toBeVisible();
    const archived = page.getByRole("table", { name: `Gearchiveerde effecten voor ${title}` });
    await expect(archived.getByRole("row", { name: new RegExp(description) })).toContainText(
      "De school meet dit zelf.",
    );
    await expectAccessible(page);
    expect(new URL(page.url()).pathname).toBe(planPath);
  });

  test("a save from an older version of the plan shows both versions", async ({ asManager: page, signedIn }) => {
    const title = uniqueName("Geldzorgen");
    const opgavePath = await addOpgave(page, title);
    const planPath = await writePlan(page, opgavePath, "Over drie jaar vragen gezinnen eerder om hulp.");

    const other = await signedIn("management");
    await other.goto(`${planPath}/edit`);
    await page.goto(`${planPath}/edit`);
    await page.getByRole("textbox", { name: CHANGE }).fill("Over drie jaar hebben minder gezinnen schulden.");
    await page.getByRole("button", { name: "Veranderplan opslaan" }).click();
    await expect(page.getByText("Het veranderplan is opgeslagen.")).toBeVisible();

    await other.getByRole("textbox", { name: CHANGE }).fill("Over drie jaar weten gezinnen waar ze hulp vinden.");
    await other.getByRole("button", { name: "Veranderplan opslaan" }).click();
    await expect(other.getByText("Iemand anders heeft dit intussen gewijzigd.")).toBeVisible();
    const comparison = other.getByRole("table", { name: /Uw versie/ });
    const changed = comparison.getByRole("row", { name: CHANGE });
    await expect(changed).toContainText("Over drie jaar weten gezinnen waar ze hulp vinden.");
    await expect(changed).toContainText("Over drie jaar hebben minder gezinnen schulden.");
    await expect(other.getByRole("textbox", { name: CHANGE })).toHaveValue(
      "Over drie jaar weten gezinnen waar ze hulp vinden.",
    );
    await expectAccessible(other);
  });

  test("is not there for a partner nor for another gemeente", async ({ asManager, asPartner, asTestdorp }) => {
    const opgavePath = await addOpgave(asManager, uniqueName("Taal"));
    const planPath = await writePlan(asManager, opgavePath, "Over drie jaar spreken nieuwkomers Nederlands.");
    for (const page of [asPartner, asTestdorp]) {
      const response = await page.goto(planPath);
      expect(response?.status()).toBe(404);
      expect((await page.goto(`${planPath}/edit`))?.status()).toBe(404);
    }
    await expectAccessible(asPartner);
  });
});
