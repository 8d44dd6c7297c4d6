import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, type FreshProgramme, type ProgrammeRef, test, uniqueName } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

const PILOT = "Samen minder eenzaam in Oost";
const ERRORS = "Er is iets niet goed ingevuld";

/** The research area of a programme, found the way a person finds it. */
class StudiesPage {
  constructor(
    private readonly page: Page,
    private readonly programme: ProgrammeRef,
  ) {}

  section(name: string) {
    return this.page.getByRole("navigation", { name: "Onderdelen van het programma" }).getByRole("link", { name });
  }

  async openList() {
    if (typeof this.programme === "string") {
      await this.page.goto("/programmes");
      await this.page.getByRole("link", { name: this.programme, exact: true }).click();
      await expect(this.page.getByRole("heading", { level: 1, name: this.programme })).toBeVisible();
      await this.section("Onderzoek").click();
    } else {
      await this.page.goto(`${this.programme.path}/studies`);
    }
    await expect(this.page).toHaveURL(/\/studies$/);
    await expect(this.page.getByRole("heading", { level: 2, name: "Impactonderzoek" })).toBeVisible();
  }

  get table() {
    return this.page.getByRole("region", { name: "Onderzoeken van dit programma" });
  }

  async openStudy(title: string) {
    await this.table.getByRole("link", { name: title, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }

  /** The title of a study in the list that already has findings (the demo data has several). */
  async studyWithFindings() {
    for (const row of await this.table.locator("tbody tr").all()) {
      const findings = Number((await row.locator("td").last().textContent())?.trim());
      if (findings > 0) return ((await row.getByRole("link").textContent()) ?? "").trim();
    }
    throw new Error("no study of the programme has findings");
  }

  finding(title: string) {
    return this.page.getByRole("article", { name: title });
  }

  async fillFinding(title: string, description: string) {
    await this.page.getByLabel("Titel", { exact: true }).fill(title);
    await this.page.getByLabel("Wat is er gevonden?").fill(description);
  }

  /** Adds a finding from the study page it is on and waits for it to show there. */
  async addFinding(title: string, description: string) {
    await this.page.getByRole("link", { name: "Bevinding toevoegen" }).click();
    await expect(this.page.getByRole("heading", { level: 2, name: "Bevinding toevoegen" })).toBeVisible();
    await this.fillFinding(title, description);
    await this.page.getByRole("button", { name: "Bevinding toevoegen" }).click();
    await expect(this.finding(title)).toBeVisible();
    await expect(this.finding(title)).toContainText("De bevinding is toegevoegd.");
  }
}

/** A study of the programme, opened on its own page. */
async function openNewStudy(page: Page, programme: FreshProgramme, title: string) {
  const study = programme.addStudy(title);
  await page.goto(study.path);
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  return study.path;
}

test.describe("a programme manager", () => {
  test("adds a study; an unsafe report link is refused and nothing typed is lost", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const studies = new StudiesPage(page, freshProgramme);
    const title = uniqueName("E2E Interviews met deelnemers");
    await studies.openList();
    await page.getByRole("link", { name: "Onderzoek toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Onderzoek toevoegen" })).toBeVisible();
    // The scale of evidence is explained beside the field.
    await expect(page.getByRole("radio", { name: /^Niveau 1: Beschreven: / })).toBeVisible();
    await expect(page.getByRole("radio", { name: /^Niveau 4: Sterke aanwijzingen voor effect: / })).toBeVisible();
    await expect(page.getByLabel("Eigenaar").locator("option:checked")).toHaveText("Joost van Dijk");

    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Onderzoeksvraag").fill("Waarom haken deelnemers van de ontmoetingsochtend af?");
    await page.getByLabel("Methode").selectOption({ label: "Kwalitatief: interviews en gesprekken" });
    await page.getByLabel(/^Start/).fill("2026-02-01");
    await page.getByLabel(/^Einde/).fill("2026-05-31");
    await page.getByRole("radio", { name: "Afgerond" }).check();
    await page.getByLabel(/^Samenvatting/).fill("Twaalf gesprekken met deelnemers en oud-deelnemers.");
    await page.getByRole("radio", { name: /^Niveau 3: Aanwijzingen voor effect/ }).check();
    await page.getByLabel(/^Titel van rapport 1/).fill("Verslag van de interviews");
    await page.getByLabel(/^Webadres van rapport 1/).fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Onderzoek toevoegen" }).click();

    await expect(page.getByRole("region", { name: ERRORS })).toBeFocused();
    await expect(page.locator("#reportUrl-0-error")).toContainText("begint met https:// of http://");
    await expect(page.getByRole("region", { name: ERRORS }).getByRole("link")).toHaveCount(1);
    await expect(page.getByLabel(/^Webadres van rapport 1/)).toHaveValue("javascript:alert(1)");
    await expect(page.getByLabel(/^Titel van rapport 1/)).toHaveValue("Verslag van de interviews");
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel("Onderzoeksvraag")).toHaveValue(
      "Waarom haken deelnemers van de ontmoetingsochtend af?",
    );
    await expect(page.getByLabel("Methode")).toHaveValue("kwalitatief");
    await expect(page.getByLabel(/^Start/)).toHaveValue("2026-02-01");
    await expect(page.getByLabel(/^Einde/)).toHaveValue("2026-05-31");
    await expect(page.getByRole("radio", { name: "Afgerond" })).toBeChecked();
    await expect(page.getByRole("radio", { name: /^Niveau 3: Aanwijzingen voor effect/ })).toBeChecked();
    await expect(page.getByLabel(/^Samenvatting/)).toHaveValue("Twaalf gesprekken met deelnemers en oud-deelnemers.");
    await expectAccessible(page);

    await page.getByLabel(/^Webadres van rapport 1/).fill("https://www.voorbeeld.nl/interviews.pdf");
    await page.getByRole("button", { name: "Nog een rapport toevoegen" }).click();
    await expect(page.getByLabel(/^Titel van rapport 2/)).toBeFocused();
    await page.getByLabel(/^Titel van rapport 2/).fill("Literatuuroverzicht");
    await page.getByLabel(/^Webadres van rapport 2/).fill("https://www.voorbeeld.nl/literatuur.pdf");
    await page.getByRole("button", { name: "Onderzoek toevoegen" }).click();

    await expect(page).toHaveURL(/\/studies\/\d+\?nieuw=1$/);
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    await expect(page.getByText("Het onderzoek is toegevoegd.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Verslag van de interviews" })).toHaveAttribute(
      "href",
      "https://www.voorbeeld.nl/interviews.pdf",
    );
    await expect(page.getByRole("link", { name: "Literatuuroverzicht" })).toHaveAttribute(
      "href",
      "https://www.voorbeeld.nl/literatuur.pdf",
    );
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    const strength = page.getByRole("region", { name: "Bewijskracht", exact: true });
    await expect(strength).toContainText("Aanwijzingen voor effect");
    await expect(strength).toContainText("niveau 3 van 4");
    await expect(strength.getByRole("listitem").filter({ hasText: "(dit onderzoek)" })).toContainText(
      "Metingen in de praktijk",
    );
    await expect(page.getByText("Dit onderzoek heeft nog geen bevindingen.")).toBeVisible();
    await expectAccessible(page);

    await studies.openList();
    const row = studies.table.locator("tbody tr").filter({ hasText: title });
    await expect(row).toContainText("Afgerond");
    await expect(row).toContainText("Aanwijzingen voor effect");

    await studies.openStudy(title);
    await page.getByRole("link", { name: "Onderzoek wijzigen" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Onderzoek wijzigen" })).toBeVisible();
    await expect(page.getByLabel(/^Webadres van rapport 2/)).toHaveValue("https://www.voorbeeld.nl/literatuur.pdf");
    await expect(page.getByRole("radio", { name: "Afgerond" })).toBeChecked();
  });

  test("adds a finding that contradicts an assumption and updates the assumption from it in one step", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const studies = new StudiesPage(page, freshProgramme);
    const statement = uniqueName("E2E Ouderen bellen zelf de buurtcoach");
    const assumption = freshProgramme.addAssumption(statement);
    const title = uniqueName("E2E Belrondes");
    await openNewStudy(page, freshProgramme, title);

    const findingTitle = uniqueName("E2E Bijna niemand belt zelf");
    await page.getByRole("link", { name: "Bevinding toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Bevinding toevoegen" })).toBeVisible();
    await studies.fillFinding(findingTitle, "Van de 40 ouderen belde er één zelf; de rest wachtte op een bezoek.");
    await page.getByLabel(statement, { exact: true }).selectOption({ label: "Weerspreekt" });
    await page.getByRole("button", { name: "Bevinding toevoegen" }).click();

    const finding = studies.finding(findingTitle);
    await expect(finding).toContainText("De bevinding is toegevoegd.");
    await expect(finding).toContainText("Nog niet geduid.");
    await expect(finding).toContainText("Weerspreekt");
    await expect(finding.getByRole("link", { name: statement })).toBeVisible();
    await expect(finding).toContainText("(nu: Ongetoetst)");
    await expectAccessible(page);

    // The form beside the link: the status follows from the verdict, the reason is written but can be changed.
    await finding.getByText("Status van deze aanname bijwerken (voorstel: Weerlegd)").click();
    const form = finding.getByRole("form", { name: `Status bijwerken van de aanname: ${statement}` });
    await expect(form.getByLabel("Nieuwe status")).toHaveValue("weerlegd");
    const reason = form.getByLabel("Waarom?");
    await expect(reason).toHaveValue(/weerspreekt deze aanname/);
    expect(await reason.inputValue()).toContain(findingTitle);
    await expectAccessible(page);
    await reason.fill(`${await reason.inputValue()} De buurtcoaches bellen voortaan zelf aan.`);
    await form.getByRole("button", { name: "Status bijwerken" }).click();

    await expect(finding).toContainText("De status van de aanname is bijgewerkt.");
    await expect(finding).toContainText("(nu: Weerlegd)");
    await expect(finding.getByText(/voorstel: Weerlegd/)).toHaveCount(0);

    await finding.getByRole("link", { name: statement }).click();
    await expect(page).toHaveURL(new RegExp(`${assumption.path}$`));
    await expect(page.getByRole("heading", { level: 2, name: "Aanname", exact: true })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^Weerlegd$/ })).toBeVisible();
    const history = page.getByRole("region", { name: "Geschiedenis van de status" });
    await expect(history).toContainText("Ongetoetst → Weerlegd");
    await expect(history).toContainText("Joost van Dijk");
    await expect(history).toContainText("De buurtcoaches bellen voortaan zelf aan.");
    await expect(history).toContainText("Op grond van de bevinding:");
    await expect(history.getByRole("link", { name: findingTitle })).toBeVisible();
    const trail = page.getByRole("region", { name: "Onderbouwing", exact: true });
    await expect(trail.getByRole("listitem")).toHaveCount(1);
    await expect(trail).toContainText("Weerspreekt");
    await expect(trail).toContainText(title);
    await expect(trail).toContainText("Nog niet bepaald");
    await expect(trail).toContainText("Nog niet geduid.");

    // The reason leads back to the finding on its study's page.
    await history.getByRole("link", { name: findingTitle }).click();
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    await expect(studies.finding(findingTitle)).toBeVisible();
  });
});

test.describe("a team member", () => {
  test("adds a finding to a study of a programme of their team and interprets it later", async ({
    asTeamlid: page,
    freshProgramme,
  }) => {
    freshProgramme.addHypothesis("buurtcoaches vaste maatjes laten koppelen");
    const study = uniqueName("E2E Gesprekken met maatjes");
    freshProgramme.addStudy(study);
    const studies = new StudiesPage(page, freshProgramme);
    await studies.openList();
    await expect(page.getByRole("link", { name: "Onderzoek toevoegen" })).toHaveCount(0);
    await studies.openStudy(study);
    await expect(page.getByRole("link", { name: "Onderzoek wijzigen" })).toHaveCount(0);
    // A team member adds findings but does not change assumptions: no status forms.
    await expect(page.getByText(/Status van deze aanname/)).toHaveCount(0);

    await page.getByRole("link", { name: "Bevinding toevoegen" }).click();
    await page.getByRole("button", { name: "Bevinding toevoegen" }).click();
    await expect(page.getByRole("region", { name: ERRORS })).toBeFocused();
    await expect(page.locator("#title-error")).toContainText("Vul dit veld in.");
    await expect(page.locator("#description-error")).toContainText("Vul dit veld in.");
    await expectAccessible(page);

    const title = uniqueName("E2E Maatjes willen vaste dagen");
    await studies.fillFinding(title, "Vrijwilligers blijven langer als ze een vaste dag hebben.");
    await page.getByLabel(/^Hypothese 1:/).selectOption({ label: "Ondersteunt" });
    await page.getByRole("button", { name: "Bevinding toevoegen" }).click();
    const finding = studies.finding(title);
    await expect(finding).toContainText("De bevinding is toegevoegd.");
    await expect(finding).toContainText("Vastgelegd door Sanne de Vries");
    await expect(finding).toContainText("Ondersteunt");
    await expect(finding.getByRole("link", { name: /^Hypothese 1:/ })).toBeVisible();
    await expect(finding).toContainText("Nog niet geduid.");

    await finding.getByRole("link", { name: `Wijzigen ${title}` }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Bevinding wijzigen" })).toBeVisible();
    await expect(page.getByLabel(/^Hypothese 1:/)).toHaveValue("ondersteunt");
    await page.getByLabel(/^Duiding/).fill("Bij de werving van maatjes noemen we voortaan een vaste dag.");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(finding).toContainText("De bevinding is opgeslagen.");
    await expect(finding).toContainText("Bij de werving van maatjes noemen we voortaan een vaste dag.");
    await expect(finding).not.toContainText("Nog niet geduid.");

    // The hypothesis shows the finding in its evidence trail.
    await studies.section("Hypothesen").click();
    const trail = page.getByRole("region", { name: "Onderbouwing: Hypothese 1", exact: true });
    const item = trail.getByRole("listitem").filter({ hasText: title });
    await expect(item).toContainText("Ondersteunt");
    await expect(item).toContainText(study);
    await expect(item).toContainText("Bij de werving van maatjes");
  });
});

test.describe("management", () => {
  test("sees studies and findings but no forms, and a direct call to add a finding is refused", async ({
    asManagement: page,
    asManager: manager,
    requestAs,
    freshProgramme,
  }) => {
    const studies = new StudiesPage(page, PILOT);
    await studies.openList();
    await expect(page.getByRole("link", { name: "Onderzoek toevoegen" })).toHaveCount(0);
    await studies.openStudy(await studies.studyWithFindings());
    expect(await page.getByRole("article").count()).toBeGreaterThan(0);
    await expect(page.getByRole("main").locator("form")).toHaveCount(0);
    await expect(page.getByRole("main").locator("details")).toHaveCount(0);
    for (const name of ["Onderzoek wijzigen", "Bevinding toevoegen", "Wijzigen"]) {
      await expect(page.getByRole("main").getByRole("link", { name })).toHaveCount(0);
    }
    const studyPath = new URL(page.url()).pathname;
    for (const path of ["/edit", "/findings/new"]) {
      expect((await page.goto(`${studyPath}${path}`))?.status(), path).toBe(404);
    }
    expect((await page.goto(studyPath.replace(/\/\d+$/, "/new")))?.status()).toBe(404);

    // The programme manager's form, caught before it reaches the server, on a study of a programme of its own.
    const managerStudies = new StudiesPage(manager, freshProgramme);
    const path = await openNewStudy(manager, freshProgramme, uniqueName("E2E Directe aanroep"));
    const title = uniqueName("E2E Ingefluisterde bevinding");
    await manager.getByRole("link", { name: "Bevinding toevoegen" }).click();
    await managerStudies.fillFinding(title, "Poging van buiten het formulier.");
    const add = await captureServerAction(manager, () =>
      manager.getByRole("button", { name: "Bevinding toevoegen" }).click(),
    );

    expectNoSuccessRedirect(await replayServerAction(await requestAs("management"), add));
    await manager.goto(path);
    await expect(manager.getByRole("heading", { level: 3, name: "Bevindingen (0)" })).toBeVisible();
    await expect(managerStudies.finding(title)).toHaveCount(0);

    // The same request from the programme manager does add it: the refusal was the role, not the request.
    expect((await replayServerAction(await requestAs("programmamanager"), add)).status()).toBeLessThan(400);
    await manager.goto(path);
    await expect(manager.getByRole("heading", { level: 3, name: "Bevindingen (1)" })).toBeVisible();
    await expect(managerStudies.finding(title)).toBeVisible();
  });
});

test.describe("who sees the research", () => {
  test("a partner of the pilot reads its studies without forms", async ({ asPartner: page }) => {
    const studies = new StudiesPage(page, PILOT);
    await studies.openList();
    await expect(page.getByRole("link", { name: "Onderzoek toevoegen" })).toHaveCount(0);
    await studies.openStudy(await studies.studyWithFindings());
    await expect(page.getByRole("link", { name: "Bevinding toevoegen" })).toHaveCount(0);
    await expect(page.getByRole("main").locator("form")).toHaveCount(0);
  });

  test("Testdorp gets not found on a programme's study and finding pages", async ({
    asManager: manager,
    asTestdorp: testdorp,
    freshProgramme,
  }) => {
    const studies = new StudiesPage(manager, freshProgramme);
    const path = await openNewStudy(manager, freshProgramme, uniqueName("E2E Niet voor Testdorp"));
    const title = uniqueName("E2E Alleen voor Voorbeeld");
    await studies.addFinding(title, "Een bevinding die Testdorp niet mag zien.");
    const edit = await studies
      .finding(title)
      .getByRole("link", { name: `Wijzigen ${title}` })
      .getAttribute("href");
    const list = path.replace(/\/\d+$/, "");

    for (const url of [list, `${list}/new`, path, `${path}/edit`, `${path}/findings/new`, edit ?? ""]) {
      expect((await testdorp.goto(url))?.status(), url).toBe(404);
      await expect(testdorp.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    }
  });
});
