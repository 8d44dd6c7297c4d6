// Route 2 end to end, from a subsidiekader to monitoring together: management opens a framework on an agreed effect,
// the partner applies, management grants, the partner reports against the effect, the programme manager approves;
// the framework's and the opgave's monitoring and the programme report's section show the approved value (and not
// before), and what was late is no longer late. The partner sees its own part. The opgave's shared page is started by
// the gemeente and written by the partner.
import type { Page } from "@playwright/test";
import { ReportPage } from "./pages/report-page";
import { expectAccessible } from "./support/axe";
import { expect, makeAgreedEffectWithOpgave, test, uniqueName } from "./support/fixtures";

// One long journey through five roles' pages.
test.describe.configure({ timeout: 300_000 });

const summary = (page: Page, name: string) =>
  page.getByRole("table", { name: `Afgesproken effecten van ${name}: gerapporteerd tegen de streefwaarde` });
/** The cells of an effect's row in a summary table: effect, indicator, baseline, target, reported, share, late. */
const effectRow = (page: Page, name: string, effect: string) =>
  summary(page, name).getByRole("row").filter({ hasText: effect }).getByRole("cell");

test("a grant, a report against the agreed effect and its approval show in the monitoring and the report", async ({
  asManagement: management,
  asManager: manager,
  asPartner: partner,
  asTestdorp,
  database,
  makeProgramme,
}) => {
  const programme = makeProgramme({ partners: [] });
  const effect = makeAgreedEffectWithOpgave(database, programme);
  const name = uniqueName("E2E kader monitoring");

  // Management opens a framework over the first half of 2026 on the agreed effect.
  await management.goto("/subsidies/new");
  await management.getByLabel("Naam").fill(name);
  await management.getByLabel("Budget in euro").fill("50.000");
  await management.getByLabel("Eerste dag").fill("2026-01-01");
  await management.getByLabel("Laatste dag").fill("2026-06-30");
  await management.getByLabel("Voorwaarden").fill("Ouderen in de wijk ontmoeten elkaar.");
  await management.getByLabel(new RegExp(effect.description)).check();
  await management.getByLabel("Status").selectOption({ label: "Open voor aanvragen" });
  await management.getByRole("button", { name: "Subsidiekader toevoegen" }).click();
  await expect(management.getByRole("heading", { level: 1, name })).toBeVisible();
  const frameworkPath = new URL(management.url()).pathname;

  // The partner applies with a target of 25 on the effect.
  await partner.goto(frameworkPath);
  await partner.getByRole("link", { name: "Subsidie aanvragen" }).click();
  await partner.getByLabel("Gevraagd bedrag in euro").fill("20.000");
  await partner.getByLabel("Plan").fill("Ontmoetingsochtenden in het buurthuis.");
  await partner.getByLabel(`Uw doel voor: ${effect.description}`).fill("25");
  await partner.getByRole("button", { name: "Aanvraag indienen" }).click();
  await expect(partner.getByText("De aanvraag is ingediend.")).toBeVisible();
  const applicationPath = new URL(partner.url()).pathname;

  // Management grants it: the partner's half-year period is created, and is already past its due date.
  await management.goto(applicationPath);
  await management.getByLabel("Toekennen").check();
  await management.getByLabel(/^Toegekend bedrag in euro/).fill("20.000");
  await management.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(management.getByText("Het besluit is vastgelegd.")).toBeVisible();

  // Before any report: the framework's monitoring shows nothing reported, and the period as late.
  await management.goto(frameworkPath);
  await management.getByRole("link", { name: "Monitoring bekijken" }).click();
  await expect(management.getByRole("heading", { level: 1, name: `Monitoring: ${name}` })).toBeVisible();
  await expect(effectRow(management, name, effect.description).nth(4)).toHaveText("0 deelnemers");
  await expect(effectRow(management, name, effect.description).nth(6)).toHaveText("1");
  const late = management.getByRole("table", { name: "Te late rapportages" });
  await expect(late).toContainText("Stichting Buurtkracht");
  await expect(management.getByText("Nog geen goedgekeurde rapportages met een verhaal.")).toBeVisible();
  await expectAccessible(management);
  const monitoringPath = new URL(management.url()).pathname;

  // The opgave's monitoring, before.
  await manager.goto(effect.path);
  await manager.getByRole("link", { name: "Monitoring bekijken" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: `Monitoring: ${effect.opgave}` })).toBeVisible();
  await expect(effectRow(manager, effect.opgave, effect.description).nth(4)).toHaveText("0 deelnemers");
  await expect(manager.getByRole("link", { name })).toBeVisible();
  await expectAccessible(manager);
  const opgaveMonitoringPath = new URL(manager.url()).pathname;

  // The programme report with the opgave's and the framework's sections chosen, before.
  await manager.goto(`${programme.path}/report`);
  await manager.getByRole("checkbox", { name: effect.opgave }).check();
  await manager.getByRole("checkbox", { name }).check();
  await manager.getByRole("button", { name: "Rapportage bijwerken" }).click();
  await expect(manager.getByRole("heading", { level: 2, name: `Opgave: ${effect.opgave}` })).toBeVisible();
  await expect(manager.getByRole("heading", { level: 2, name: `Subsidiekader: ${name}` })).toBeVisible();
  await expect(effectRow(manager, name, effect.description).nth(4)).toHaveText("0 deelnemers");
  await expect(manager.getByRole("link", { name: "PDF downloaden" })).toHaveAttribute("href", /opgave=\d+.*kader=\d+/);
  await expectAccessible(manager);
  const reportPath = manager.url();

  // The partner reports 7 against the effect for the first half of 2026, and hands it in.
  await partner.goto(applicationPath);
  await partner.getByRole("link", { name: `Rapportage in ${programme.name}` }).click();
  await partner
    .getByRole("link", { name: /1e halfjaar 2026/ })
    .first()
    .click();
  const report = new ReportPage(partner);
  const part = report.indicator(programme.indicator.name);
  await report.saveValue(part, "2026-06-30", "7");
  await expect(part.getByText("De waarde is opgeslagen als concept.")).toBeVisible();
  const narrative = partner.getByRole("region", { name: "Toelichting" });
  await narrative.getByLabel(/^Wat ging goed\?/).fill("Elke week komen er nieuwe ouderen.");
  await narrative.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(narrative.getByText("De toelichting is opgeslagen als concept.")).toBeVisible();
  await report.handIn();
  const periodPath = new URL(partner.url()).pathname;

  // Handed in: no longer late, but not counted before approval.
  await management.goto(monitoringPath);
  await expect(effectRow(management, name, effect.description).nth(4)).toHaveText("0 deelnemers");
  await expect(effectRow(management, name, effect.description).nth(6)).toHaveText("0");
  await expect(management.getByText("Eén waarde wacht op beoordeling. Die tellen nog niet mee.")).toBeVisible();
  await expect(management.getByText("Niets is te laat.")).toBeVisible();
  await expectAccessible(management);

  // The programme manager approves it.
  await manager.goto(periodPath);
  await manager.getByRole("button", { name: "Goedkeuren", exact: true }).click();
  await expect(manager).toHaveURL(/stap=goedgekeurd/);

  // After: 7 of the effect's target, per partner against its own target of 25, and the partner's story.
  await management.goto(monitoringPath);
  await expect(effectRow(management, name, effect.description).nth(4)).toHaveText("7 deelnemers");
  const perPartner = management.getByRole("table", { name: `Per partner: ${effect.description}` });
  await expect(perPartner.getByRole("row").filter({ hasText: "Stichting Buurtkracht" })).toContainText("25 deelnemers");
  await expect(perPartner.getByRole("row").filter({ hasText: "Samen" })).toContainText("7 deelnemers");
  await expect(management.getByText("Elke week komen er nieuwe ouderen.")).toBeVisible();
  await expectAccessible(management);

  await manager.goto(opgaveMonitoringPath);
  await expect(effectRow(manager, effect.opgave, effect.description).nth(4)).toHaveText("7 deelnemers");
  await expectAccessible(manager);

  await manager.goto(reportPath);
  await expect(effectRow(manager, name, effect.description).nth(4)).toHaveText("7 deelnemers");
  await expect(effectRow(manager, effect.opgave, effect.description).nth(4)).toHaveText("7 deelnemers");
  await expectAccessible(manager);

  // The partner sees its own part of the framework's monitoring, and not the opgave's; another gemeente nothing.
  await partner.goto(monitoringPath);
  await expect(partner.getByText(/U ziet alleen uw eigen deel/).first()).toBeVisible();
  await expect(
    partner
      .getByRole("table", { name: `Afgesproken effecten van ${name}: uw eigen deel` })
      .getByRole("row")
      .last(),
  ).toContainText("7 deelnemers");
  await expect(partner.getByRole("table", { name: `Per partner: ${effect.description}` })).not.toContainText("Samen");
  await expectAccessible(partner);
  expect((await partner.goto(opgaveMonitoringPath))?.status()).toBe(404);
  expect((await asTestdorp.goto(monitoringPath))?.status()).toBe(404);

  // The opgave's shared page: started by the programme manager, written by the partner that has the grant.
  await manager.goto(effect.path);
  await manager.getByRole("button", { name: "Gedeelde pagina maken" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: `Samen reflecteren: ${effect.opgave}` })).toBeVisible();
  await expectAccessible(manager);
  const sharedPath = new URL(manager.url()).pathname;
  await partner.goto(sharedPath);
  await expect(partner.getByRole("heading", { level: 1, name: `Samen reflecteren: ${effect.opgave}` })).toBeVisible();
  await partner.getByRole("link", { name: "Pagina bewerken" }).click();
  await partner
    .getByLabel("Tekst (optioneel)", { exact: true })
    .fill("## Wat zien we in de cijfers?\n\nZeven nieuwe deelnemers in een halfjaar.");
  await partner.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(partner.getByText("Zeven nieuwe deelnemers in een halfjaar.")).toBeVisible();
  await expectAccessible(partner);
});
