import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, type ProgrammeRef, test } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

const PILOT = "Samen minder eenzaam in Oost";
const ERRORS = "Er is iets niet goed ingevuld";
// The latest seeded session of the pilot and one of its open action items; these tests only read them.
const SEEDED_SESSION = "Reflectie oktober";
const SEEDED_OPEN_ACTION = "Afspraak met de wijkagent over signalen van eenzaamheid";

/** Sessions, action items and lessons made by these tests start with this. */
const uniqueName = (label: string) => `E2E ${label} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** The reflection sessions of a programme, found the way a person finds them. */
class ReflectionsPage {
  constructor(
    private readonly page: Page,
    private readonly programme: ProgrammeRef,
  ) {}

  /** The programme's reflection sessions. The section link in the programme menu is wired by the shell. */
  async openList() {
    let programme: string;
    if (typeof this.programme === "string") {
      await this.page.goto("/programmes");
      await this.page.getByRole("link", { name: this.programme, exact: true }).click();
      await expect(this.page.getByRole("heading", { level: 1, name: this.programme })).toBeVisible();
      programme = new URL(this.page.url()).pathname;
    } else {
      programme = this.programme.path;
    }
    await this.page.goto(`${programme}/reflections`);
    await expect(this.page.getByRole("heading", { level: 2, name: "Reflectiesessies" })).toBeVisible();
    return `${programme}/reflections`;
  }

  get table() {
    return this.page.getByRole("region", { name: "Reflectiesessies van dit programma, nieuwste eerst" });
  }

  agenda(part?: string) {
    const agenda = this.page.getByRole("region", { name: "Op de agenda" });
    return part ? agenda.getByRole("region", { name: part }) : agenda;
  }

  get openActions() {
    return this.agenda("Open actiepunten van eerdere sessies");
  }

  get actions() {
    return this.page.getByRole("region", { name: "Actiepunten uit deze sessie" });
  }

  get review() {
    return this.page.getByRole("region", { name: "Terugblik" });
  }

  get lessons() {
    return this.page.getByRole("region", { name: "Lessen uit deze sessie" });
  }

  /** Plans a session with only a title and returns the path of its page. */
  async create(title: string) {
    await this.openList();
    await this.page.getByRole("link", { name: "Nieuwe reflectiesessie" }).click();
    await this.page.getByLabel("Titel", { exact: true }).fill(title);
    await this.page.getByRole("button", { name: "Sessie opslaan en agenda klaarzetten" }).click();
    await expect(this.page).toHaveURL(/\/reflections\/\d+\?nieuw=1$/);
    await expect(this.page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    return new URL(this.page.url()).pathname;
  }

  async addAction(description: string, owner = "Sanne de Vries", due = "2026-12-31") {
    await this.actions.getByLabel("Wat gaan we doen?").fill(description);
    await this.actions.getByLabel("Wie pakt het op?").selectOption({ label: owner });
    await this.actions.getByLabel(/^Uiterlijk klaar op/).fill(due);
    await this.actions.getByRole("button", { name: "Actiepunt toevoegen" }).click();
    await expect(this.page.getByText("Het actiepunt is toegevoegd.")).toBeVisible();
    await expect(this.actions.getByRole("listitem").filter({ hasText: description })).toBeVisible();
  }
}

test.describe("a programme manager", () => {
  test("plans a session whose agenda starts with the open action items, then the critical assumptions", async ({
    asManager: page,
    freshProgramme,
  }) => {
    // What the programme has on the table: an earlier session's open action item, a critical untested assumption,
    // an indicator off course and an open learning question.
    const critical = uniqueName("Ouderen doen open als een buurtcoach aanbelt");
    freshProgramme.addAssumption(critical, "hoog");
    const question = uniqueName("Werkt eerst bellen ook bij ouderen zonder vaste telefoon?");
    freshProgramme.addLearningQuestion(question);
    const reflections = new ReflectionsPage(page, freshProgramme);
    const earlier = uniqueName("Reflectie oktober");
    await reflections.create(earlier);
    const promised = uniqueName("Mannen vragen welke activiteit hen aanspreekt");
    await reflections.addAction(promised);

    await reflections.openList();
    await expect(reflections.table.getByRole("link", { name: earlier })).toBeVisible();
    await page.getByRole("link", { name: "Nieuwe reflectiesessie" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Nieuwe reflectiesessie" })).toBeVisible();
    // The owner and the team are ticked beforehand.
    await expect(page.getByRole("checkbox", { name: "Joost van Dijk (Programmamanager)" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Sanne de Vries (Teamlid)" })).toBeChecked();

    await page.getByLabel(/^Gasten/).fill("Buurtcoach Mieke");
    await page.getByLabel("Datum").fill("");
    await page.getByRole("button", { name: "Sessie opslaan en agenda klaarzetten" }).click();
    await expect(page.getByRole("region", { name: ERRORS })).toBeFocused();
    await expect(page.locator("#title-error")).toContainText("Vul dit veld in.");
    await expect(page.locator("#heldOn-error")).toContainText("Vul een datum in.");
    await expect(page.getByLabel(/^Gasten/)).toHaveValue("Buurtcoach Mieke");
    await expect(page.getByRole("checkbox", { name: "Sanne de Vries (Teamlid)" })).toBeChecked();
    await expectAccessible(page);

    const title = uniqueName("Reflectie");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Datum").fill("2026-12-01");
    await page.getByRole("button", { name: "Sessie opslaan en agenda klaarzetten" }).click();
    await expect(page.getByText("De reflectiesessie is opgeslagen en de agenda staat klaar.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Buurtcoach Mieke" })).toBeVisible();

    // First of all what was promised last time, then the risks, the figures and the open questions.
    await expect(reflections.agenda().getByRole("heading", { level: 4 })).toHaveText([
      "Open actiepunten van eerdere sessies",
      "Aannames met risico: weerlegd, of kritiek en nog niet getoetst",
      "Indicatoren uit koers of die aandacht vragen",
      "Open leervragen van het programma",
    ]);
    const open = reflections.openActions.getByRole("listitem").filter({ hasText: promised });
    await expect(open).toContainText(`Uit de sessie ${earlier}`);
    await expect(open.getByRole("button", { name: /^Klaar\b/ })).toBeVisible();
    await expect(open.getByRole("button", { name: /^Doorschuiven naar deze sessie/ })).toBeVisible();
    const assumption = reflections.agenda("Aannames met risico: weerlegd, of kritiek en nog niet getoetst");
    await expect(assumption.getByRole("link", { name: critical })).toHaveAttribute("href", /\/assumptions\/\d+$/);
    await expect(assumption.getByRole("listitem").filter({ hasText: critical })).toContainText("Ongetoetst");
    await expect(reflections.agenda("Indicatoren uit koers of die aandacht vragen")).toContainText(
      freshProgramme.indicator.name,
    );
    await expect(
      reflections.agenda("Open leervragen van het programma").getByRole("link", { name: question }),
    ).toBeVisible();

    await assumption.getByRole("link", { name: critical }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Aanname", exact: true })).toBeVisible();
  });

  test("marks an action item of an earlier session done and carries another over", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const reflections = new ReflectionsPage(page, freshProgramme);
    const earlierTitle = uniqueName("Eerdere sessie");
    const earlier = await reflections.create(earlierTitle);
    await expect(reflections.actions).toContainText("Deze sessie heeft nog geen actiepunten.");

    // An action item needs someone who picks it up; nothing typed is lost.
    const done = uniqueName("Folder met foto laten drukken");
    await reflections.actions.getByLabel("Wat gaan we doen?").fill(done);
    await reflections.actions.getByRole("button", { name: "Actiepunt toevoegen" }).click();
    await expect(page.locator("#action-ownerId-error")).toContainText("Kies wie dit actiepunt oppakt.");
    await expect(reflections.actions.getByLabel("Wat gaan we doen?")).toHaveValue(done);
    await expectAccessible(page);
    await reflections.addAction(done, "Sanne de Vries", "2026-12-15");
    const carried = uniqueName("Wijkagent bellen");
    await reflections.addAction(carried, "Joost van Dijk", "2026-12-20");

    const laterTitle = uniqueName("Latere sessie");
    const later = await reflections.create(laterTitle);
    const doneItem = reflections.openActions.getByRole("listitem").filter({ hasText: done });
    const carriedItem = reflections.openActions.getByRole("listitem").filter({ hasText: carried });
    await expect(doneItem).toContainText(`Uit de sessie ${earlierTitle}`);
    await expect(doneItem).toContainText("Wie: Sanne de Vries");
    await expect(carriedItem).toContainText("Wie: Joost van Dijk");

    await doneItem.getByRole("button", { name: /^Klaar\b/ }).click();
    await expect(page.getByText("Het actiepunt is klaar.")).toBeVisible();
    await expect(doneItem).toContainText("Klaar sinds");
    await expect(doneItem.getByRole("button")).toHaveCount(0);

    await carriedItem.getByRole("button", { name: /^Doorschuiven naar deze sessie/ }).click();
    await expect(page.getByText("Het actiepunt is doorgeschoven naar deze sessie.")).toBeVisible();
    await expect(carriedItem).toContainText("Doorgeschoven naar deze sessie.");
    const here = reflections.actions.getByRole("listitem").filter({ hasText: carried });
    await expect(here).toContainText(`Doorgeschoven uit ${earlierTitle}`);
    await expect(here).toContainText("Wie: Joost van Dijk");
    await expect(here.getByRole("button", { name: /^Klaar\b/ })).toBeVisible();

    // The earlier session shows where its action items went.
    await page.goto(earlier);
    const own = reflections.actions;
    await expect(own.getByRole("listitem").filter({ hasText: done })).toContainText("Klaar sinds");
    const moved = own.getByRole("listitem").filter({ hasText: carried });
    await expect(moved).toContainText(`Doorgeschoven naar ${laterTitle}`);
    await expect(moved.getByRole("button")).toHaveCount(0);
    await moved.getByRole("link", { name: laterTitle }).click();
    await expect(page).toHaveURL(new RegExp(`${later}$`));

    // A new session no longer lists them: one is done, the other lives on in the later session.
    await reflections.create(uniqueName("Nog een sessie"));
    await expect(reflections.openActions.getByRole("listitem").filter({ hasText: done })).toHaveCount(0);
    const again = reflections.openActions.getByRole("listitem").filter({ hasText: carried });
    await expect(again).toHaveCount(1);
    await expect(again).toContainText(`Uit de sessie ${laterTitle}`);
  });

  test("saves the four prompts together, keeps them, and never overwrites someone else's text", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const reflections = new ReflectionsPage(page, freshProgramme);
    const path = await reflections.create(uniqueName("Terugblik"));
    const prompts = {
      "Wat wilden we doen?": "Elke week twintig huisbezoeken.",
      "Wat is er gebeurd?": "Het werden er vijftien; bij regen doet niemand open.",
      "Wat hebben we geleerd?": "Bellen vooraf helpt meer dan het weer.",
      "Wat doen we anders?": "We plannen bezoeken op afspraak.",
    };
    for (const [label, text] of Object.entries(prompts)) {
      await reflections.review.getByLabel(new RegExp(`^${label.replace("?", "\\?")}`)).fill(text);
    }
    await reflections.review.getByRole("button", { name: "Terugblik opslaan" }).click();
    await expect(page.getByText("De terugblik is opgeslagen.")).toBeVisible();
    await page.goto(path);
    for (const [label, text] of Object.entries(prompts)) {
      await expect(reflections.review.getByLabel(new RegExp(`^${label.replace("?", "\\?")}`))).toHaveValue(text);
    }

    // Two people with the same session open: the second save does not overwrite the first.
    const other = await page.context().newPage();
    await other.goto(path);
    const changed = new ReflectionsPage(other, freshProgramme);
    await changed.review.getByLabel(/^Wat doen we anders\?/).fill("Ook op zaterdag een ochtend.");
    await changed.review.getByRole("button", { name: "Terugblik opslaan" }).click();
    await expect(other.getByText("De terugblik is opgeslagen.")).toBeVisible();
    await other.close();

    const mine = "We plannen bezoeken op afspraak en bellen de dag ervoor.";
    await reflections.review.getByLabel(/^Wat doen we anders\?/).fill(mine);
    await reflections.review.getByRole("button", { name: "Terugblik opslaan" }).click();
    await expect(page.getByRole("region", { name: ERRORS })).toBeFocused();
    await expect(page.getByRole("region", { name: ERRORS })).toContainText("opgeslagen terwijl u typte");
    await expect(reflections.review.getByLabel(/^Wat doen we anders\?/)).toHaveValue(mine);
    await expect(reflections.review).toContainText("Ook op zaterdag een ochtend.");
    await expectAccessible(page);
    // Having seen the other text, saving again is the user's choice.
    await reflections.review.getByRole("button", { name: "Terugblik opslaan" }).click();
    await expect(page.getByText("De terugblik is opgeslagen.")).toBeVisible();
    await expect(reflections.review.getByLabel(/^Wat doen we anders\?/)).toHaveValue(mine);
  });

  test("records a lesson in a session that then appears in the library", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const reflections = new ReflectionsPage(page, freshProgramme);
    const session = uniqueName("Lessen");
    await reflections.create(session);
    await expect(reflections.lessons).toContainText("Uit deze sessie zijn nog geen lessen vastgelegd.");
    const title = uniqueName("Vaste dagen houden vrijwilligers vast");
    const form = reflections.lessons;
    await form.getByRole("button", { name: "Les vastleggen" }).click();
    await expect(page.locator("#lesson-title-error")).toContainText("Vul dit veld in.");
    await expectAccessible(page);
    await form.getByLabel("Titel", { exact: true }).fill(title);
    await form
      .getByLabel("Wat is de les?")
      .fill("Vrijwilligers blijven langer als ze een vaste dag in de week hebben.");
    await form.getByLabel(/^Tags/).fill("Vrijwilligers, Maatjes");
    await form.getByRole("button", { name: "Les vastleggen" }).click();
    await expect(page.getByText("De les is vastgelegd.")).toBeVisible();
    await expect(reflections.lessons.getByRole("link", { name: title })).toBeVisible();

    await page.goto("/lessons");
    await page.getByRole("searchbox", { name: "Zoeken" }).fill(title);
    await page.getByRole("button", { name: "Zoeken" }).click();
    const lesson = page.getByRole("article", { name: title });
    await expect(lesson).toContainText(freshProgramme.name);
    await expect(lesson.getByRole("link", { name: "maatjes" })).toBeVisible();
    await lesson.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("region", { name: "Herkomst" }).getByRole("link", { name: session })).toBeVisible();
  });
});

test.describe("changing a session's details", () => {
  test("the programme manager corrects title, date and participants; management may not", async ({
    asManager: manager,
    asManagement: viewer,
    requestAs,
    freshProgramme,
  }) => {
    const reflections = new ReflectionsPage(manager, freshProgramme);
    const title = uniqueName("Sessie met tikfout");
    const path = await reflections.create(title);
    // The session's details: date, participants, guests.
    const details = manager.locator("dl").first();
    await expect(details).toContainText("Sanne de Vries");

    await manager.getByRole("link", { name: "Gegevens wijzigen" }).click();
    await expect(manager.getByRole("heading", { level: 2, name: "Gegevens van de sessie wijzigen" })).toBeVisible();
    await expect(manager.getByLabel("Titel", { exact: true })).toHaveValue(title);

    await manager.getByLabel("Titel", { exact: true }).fill("");
    await manager.getByLabel("Gasten", { exact: false }).fill("Wijkagent Bart");
    await manager.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(manager.getByRole("region", { name: ERRORS })).toBeFocused();
    await expect(manager.getByLabel("Gasten", { exact: false })).toHaveValue("Wijkagent Bart");
    await expectAccessible(manager);

    const corrected = `${title} (gecorrigeerd)`;
    await manager.getByLabel("Titel", { exact: true }).fill(corrected);
    await manager.getByLabel("Datum", { exact: false }).fill("2026-11-20");
    await manager.getByRole("checkbox", { name: /^Sanne de Vries/ }).uncheck();
    await manager.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(manager.getByText("De gegevens van de sessie zijn gewijzigd.")).toBeVisible();
    await expect(manager.getByRole("heading", { level: 2, name: corrected })).toBeVisible();
    await expect(details).toContainText("20 november 2026");
    await expect(details).toContainText("Wijkagent Bart");
    await expect(details).not.toContainText("Sanne de Vries");

    // Management reads the session but gets no link and no form, and a replayed save changes nothing.
    await viewer.goto(path);
    await expect(viewer.getByRole("heading", { level: 2, name: corrected })).toBeVisible();
    await expect(viewer.getByRole("link", { name: "Gegevens wijzigen" })).toHaveCount(0);
    expect((await viewer.goto(`${path}/edit`))?.status()).toBe(404);
    await manager.goto(`${path}/edit`);
    await manager.getByLabel("Titel", { exact: true }).fill("Van management");
    const save = await captureServerAction(manager, () =>
      manager.getByRole("button", { name: "Wijzigingen opslaan" }).click(),
    );
    expectNoSuccessRedirect(await replayServerAction(await requestAs("management"), save));
    await viewer.goto(path);
    await expect(viewer.getByRole("heading", { level: 2, name: corrected })).toBeVisible();
  });
});

test.describe("a team member", () => {
  test("plans a session of a programme of their team and adds an action item", async ({
    asTeamlid: page,
    freshProgramme,
  }) => {
    const reflections = new ReflectionsPage(page, freshProgramme);
    const title = uniqueName("Teamsessie");
    await reflections.create(title);
    await expect(reflections.agenda("Indicatoren uit koers of die aandacht vragen")).toContainText(
      freshProgramme.indicator.name,
    );
    await expect(reflections.review.getByRole("button", { name: "Terugblik opslaan" })).toBeVisible();
    await reflections.addAction(uniqueName("Presentielijst bijwerken"));
    await reflections.openList();
    await expect(reflections.table.getByRole("row").filter({ hasText: title })).toContainText("1 open van 1");
  });
});

test.describe("management", () => {
  test("reads sessions without forms, and a direct call to plan one is refused and changes nothing", async ({
    asManagement: viewer,
    asManager,
    requestAs,
    freshProgramme,
  }) => {
    const reflections = new ReflectionsPage(viewer, PILOT);
    const list = await reflections.openList();
    await expect(viewer.getByRole("link", { name: "Nieuwe reflectiesessie" })).toHaveCount(0);
    await reflections.table.getByRole("link", { name: SEEDED_SESSION }).click();
    await expect(viewer.getByRole("heading", { level: 2, name: SEEDED_SESSION })).toBeVisible();
    await expect(reflections.openActions).toContainText(SEEDED_OPEN_ACTION);
    await expect(reflections.review).toContainText("Mannen zoeken een doe-activiteit, geen koffieochtend.");
    for (const name of ["Terugblik opslaan", "Actiepunt toevoegen", /^Klaar:/, /^Doorschuiven/]) {
      await expect(viewer.getByRole("button", { name })).toHaveCount(0);
    }
    expect((await viewer.goto(`${list}/new`))?.status()).toBe(404);

    // The programme manager's form, caught before it reaches the server, on a programme of its own.
    const ownList = `${freshProgramme.path}/reflections`;
    await asManager.goto(`${ownList}/new`);
    const title = uniqueName("Ingefluisterde sessie");
    await asManager.getByLabel("Titel", { exact: true }).fill(title);
    const create = await captureServerAction(asManager, () =>
      asManager.getByRole("button", { name: "Sessie opslaan en agenda klaarzetten" }).click(),
    );

    expectNoSuccessRedirect(await replayServerAction(await requestAs("management"), create));
    await viewer.goto(ownList);
    await expect(viewer.getByRole("heading", { level: 2, name: "Reflectiesessies" })).toBeVisible();
    await expect(viewer.getByText(title)).toHaveCount(0);

    // The same request from the programme manager does plan it: the refusal was the role, not the request.
    expect((await replayServerAction(await requestAs("programmamanager"), create)).status()).toBeLessThan(400);
    await viewer.reload();
    await expect(reflections.table.getByRole("link", { name: title })).toBeVisible();
  });
});

test.describe("who sees the sessions", () => {
  test("a partner of the pilot reads its sessions without forms", async ({ asPartner: page }) => {
    const reflections = new ReflectionsPage(page, PILOT);
    const list = await reflections.openList();
    await expect(page.getByRole("link", { name: "Nieuwe reflectiesessie" })).toHaveCount(0);
    await reflections.table.getByRole("link", { name: SEEDED_SESSION }).click();
    await expect(reflections.openActions).toContainText(SEEDED_OPEN_ACTION);
    await expect(page.getByRole("main").locator("form")).toHaveCount(0);
    expect((await page.goto(`${list}/new`))?.status()).toBe(404);
  });

  test("Testdorp gets not found on a programme's sessions", async ({
    asManager,
    asTestdorp: testdorp,
    freshProgramme,
  }) => {
    const path = await new ReflectionsPage(asManager, freshProgramme).create(uniqueName("Niet voor Testdorp"));
    const list = path.replace(/\/\d+$/, "");

    for (const url of [list, `${list}/new`, path]) {
      expect((await testdorp.goto(url))?.status(), url).toBe(404);
      await expect(testdorp.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    }
  });
});
