// Route 2, the strategic start done together: a partner finds the session in "Mijn werk" and puts its opgaven in order
// itself, a save from an older page is refused with both orders, the facilitator sees the ranking marked as the
// partner's own in the combined ranking and closes the rankings. A subsidy framework edited from an older page is
// refused with both versions and, once archived, grants nothing; a partner withdraws its own pending application.
import { addStrategicSession, addSubsidyFrameworkWithApplication } from "../db/fixtures";
import { expectAccessible } from "./support/axe";
import { expect, makeAgreedEffect, test, uniqueName } from "./support/fixtures";

const CONFLICT = "Niet opgeslagen: iemand anders was u voor";

test("a partner enters its own order and the facilitator sees it in the combined order", async ({
  asPartner,
  asManager,
  database,
}) => {
  // Two people, a second page and five page states to scan: a long journey.
  test.slow();
  const title = uniqueName("E2E sessie");
  const items = [`${title}: eenzaamheid`, `${title}: armoede`, `${title}: taal`];
  const { sessionId } = addStrategicSession(database, { title, items });
  const path = `/strategic-sessions/${sessionId}`;

  // The partner's staff member finds the session in "Mijn werk" and ranks for Stichting Buurtkracht.
  const partner = asPartner;
  await partner.goto("/my-work?soort=rangordes");
  await expect(partner.getByRole("heading", { level: 1, name: "Mijn werk: Rangordes in te vullen" })).toBeVisible();
  await partner.getByRole("link", { name: title }).click();
  await expect(partner).toHaveURL(new RegExp(`${path}#mijn-rangorde$`));
  const own = partner.getByRole("region", { name: "Uw volgorde" });
  await expect(own).toBeVisible();
  await expect(own.getByText(/namens uw organisatie/)).toBeVisible();
  await expectAccessible(partner);
  // A second page, opened now, will save from the version before the first save.
  const older = await partner.context().newPage();
  await older.goto(path);
  await own.getByLabel(items[1] ?? "").selectOption({ label: "Plaats 1" });
  await own.getByLabel(items[0] ?? "").selectOption({ label: "Plaats 2" });
  await own.getByLabel(items[2] ?? "").selectOption({ label: "Plaats 3" });
  await own.getByRole("button", { name: "Mijn volgorde opslaan" }).click();
  await expect(partner.getByText("Uw volgorde is opgeslagen. Hij telt mee in de gezamenlijke volgorde.")).toBeVisible();
  await expectAccessible(partner);
  // Ranked: no longer asked in "Mijn werk".
  const work = await partner.context().newPage();
  await work.goto("/my-work?soort=rangordes");
  await expect(work.getByRole("heading", { level: 1, name: "Mijn werk: Rangordes in te vullen" })).toBeVisible();
  await expect(work.getByRole("link", { name: title })).toHaveCount(0);
  await work.close();

  const stale = older.getByRole("region", { name: "Uw volgorde" });
  await stale.getByLabel(items[2] ?? "").selectOption({ label: "Plaats 1" });
  await stale.getByRole("button", { name: "Mijn volgorde opslaan" }).click();
  await expect(older.getByRole("heading", { name: CONFLICT })).toBeVisible();
  await expect(older.getByRole("table", { name: "Uw versie naast de opgeslagen versie" })).toContainText("Plaats 3");
  await expect(stale.getByLabel(items[2] ?? "")).toHaveValue("1");
  await expectAccessible(older);
  await older.close();

  // The facilitator sees who ranked, that the partner did so itself, and the combined order.
  const manager = asManager;
  await manager.goto(path);
  const participants = manager.getByRole("table", { name: "Deelnemers en of hun volgorde al is ingevuld" });
  await expect(participants.getByRole("row", { name: /Stichting Buurtkracht/ })).toContainText(
    "Zelf ingevuld door Ahmed Yilmaz",
  );
  await expect(participants.getByRole("row", { name: /Joost van Dijk/ })).toContainText("Nog niet ingevuld");
  const combined = manager.getByRole("table", { name: "Gezamenlijke volgorde" });
  await expect(combined.getByRole("row").nth(1)).toContainText(items[1] ?? "");
  await expectAccessible(manager);

  // Closed: the partner can no longer change it, the facilitator still can.
  await manager.getByRole("button", { name: "Volgordes sluiten" }).click();
  await expect(
    manager.getByText("De volgordes zijn gesloten. Deelnemers kunnen hun volgorde niet meer zelf aanpassen."),
  ).toBeVisible();
  await expect(manager.getByRole("button", { name: "Volgordes weer openen" })).toBeVisible();
  await partner.goto(path);
  await expect(partner.getByText(/De begeleider heeft de volgordes gesloten/)).toBeVisible();
  await expect(partner.getByRole("button", { name: "Mijn volgorde opslaan" })).toHaveCount(0);
  await expectAccessible(partner);
});

test("a framework edited from an older page shows both versions; archived, it grants nothing", async ({
  asManagement,
  database,
  makeProgramme,
}) => {
  const programme = makeProgramme({ partners: [] });
  const effect = makeAgreedEffect(database, programme);
  const name = uniqueName("E2E kader");
  const { frameworkId, applicationId } = addSubsidyFrameworkWithApplication(database, programme, {
    name,
    effectId: effect.id,
    plan: "Koffieochtenden in de wijk.",
  });
  const management = asManagement;
  const other = await management.context().newPage();
  await management.goto(`/subsidies/${frameworkId}/edit`);
  await other.goto(`/subsidies/${frameworkId}/edit`);
  await other.getByLabel("Voorwaarden").fill("Ouderen ontmoeten elkaar elke week.");
  await other.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(other.getByText("Het subsidiekader is opgeslagen.")).toBeVisible();
  await other.close();
  await management.getByLabel("Voorwaarden").fill("Ouderen ontmoeten elkaar elke maand.");
  await management.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(management.getByRole("heading", { name: CONFLICT })).toBeVisible();
  await expect(management.getByRole("table", { name: "Uw versie naast de opgeslagen versie" })).toContainText(
    "Ouderen ontmoeten elkaar elke week.",
  );
  await expect(management.getByLabel("Voorwaarden")).toHaveValue("Ouderen ontmoeten elkaar elke maand.");
  await expectAccessible(management);

  // Archived with a reason; a grant on it is refused with a message, and nothing is decided.
  await management.goto(`/subsidies/${frameworkId}`);
  await management.getByText("Subsidiekader archiveren").click();
  await management.getByLabel("Waarom archiveert u dit kader?").fill("Vervangen door een nieuwe ronde.");
  await management.getByRole("button", { name: "Archiveren" }).click();
  await expect(management.getByText("Dit subsidiekader is gearchiveerd.")).toBeVisible();
  await expectAccessible(management);
  await management.goto(`/subsidies/${frameworkId}/applications/${applicationId}`);
  await management.getByLabel("Toekennen").check();
  await management.getByLabel(/^Toegekend bedrag in euro/).fill("10.000");
  await management.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(management.getByText("Dit subsidiekader is gearchiveerd. Zet het eerst terug.").first()).toBeVisible();
  await expectAccessible(management);
  await management.reload();
  await expect(management.getByText("Er is nog niet besloten over deze aanvraag.")).toBeVisible();
});

test("a partner withdraws its own pending application", async ({ asPartner, database, makeProgramme }) => {
  const programme = makeProgramme({ partners: [] });
  const effect = makeAgreedEffect(database, programme);
  const { frameworkId, applicationId } = addSubsidyFrameworkWithApplication(database, programme, {
    name: uniqueName("E2E kader intrekken"),
    effectId: effect.id,
    plan: "Wandelgroep voor ouderen.",
  });
  const partner = asPartner;
  await partner.goto(`/subsidies/${frameworkId}/applications/${applicationId}`);
  await expect(partner.getByText("Er is nog niet besloten over deze aanvraag.")).toBeVisible();
  await partner.getByText("Aanvraag intrekken", { exact: true }).first().click();
  await partner.getByLabel(/^Waarom trekt u de aanvraag in\?/).fill("We dienen een nieuw plan in.");
  await expectAccessible(partner);
  await partner.getByRole("button", { name: "Aanvraag intrekken" }).click();
  await expect(partner.getByText("De aanvraag is ingetrokken.")).toBeVisible();
  await expect(partner.getByText("We dienen een nieuw plan in.")).toBeVisible();
  await expect(partner.getByRole("button", { name: "Aanvraag intrekken" })).toHaveCount(0);
  await expectAccessible(partner);
});
