// Route 2, subsidiekaders: management opens a framework on an agreed effect, the partner applies for its own
// organisation with a target on that effect, management grants it (first above the amount requested, refused), and the
// partner finds its reporting obligation in the programme's partner reporting. Another gemeente finds nothing.
import { expectAccessible } from "./support/axe";
import { expect, makeAgreedEffect, test, uniqueName } from "./support/fixtures";

const ERRORS = "Er is iets niet goed ingevuld";

test("a framework is opened, the partner applies, management grants and the partner's reporting appears", async ({
  asManagement,
  asPartner,
  asTestdorp,
  database,
  makeProgramme,
}) => {
  // A programme Stichting Buurtkracht does not take part in yet, with an agreed effect on its indicator.
  const programme = makeProgramme({ partners: [] });
  const effect = makeAgreedEffect(database, programme);
  const name = uniqueName("E2E kader");

  // Management adds the framework: first without anything, then complete and open.
  const management = asManagement;
  await management.goto("/subsidies");
  await expect(management.getByRole("heading", { level: 1, name: "Subsidiekaders" })).toBeVisible();
  await expectAccessible(management);
  await management.getByRole("link", { name: "Subsidiekader toevoegen" }).click();
  await management.getByLabel("Naam").fill(name);
  await management.getByLabel("Budget in euro").fill("12,50");
  await management.getByRole("button", { name: "Subsidiekader toevoegen" }).click();
  await expect(management.getByRole("heading", { name: ERRORS })).toBeVisible();
  await expect(management.getByText("Vul een heel bedrag in euro in, zonder centen.").first()).toBeVisible();
  await expect(management.getByLabel("Naam")).toHaveValue(name);
  await expectAccessible(management);
  await management.getByLabel("Budget in euro").fill("100.000");
  await management.getByLabel("Eerste dag").fill("2031-01-01");
  await management.getByLabel("Laatste dag").fill("2031-12-31");
  await management.getByLabel("Voorwaarden").fill("Uw plan brengt ouderen in de wijk met elkaar in contact.");
  await management.getByLabel(new RegExp(effect.description)).check();
  await management.getByLabel("Status").selectOption({ label: "Open voor aanvragen" });
  await management.getByRole("button", { name: "Subsidiekader toevoegen" }).click();
  await expect(management.getByText("Het subsidiekader is opgeslagen.")).toBeVisible();
  await expect(management.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(management.getByRole("table", { name: `Afgesproken effecten van ${name}` })).toContainText(
    effect.description,
  );
  await expectAccessible(management);
  const frameworkPath = new URL(management.url()).pathname;

  // The partner finds it among the frameworks open to it and applies for its own organisation.
  const partner = asPartner;
  await partner.goto("/subsidies");
  await expectAccessible(partner);
  await partner.getByRole("link", { name }).click();
  await partner.getByRole("link", { name: "Subsidie aanvragen" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: "Subsidie aanvragen" })).toBeVisible();
  await expect(partner.getByLabel("Partnerorganisatie")).toHaveCount(0);
  await partner.getByLabel("Gevraagd bedrag in euro").fill("30.000");
  await partner.getByLabel("Plan").fill("Ontmoetingsochtenden in het buurthuis, met een maatje voor wie dat wil.");
  await partner.getByRole("button", { name: "Aanvraag indienen" }).click();
  await expect(partner.getByText("Vul bij minstens één afgesproken effect een doel in.").first()).toBeVisible();
  await expect(partner.getByLabel("Gevraagd bedrag in euro")).toHaveValue("30.000");
  await expectAccessible(partner);
  await partner.getByLabel(`Uw doel voor: ${effect.description}`).fill("25");
  await partner.getByRole("button", { name: "Aanvraag indienen" }).click();
  await expect(partner.getByText("De aanvraag is ingediend.")).toBeVisible();
  await expect(partner.getByRole("heading", { level: 1, name: "Aanvraag van Stichting Buurtkracht" })).toBeVisible();
  await expect(partner.getByText("Er is nog niet besloten over deze aanvraag.")).toBeVisible();
  await expect(partner.getByRole("button", { name: "Besluit vastleggen" })).toHaveCount(0);
  await expectAccessible(partner);
  const applicationPath = new URL(partner.url()).pathname;

  // Before the grant the partner has no access to the programme.
  expect((await partner.goto(`${programme.path}/reporting`))?.status()).toBe(404);

  // Another gemeente finds neither the framework nor the application.
  expect((await asTestdorp.goto(frameworkPath))?.status()).toBe(404);
  expect((await asTestdorp.goto(applicationPath))?.status()).toBe(404);

  // Management grants: first more than was asked, refused beside the field; then within it.
  await management.goto(applicationPath);
  await expect(
    management.getByRole("table", { name: "Doelen van Stichting Buurtkracht per afgesproken effect" }),
  ).toContainText("25");
  await expectAccessible(management);
  await management.getByLabel("Toekennen").check();
  await management.getByLabel(/^Toegekend bedrag in euro/).fill("40.000");
  await management.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(
    management.getByText(/U kunt hoogstens het gevraagde bedrag toekennen: 30\.000 euro\./).first(),
  ).toBeVisible();
  await expect(management.getByLabel(/^Toegekend bedrag in euro/)).toHaveValue("40.000");
  await expectAccessible(management);
  await management.getByLabel(/^Toegekend bedrag in euro/).fill("25.000");
  await management.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(management.getByText("Het besluit is vastgelegd.")).toBeVisible();
  await expect(management.getByRole("button", { name: "Besluit vastleggen" })).toHaveCount(0);
  await expectAccessible(management);
  await management.goto(frameworkPath);
  await expect(management.getByRole("table", { name: `Aanvragen bij ${name}` })).toContainText("Toegekend");

  // The partner sees the grant and its reporting obligation in the programme's partner reporting.
  await partner.goto(applicationPath);
  await expect(partner.getByText("Toegekend").first()).toBeVisible();
  await partner.getByRole("link", { name: `Rapportage in ${programme.name}` }).click();
  await expect(partner.getByText("1e halfjaar 2031").first()).toBeVisible();
  await expect(partner.getByText("2e halfjaar 2031").first()).toBeVisible();
  await expectAccessible(partner);
});
