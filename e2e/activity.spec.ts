import type { Locator } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";

/** The marks of a log that shows technical data instead of sentences. */
async function expectNoTechnicalData(region: Locator) {
  await expect(region).not.toContainText("{");
  await expect(region).not.toContainText("Id:");
  await expect(region).not.toContainText(/→\s*—/);
  await expect(region).not.toContainText(/\b(programmeId|ownerId|tocChange|budgetCents|targetValue)\b/);
}

test("the activity log and the programme read as sentences with labelled values", async ({
  asManager: page,
  asManagement: decider,
  asBeheerder: admin,
  freshProgramme,
}) => {
  // One journey of three people through five page states, with an accessibility scan of four of them.
  test.slow();
  const { name, path, indicator } = freshProgramme;
  const correction = `Wandelgroep erbij ${Date.now()}`;
  const note =
    `Proberen tot de zomer. ${"Daarna kijken we met Stichting Buurtkracht of de wandelgroep blijft. ".repeat(2)}`.trim();

  // The programme: a budget where there was none, and another status.
  await page.goto(`${path}/edit`);
  await page.getByLabel("Budget in euro's").fill("12.500");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Afgerond" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De gegevens zijn opgeslagen.")).toBeVisible();

  // The indicator: a higher target.
  await page.goto(indicator.path);
  await page.getByRole("link", { name: "Indicator wijzigen" }).click();
  await page.getByRole("textbox", { name: /^Streefwaarde/ }).fill("80");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De indicator is opgeslagen.")).toBeVisible();

  // A course correction, proposed by the manager and decided by management.
  await page.goto(`${path}/corrections`);
  await page.getByRole("link", { name: "Bijsturing voorstellen" }).click();
  await page.getByLabel("Titel", { exact: true }).fill(correction);
  await page.getByLabel("Wat verandert er?").fill("Er komt een wekelijkse wandelgroep vanuit De Schakel.");
  await page.getByLabel("Waarom?").fill("Mannen haken af bij de ochtend; bewegen spreekt hen meer aan.");
  await page.getByLabel("Het MT").check();
  await page.getByRole("button", { name: "Bijsturing voorstellen" }).click();
  await expect(page.getByText("De bijsturing is voorgesteld.")).toBeVisible();
  await decider.goto(page.url());
  await decider.getByLabel("Besluiten: de bijsturing gaat door").check();
  await decider.getByLabel("Toelichting bij het besluit").fill(note);
  await decider.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(decider.getByText("De bijsturing is besloten.")).toBeVisible();

  // The gemeente's activity log.
  await admin.goto("/admin/activity");
  const rows = admin.getByRole("table").getByRole("row");
  const programmeRow = rows.filter({ hasText: `Joost van Dijk wijzigde programma ‘${name}’` });
  await expect(programmeRow).toContainText("Status: Lopend → Afgerond");
  await expect(programmeRow).toContainText(/Budget: €\s12\.500,00 \(nieuw\)/);
  await expect(programmeRow).not.toContainText("Naam:");
  const indicatorRow = rows
    .filter({ hasText: `Joost van Dijk wijzigde indicator ‘${indicator.name}’` })
    .filter({ hasText: `Bij programma ‘${name}’` });
  await expect(indicatorRow).toContainText("Streefwaarde: 60 → 80 deelnemers");
  await expect(indicatorRow).not.toContainText("Nulmeting");
  const proposedRow = rows.filter({ hasText: `Joost van Dijk stelde bijsturing ‘${correction}’ voor` });
  await expect(proposedRow).toContainText("Wie besluit: Het MT");
  await expectNoTechnicalData(admin.getByRole("main"));
  await expectAccessible(admin);

  // Filtered to decisions: the decision with its long note folded away.
  await admin.getByLabel("Wat").selectOption({ label: "Bijsturing besloten" });
  await admin.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(admin).toHaveURL(/action=correction\.decided/);
  const decidedRow = rows.filter({ hasText: `Ingrid Bakker besloot tot bijsturing ‘${correction}’` });
  await expect(decidedRow).toContainText("Status: Voorgesteld → Besloten");
  await expect(decidedRow).toContainText("Toelichting bij het besluit: ‘Proberen tot de zomer.");
  await expect(decidedRow.getByText(note, { exact: true })).toBeHidden();
  await decidedRow.getByText("Hele tekst").click();
  await expect(decidedRow.getByText(note, { exact: true })).toBeVisible();
  await expectNoTechnicalData(admin.getByRole("main"));
  await expectAccessible(admin);

  // The programme's own page shows the same sentences.
  await page.goto(path);
  const recent = page.getByRole("region", { name: "Recente activiteit" });
  await expect(recent).toContainText(`Ingrid Bakker besloot tot bijsturing ‘${correction}’`);
  await expect(recent).toContainText(`Joost van Dijk wijzigde indicator ‘${indicator.name}’`);
  await expect(recent).toContainText("Streefwaarde: 60 → 80 deelnemers");
  await expect(recent).toContainText("Status: Lopend → Afgerond");
  await expectNoTechnicalData(recent);
  await expectAccessible(page);
});
