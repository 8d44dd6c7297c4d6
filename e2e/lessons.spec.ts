import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

const PILOT = "Samen minder eenzaam in Oost";
const ERRORS = "Er is iets niet goed ingevuld";
// Seeded lessons: one of the pilot, one for the whole gemeente, and the one that is a reason of a decided correction.
const PILOT_LESSON = "Oude contacten herstellen weegt zwaarder dan nieuwe maken";
const GEMEENTE_LESSON = "Begin klein en laat zien wat het oplevert";
const REASON_LESSON = "Een aangekondigd bezoek werkt beter dan onaangekondigd aanbellen";
const DECIDED_CORRECTION = "Buurtcoaches bellen eerst voor een afspraak";

/** A word no other lesson has: letters and digits only, so the search index keeps it as one word. */
const uniqueWord = (stem: string) => `${stem}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
const uniqueName = (label: string) => `E2E ${label} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** The library of lessons learned. */
class LibraryPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/lessons");
    await expect(this.page.getByRole("heading", { level: 1, name: "Geleerde lessen" })).toBeVisible();
  }

  async search(words: string) {
    await this.page.getByRole("searchbox", { name: "Zoeken" }).fill(words);
    await this.page.getByRole("button", { name: "Zoeken" }).click();
    await expect(this.page).toHaveURL(/\/lessons\?/);
  }

  lesson(title: string) {
    return this.page.getByRole("article", { name: title });
  }

  /** Adds a lesson from the library and returns the path of its page. */
  async add(fields: { title: string; body: string; context?: string; tags?: string; programme?: string }) {
    await this.open();
    await this.page.getByRole("link", { name: "Les toevoegen" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Les toevoegen" })).toBeVisible();
    await this.page.getByLabel("Titel", { exact: true }).fill(fields.title);
    await this.page.getByLabel("Wat is de les?").fill(fields.body);
    if (fields.context) await this.page.getByLabel(/^Context/).fill(fields.context);
    if (fields.tags) await this.page.getByLabel(/^Tags/).fill(fields.tags);
    if (fields.programme) await this.page.getByLabel(/^Programma/).selectOption({ label: fields.programme });
    await this.page.getByRole("button", { name: "Les vastleggen" }).click();
    await expect(this.page.getByText("De les is vastgelegd.")).toBeVisible();
    await expect(this.page.getByRole("heading", { level: 1, name: fields.title })).toBeVisible();
    return new URL(this.page.url()).pathname;
  }
}

/** Plans a reflection session of the programme, for a lesson to come from. */
async function planSession(page: Page, programmePath: string, title: string) {
  await page.goto(`${programmePath}/reflections/new`);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Sessie opslaan en agenda klaarzetten" }).click();
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

test.describe("a programme manager", () => {
  test("records a lesson with tags; nothing typed is lost on an error", async ({ asManager: page, freshProgramme }) => {
    const session = uniqueName("Reflectie");
    await planSession(page, freshProgramme.path, session);
    const library = new LibraryPage(page);
    await library.open();
    await expect(library.lesson(PILOT_LESSON)).toBeVisible();
    await expect(library.lesson(GEMEENTE_LESSON)).toContainText("Hele gemeente");

    await page.getByRole("link", { name: "Les toevoegen" }).click();
    const title = uniqueName("Kaartje vooraf");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel(/^Tags/).fill(" Huisbezoeken, Uitnodigen ,huisbezoeken");
    await page.getByLabel(/^Reflectiesessie/).selectOption({ label: `${freshProgramme.name}: ${session}` });
    await page.getByRole("button", { name: "Les vastleggen" }).click();
    await expect(page.getByRole("region", { name: ERRORS })).toBeFocused();
    await expect(page.locator("#lesson-body-error")).toContainText("Vul dit veld in.");
    await expect(page.locator("#lesson-sessionId-error")).toContainText("Kies eerst het programma");
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel(/^Tags/)).toHaveValue(" Huisbezoeken, Uitnodigen ,huisbezoeken");
    await expectAccessible(page);

    await page.getByLabel("Wat is de les?").fill("Met een kaartje vooraf doen ouderen vaker open.");
    await page.getByLabel(/^Context/).fill("Huisbezoeken in Oost.");
    await page.getByLabel(/^Programma/).selectOption({ label: freshProgramme.name });
    await page.getByRole("button", { name: "Les vastleggen" }).click();
    await expect(page.getByText("De les is vastgelegd.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    // Tags are kept lowercase and once each.
    const tags = page.getByRole("list", { name: "Tags" });
    await expect(tags.getByRole("link")).toHaveText(["huisbezoeken", "uitnodigen"]);
    const origin = page.getByRole("region", { name: "Herkomst" });
    await expect(origin.getByRole("link", { name: freshProgramme.name })).toBeVisible();
    await expect(origin.getByRole("link", { name: session })).toBeVisible();
    await expect(page.getByText("Deze les is nog geen reden geweest voor een bijsturing.")).toBeVisible();
  });

  test("corrects a lesson: the page says so and the search finds the new words, not the old", async ({
    asManager: page,
  }) => {
    const library = new LibraryPage(page);
    const oldWord = uniqueWord("eerst");
    const newWord = uniqueWord("daarna");
    const title = uniqueName("Bijgewerkte les");
    const path = await library.add({ title, body: `Een les met het woord ${oldWord}.`, tags: "oud" });

    await page.getByRole("link", { name: "Les bewerken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Les bewerken: ${title}` })).toBeVisible();
    await expect(page.getByLabel("Wat is de les?")).toHaveValue(`Een les met het woord ${oldWord}.`);

    await page.getByLabel("Titel", { exact: true }).fill("");
    await page.getByLabel("Wat is de les?").fill(`Een betere les met het woord ${newWord}.`);
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("region", { name: ERRORS })).toBeFocused();
    await expect(page.locator("#lesson-title-error")).toContainText("Vul dit veld in.");
    await expect(page.getByLabel("Wat is de les?")).toHaveValue(`Een betere les met het woord ${newWord}.`);

    await page.getByLabel("Titel", { exact: true }).fill(`${title} (beter)`);
    await page.getByLabel(/^Tags/).fill("nieuw");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${path}\\?gewijzigd=1$`));
    await expect(page.getByRole("heading", { level: 1, name: `${title} (beter)` })).toBeVisible();
    await expect(page.getByText(`Een betere les met het woord ${newWord}.`)).toBeVisible();
    await expect(page.getByRole("list", { name: "Tags" }).getByRole("link")).toHaveText(["nieuw"]);
    await expect(page.getByText("Laatst gewijzigd op")).toBeVisible();

    await library.open();
    await library.search(newWord);
    await expect(library.lesson(`${title} (beter)`)).toBeVisible();
    await library.search(oldWord);
    await expect(library.lesson(`${title} (beter)`)).toHaveCount(0);
  });

  test("two people change the same lesson: the second sees both texts and keeps theirs", async ({
    asManager: page,
    asTeamlid: team,
  }) => {
    const library = new LibraryPage(page);
    const title = uniqueName("Samen bewerkt");
    const path = await library.add({ title, body: "De eerste versie." });
    await team.goto(`${path}/edit`);
    await page.goto(`${path}/edit`);

    await page.getByLabel("Wat is de les?").fill("De versie van Joost.");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();

    await team.getByLabel("Wat is de les?").fill("De versie van Sanne.");
    await team.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(team.getByText("Iemand anders heeft deze les intussen gewijzigd")).toBeVisible();
    await expect(team.getByLabel("Wat is de les?")).toHaveValue("De versie van Sanne.");
    const current = team.getByRole("region", { name: "Zo staat de les er nu" });
    await expect(current).toContainText("De versie van Joost.");
    await expectAccessible(team);

    // Saving again is a deliberate choice for their own text.
    await team.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(team.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
    await expect(team.getByText("De versie van Sanne.")).toBeVisible();
  });

  test("finds a lesson by a word from what was learned, with or without accents", async ({ asManager: page }) => {
    const library = new LibraryPage(page);
    const accented = uniqueWord("coördinatie");
    const plain = uniqueWord("reunie");
    const title = uniqueName("Zoekbare les");
    await library.add({
      title,
      body: `De ${accented} van de vrijwilligers liep beter na een ${plain} in het buurthuis.`,
      tags: "zoeken",
    });

    await library.open();
    await library.search(accented);
    await expect(library.lesson(title)).toBeVisible();
    await expect(page.getByText(/^1 van \d+ lessen$/)).toBeVisible();
    await expectAccessible(page);
    // Without the accent, and with one where the lesson has none.
    await library.search(accented.replace("ö", "o"));
    await expect(library.lesson(title)).toBeVisible();
    await library.search(plain.replace("reunie", "reünie"));
    await expect(library.lesson(title)).toBeVisible();
    // The start of a word is enough.
    await library.search(accented.slice(0, -3));
    await expect(library.lesson(title)).toBeVisible();

    // Search syntax is never read as such: only punctuation finds nothing, and says so.
    await library.search('"*() -:^');
    await expect(page.getByText("Er zijn geen lessen gevonden.")).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Zoeken" })).toHaveValue('"*() -:^');
  });

  test("filters the library by tag, programme and route", async ({ asManager: page, freshProgramme }) => {
    const library = new LibraryPage(page);
    const tag = uniqueWord("e2etag");
    const title = uniqueName("Gefilterde les");
    const programme = freshProgramme.name;
    await library.add({ title, body: "Filters laten precies deze les zien.", tags: tag, programme });

    await library.open();
    await page.getByLabel("Tag", { exact: true }).selectOption({ label: tag });
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(library.lesson(title)).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(1);

    // A tag on a lesson leads to the same list.
    await library.lesson(title).getByRole("link", { name: tag }).click();
    await expect(page).toHaveURL(new RegExp(`tag=${tag}`));
    await expect(page.getByRole("article")).toHaveCount(1);

    await library.open();
    await page.getByLabel("Programma", { exact: true }).selectOption({ label: programme });
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(library.lesson(title)).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(1);
    await page.getByLabel("Programma", { exact: true }).selectOption({ label: PILOT });
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(library.lesson(PILOT_LESSON)).toBeVisible();
    await expect(library.lesson(title)).toHaveCount(0);
    await expect(library.lesson(GEMEENTE_LESSON)).toHaveCount(0);

    await page.getByLabel("Programma", { exact: true }).selectOption({ label: "Hele gemeente (geen programma)" });
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(library.lesson(GEMEENTE_LESSON)).toBeVisible();
    await expect(library.lesson(title)).toHaveCount(0);

    await page.getByLabel("Programma", { exact: true }).selectOption({ label: "Taalcafé voor nieuwkomers" });
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(library.lesson(title)).toHaveCount(0);
    await expect(library.lesson(PILOT_LESSON)).toHaveCount(0);

    await library.open();
    await page.getByLabel("Route", { exact: true }).selectOption({ label: "Klein en krachtig beginnen" });
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(library.lesson(PILOT_LESSON)).toBeVisible();
    await expect(library.lesson(title)).toBeVisible();
    await expect(library.lesson(GEMEENTE_LESSON)).toHaveCount(0);
    await page.getByRole("link", { name: "Filters wissen" }).click();
    await expect(library.lesson(GEMEENTE_LESSON)).toBeVisible();
  });

  test("gives a lesson as the reason of a new course correction", async ({ asManager: page, freshProgramme }) => {
    const library = new LibraryPage(page);
    const lesson = uniqueName("Mannen willen iets doen");
    const programmeName = freshProgramme.name;
    await library.add({
      title: lesson,
      body: "Een doe-activiteit trekt meer mannen dan koffie.",
      programme: programmeName,
    });

    await page.goto(`${freshProgramme.path}/corrections/new`);
    const correction = uniqueName("Klusmiddag op zaterdag");
    await page.getByLabel("Titel", { exact: true }).fill(correction);
    await page.getByLabel("Wat verandert er?").fill("Elke zaterdag een klusmiddag in De Schakel.");
    await page.getByLabel("Waarom?").fill("Uit de reflectie: mannen zoeken een doe-activiteit.");
    await page
      .getByRole("group", { name: /^Op welke geleerde lessen rust het\?/ })
      .getByLabel(lesson)
      .check();
    await page.getByLabel("Het team").check();
    await page.getByRole("button", { name: "Bijsturing voorstellen" }).click();
    await expect(page.getByText("De bijsturing is voorgesteld.")).toBeVisible();
    const evidence = page.getByRole("region", { name: "Onderbouwing" });
    await expect(evidence.getByRole("listitem").filter({ hasText: lesson })).toContainText("Geleerde les:");

    await evidence.getByRole("link", { name: lesson }).click();
    await expect(page.getByRole("heading", { level: 1, name: lesson })).toBeVisible();
    const reasons = page.getByRole("region", { name: "Reden voor bijsturing" });
    await expect(reasons.getByRole("link", { name: correction })).toBeVisible();
    await expect(reasons).toContainText("Voorgesteld");
  });
});

test("management sees the seeded lesson behind the decided correction, and the way back", async ({
  asManagement: page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.lesson(REASON_LESSON).getByRole("link", { name: REASON_LESSON }).click();
  const reasons = page.getByRole("region", { name: "Reden voor bijsturing" });
  await reasons.getByRole("link", { name: DECIDED_CORRECTION }).click();
  await expect(page.getByRole("heading", { level: 2, name: DECIDED_CORRECTION })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Onderbouwing" }).getByRole("link", { name: REASON_LESSON }),
  ).toBeVisible();
});

test.describe("who sees which lessons", () => {
  test("a partner reads the pilot's lessons only, writes none, and a direct call to add one is refused", async ({
    asManager: manager,
    asPartner: partner,
    requestAs,
  }) => {
    const managerLibrary = new LibraryPage(manager);
    const gemeenteWide = await managerLibrary.add({
      title: uniqueName("Alleen voor de gemeente"),
      body: "Een les zonder programma: partners zien hem niet.",
    });
    const library = new LibraryPage(partner);
    await library.open();
    await expect(library.lesson(PILOT_LESSON)).toBeVisible();
    await expect(library.lesson(GEMEENTE_LESSON)).toHaveCount(0);
    await expect(partner.getByRole("link", { name: "Les toevoegen" })).toHaveCount(0);
    // Only the programmes Stichting Buurtkracht takes part in: the pilot (and the tests' own), not the Taalcafé.
    const choices = partner.getByLabel("Programma", { exact: true }).locator("option");
    await expect(choices.first()).toHaveText("Alle");
    await expect(choices.filter({ hasText: PILOT })).toHaveCount(1);
    await expect(choices.filter({ hasText: "Taalcafé voor nieuwkomers" })).toHaveCount(0);
    await library.lesson(PILOT_LESSON).getByRole("link", { name: PILOT_LESSON }).click();
    await expect(partner.getByRole("heading", { level: 1, name: PILOT_LESSON })).toBeVisible();
    for (const path of ["/lessons/new", gemeenteWide]) {
      expect((await partner.goto(path))?.status(), path).toBe(404);
    }

    // The programme manager's form, caught before it reaches the server, replayed as the partner.
    const title = uniqueName("Ingefluisterde les");
    await managerLibrary.open();
    await manager.getByRole("link", { name: "Les toevoegen" }).click();
    await manager.getByLabel("Titel", { exact: true }).fill(title);
    await manager.getByLabel("Wat is de les?").fill("Poging van buiten het formulier.");
    await manager.getByLabel(/^Programma/).selectOption({ label: PILOT });
    const add = await captureServerAction(manager, () =>
      manager.getByRole("button", { name: "Les vastleggen" }).click(),
    );
    expectNoSuccessRedirect(await replayServerAction(await requestAs("partner"), add));
    await managerLibrary.open();
    await managerLibrary.search(title);
    await expect(managerLibrary.lesson(title)).toHaveCount(0);

    // Nor may the partner change the pilot's lesson: no link, no page, and a replayed edit changes nothing.
    await partner.goto("/lessons");
    const pilotLesson =
      (await library.lesson(PILOT_LESSON).getByRole("link", { name: PILOT_LESSON }).getAttribute("href")) ?? "";
    await partner.goto(pilotLesson);
    await expect(partner.getByRole("link", { name: "Les bewerken" })).toHaveCount(0);
    expect((await partner.goto(`${pilotLesson}/edit`))?.status()).toBe(404);
    await manager.goto(`${pilotLesson}/edit`);
    await manager.getByLabel("Wat is de les?").fill("Overschreven van buiten het formulier.");
    const edit = await captureServerAction(manager, () =>
      manager.getByRole("button", { name: "Wijzigingen opslaan" }).click(),
    );
    expectNoSuccessRedirect(await replayServerAction(await requestAs("partner"), edit));
    await manager.goto(pilotLesson);
    await expect(manager.getByRole("heading", { level: 1, name: PILOT_LESSON })).toBeVisible();
    await expect(manager.getByText("Overschreven van buiten het formulier.")).toHaveCount(0);
  });

  test("Testdorp sees none of Voorbeeld's lessons and gets not found on them", async ({
    asManagement,
    asTestdorp: testdorp,
  }) => {
    const library = new LibraryPage(asManagement);
    await library.open();
    const href = await library.lesson(PILOT_LESSON).getByRole("link", { name: PILOT_LESSON }).getAttribute("href");
    const theirs = new LibraryPage(testdorp);
    await theirs.open();
    await expect(testdorp.getByText(PILOT_LESSON)).toHaveCount(0);
    await expect(testdorp.getByText(GEMEENTE_LESSON)).toHaveCount(0);
    await expectAccessible(testdorp);
    expect((await testdorp.goto(href ?? ""))?.status()).toBe(404);
    expect((await testdorp.goto(`${href}/edit`))?.status()).toBe(404);
    await expect(testdorp.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  });
});
