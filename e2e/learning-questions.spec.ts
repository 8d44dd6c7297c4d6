import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, type ProgrammeRef, test } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

// Route 4, impact deep diving: the backlog of learning questions. Tests make their own questions, on a programme of
// their own or for the whole gemeente, and only read the demo data's questions, some of them on the pilot.
const PILOT = "Samen minder eenzaam in Oost";

const unique = (text: string) => `${text} (${Date.now()}-${Math.floor(Math.random() * 1e4)})`;

const idFromUrl = (page: Page) => Number(/\/learning-questions\/(\d+)/.exec(page.url())?.[1]);

/** The headings of the questions still to answer, most urgent first. */
const openTitles = (page: Page) =>
  page.getByRole("region", { name: "Nog te beantwoorden" }).getByRole("heading", { level: 3 }).allTextContents();

async function openProgrammeQuestions(page: Page, programme: ProgrammeRef = PILOT) {
  if (typeof programme === "string") {
    await page.goto("/programmes");
    await page.getByRole("link", { name: programme, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: programme })).toBeVisible();
    await page
      .getByRole("navigation", { name: "Onderdelen van het programma" })
      .getByRole("link", { name: "Leervragen" })
      .click();
  } else {
    await page.goto(`${programme.path}/learning-questions`);
  }
  await expect(page.getByRole("heading", { level: 2, name: "Leervragen" })).toBeVisible();
}

test.describe("management", () => {
  test("adds a question, moves it up by keyboard, answers it and asks a follow-up", async ({
    asManagement: page,
    freshProgramme,
  }) => {
    const programme = freshProgramme.name;
    freshProgramme.addLearningQuestion(unique("Wie komt er al naar de ontmoetingsochtend?"));
    const question = unique("Komen jongere ouderen ook naar de ontmoetingsochtend?");
    const followUp = unique("Welke tijd van de dag past jongere ouderen het best?");

    // From the programme's own list: the new question starts under the programme.
    await openProgrammeQuestions(page, freshProgramme);
    await page.getByRole("link", { name: "Leervraag toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Leervraag toevoegen" })).toBeVisible();
    await expect(page.getByLabel("Programma").locator("option:checked")).toHaveText(programme);

    await page.getByRole("button", { name: "Leervraag toevoegen" }).click();
    await expect(page.getByRole("region", { name: "Er is iets niet goed ingevuld" })).toBeFocused();
    await expect(page.locator("#question-error")).toContainText("Vul dit veld in.");
    await expect(page.locator("#approach-error")).toContainText("Kies een aanpak.");
    await expect(page.getByLabel("Programma").locator("option:checked")).toHaveText(programme);
    await expectAccessible(page);

    await page.getByLabel("Leervraag", { exact: true }).fill(question);
    await page.getByLabel("Waarom is dit belangrijk?").fill("De pilot is ook bedoeld voor mensen net na hun pensioen.");
    await page.getByLabel(/^Gesprekken/).check();
    await page.getByLabel("Uiterlijk klaar op").fill("2020-01-31");
    await page.getByRole("button", { name: "Leervraag toevoegen" }).click();
    await expect(page.getByText("De leervraag is toegevoegd.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: question })).toBeVisible();
    const id = idFromUrl(page);

    // The backlog, filtered to the programme: the new question is last of the open ones, and the keyboard moves it
    // past its neighbour.
    await page.goto("/learning-questions");
    await page.getByLabel("Programma").selectOption({ label: programme });
    await page.getByRole("button", { name: "Toepassen" }).click();
    await expect(page).toHaveURL(new RegExp(`programma=${freshProgramme.id}`));
    const item = page.locator(`#leervraag-${id}`);
    await expect(item).toBeVisible();
    const before = await openTitles(page);
    const at = before.indexOf(question);
    expect(at).toBeGreaterThan(0);
    const neighbour = before[at - 1] ?? "";
    await expect(item).toContainText(programme);
    await expect(item).toContainText("Te laat");
    await item.getByRole("button", { name: /^Omhoog/ }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => {
        const titles = await openTitles(page);
        return titles.indexOf(question) < titles.indexOf(neighbour);
      })
      .toBe(true);
    await expect(item.locator(":focus")).toHaveCount(1);
    await expect(item.getByRole("status")).toContainText(/staat nu op plaats \d+ van \d+/);
    await expectAccessible(page);

    // Beantwoord without an answer is refused; the typed duiding stays.
    await item.getByRole("link", { name: question }).click();
    await expect(page.getByRole("heading", { level: 1, name: question })).toBeVisible();
    const answerForm = page.locator("form").filter({ has: page.getByLabel("Duiding") });
    const duiding = "We nodigen via de sportclub uit en kijken of dat meer jongere ouderen trekt.";
    await answerForm.getByLabel("Beantwoord", { exact: true }).check();
    await answerForm.getByLabel("Duiding").fill(duiding);
    await answerForm.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("region", { name: "Er is iets niet goed ingevuld" })).toBeFocused();
    await expect(page.locator("#answer-error")).toContainText("Schrijf het antwoord op.");
    await expect(answerForm.getByLabel("Duiding")).toHaveValue(duiding);
    await expect(answerForm.getByLabel("Beantwoord", { exact: true })).toBeChecked();
    await expectAccessible(page);

    // Answered without a duiding: saved, and the page says the duiding is missing.
    const answer = "Nauwelijks: de ochtend valt samen met oppassen op de kleinkinderen.";
    await answerForm.getByLabel("Antwoord", { exact: true }).fill(answer);
    await answerForm.getByLabel("Duiding").fill("");
    await answerForm.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Het antwoord en de status zijn opgeslagen.")).toBeVisible();
    const answered = page.getByRole("region", { name: "Antwoord en duiding" });
    await expect(answered).toContainText(answer);
    await expect(answered).toContainText("De duiding ontbreekt nog");
    await expect(answered).toContainText("Beantwoord in ronde");

    await answerForm.getByLabel("Duiding").fill(duiding);
    await answerForm.getByRole("button", { name: "Opslaan" }).click();
    await expect(answered).toContainText(duiding);
    await expect(answered).not.toContainText("De duiding ontbreekt nog");

    // The follow-up starts with the programme and approach of its parent, and both pages show the link.
    await page.getByRole("link", { name: "Vervolgvraag stellen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vervolgvraag stellen" })).toBeVisible();
    await expect(page.getByRole("link", { name: question })).toBeVisible();
    await expect(page.getByLabel("Programma").locator("option:checked")).toHaveText(programme);
    await expect(page.getByLabel(/^Gesprekken/)).toBeChecked();
    await page.getByLabel("Leervraag", { exact: true }).fill(followUp);
    await page.getByRole("button", { name: "Vervolgvraag toevoegen" }).click();
    await expect(page.getByText("De vervolgvraag is toegevoegd.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: followUp })).toBeVisible();
    await expect(page.getByRole("definition").getByRole("link", { name: question })).toBeVisible();

    await page.getByRole("definition").getByRole("link", { name: question }).click();
    await expect(page.getByRole("heading", { level: 1, name: question })).toBeVisible();
    await expect(page.getByRole("definition").getByRole("link", { name: followUp })).toBeVisible();

    // The backlog filtered to the programme: answered questions follow the open ones, on the same screen here.
    await page.goto(`/learning-questions?programma=${freshProgramme.id}`);
    const answeredPart = page.getByRole("region", { name: "Beantwoord", exact: true });
    await expect(answeredPart.locator(`#leervraag-${id}`)).toContainText(`Vervolgvragen: ${followUp}`);
    await expect(page.getByRole("region", { name: "Nog te beantwoorden" })).toContainText(`Vervolg op: ${question}`);

    // The programme's recent activity shows the follow-up.
    await page.goto(freshProgramme.path);
    await expect(page.getByRole("region", { name: "Recente activiteit" })).toContainText(followUp);
  });

  test("filters the backlog by status and by programme", async ({ asManagement: page }) => {
    await page.goto("/learning-questions");
    await page.getByLabel("Status").selectOption({ label: "Beantwoord" });
    await page.getByRole("button", { name: "Toepassen" }).click();
    await expect(page).toHaveURL(/status=beantwoord/);
    await expect(
      page.getByRole("region", { name: "Beantwoord", exact: true }).getByRole("listitem").first(),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Nog te beantwoorden" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Vervallen" })).toHaveCount(0);

    await page.goto("/learning-questions");
    await page.getByLabel("Programma").selectOption({ label: "Zonder programma" });
    await page.getByRole("button", { name: "Toepassen" }).click();
    await expect(page).toHaveURL(/programma=geen/);
    await expect(page.getByRole("main")).toContainText("Programma: Hele gemeente");
    await expect(page.getByRole("main")).not.toContainText(`Programma: ${PILOT}`);
  });
});

test("a teamlid reads the backlog but cannot add, move or answer", async ({ asTeamlid: page }) => {
  await page.goto("/learning-questions");
  await expect(page.getByRole("heading", { level: 1, name: "Leervragen" })).toBeVisible();
  expect((await openTitles(page)).length).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: "Leervraag toevoegen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Omhoog|^Omlaag/ })).toHaveCount(0);

  await page
    .getByRole("region", { name: "Nog te beantwoorden" })
    .getByRole("heading", { level: 3 })
    .first()
    .getByRole("link")
    .click();
  await expect(page.getByRole("region", { name: "Antwoord en duiding" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Antwoord en status bijwerken" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Vervolgvraag stellen" })).toHaveCount(0);

  expect((await page.goto("/learning-questions/new"))?.status()).toBe(404);
});

test("a teamlid calling the move action directly changes nothing", async ({
  asManagement: page,
  requestAs,
  freshProgramme,
}) => {
  freshProgramme.addLearningQuestion(unique("Wat vinden mantelzorgers van de ontmoetingsochtend?"));
  const text = unique("Hoe vaak komen deelnemers terug na de eerste keer?");
  const { id } = freshProgramme.addLearningQuestion(text);

  // The questions of the test's own programme only: on one screen, and no other test moves them.
  const list = `/learning-questions?programma=${freshProgramme.id}`;
  await page.goto(list);
  const before = await openTitles(page);
  const neighbour = before[before.indexOf(text) - 1] ?? "";
  expect(neighbour).not.toBe("");
  const move = await captureServerAction(page, () =>
    page
      .locator(`#leervraag-${id}`)
      .getByRole("button", { name: /^Omhoog/ })
      .click(),
  );

  expectNoSuccessRedirect(await replayServerAction(await requestAs("teamlid"), move));
  await page.goto(list);
  let after = await openTitles(page);
  expect(after.indexOf(neighbour)).toBeLessThan(after.indexOf(text));

  // The very same request from management does move it: the refusal above was the permission check.
  expect((await replayServerAction(await requestAs("management"), move)).status()).toBe(200);
  await page.reload();
  after = await openTitles(page);
  expect(after.indexOf(text)).toBeLessThan(after.indexOf(neighbour));
});

test("a partner has no backlog and sees only the questions of its programme", async ({
  asManagement: voorbeeld,
  asPartner: page,
}) => {
  await voorbeeld.goto("/learning-questions?programma=geen");
  const href = await voorbeeld
    .getByRole("main")
    .getByRole("heading", { level: 3 })
    .first()
    .getByRole("link")
    .getAttribute("href");
  expect(href).toMatch(/^\/learning-questions\/\d+$/);

  for (const path of ["/learning-questions", "/learning-questions/new", href ?? ""]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }

  await openProgrammeQuestions(page);
  await expect(page.getByRole("heading", { level: 4 }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Leervraag toevoegen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Omhoog|^Omlaag/ })).toHaveCount(0);
  await page.getByRole("heading", { level: 4 }).first().getByRole("link").click();
  await expect(page.getByRole("link", { name: "Terug naar de leervragen van het programma" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Antwoord en status bijwerken" })).toHaveCount(0);
});

test("another gemeente's question is not found; Testdorp's empty backlog says where to start", async ({
  asManagement: voorbeeld,
  asTestdorp: page,
}) => {
  await voorbeeld.goto("/learning-questions");
  const href = await voorbeeld
    .getByRole("main")
    .getByRole("heading", { level: 3 })
    .first()
    .getByRole("link")
    .getAttribute("href");
  expect(href).toMatch(/^\/learning-questions\/\d+$/);

  const response = await page.goto(href ?? "");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  expect((await page.goto(`/learning-questions/new?vervolgOp=${href?.split("/").pop()}`))?.status()).toBe(404);

  await page.goto("/learning-questions");
  await expect(page.getByRole("heading", { level: 2, name: "Er zijn nog geen leervragen" })).toBeVisible();
  await expect(page.getByText(/Hier begint route 4/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Voeg de eerste leervraag toe" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("a long backlog", () => {
  test("comes a screen at a time with its count, places counted over the whole list and the filter kept", async ({
    asManagement: page,
    freshProgramme,
  }) => {
    const questions = Array.from({ length: 12 }, (_, i) =>
      freshProgramme.addLearningQuestion(unique(`Vraag ${String(i + 1).padStart(2, "0")} over de inloop`)),
    );
    const pages = page.getByRole("navigation", { name: "Pagina's van de leervragen" });
    const items = page.getByRole("region", { name: "Nog te beantwoorden" }).getByRole("listitem");

    await page.goto(`${freshProgramme.path}/learning-questions`);
    await expect(items).toHaveCount(10);
    await expect(page.getByText("1–10 van 12 leervragen")).toBeVisible();
    await expect(pages).toContainText("Pagina 1 van 2");
    await pages.getByRole("link", { name: "Volgende leervragen" }).click();
    await expect(page).toHaveURL(/[?&]pagina=2/);
    await expect(items).toHaveCount(2);
    await expect(page.getByText("11–12 van 12 leervragen")).toBeVisible();
    await expect(page.locator(`#leervraag-${questions[10]?.id}`)).toContainText("Nr. 11");
    await expectAccessible(page);

    // The gemeente's backlog, filtered to the programme: the filter stays on the next screen.
    await page.goto(`/learning-questions?programma=${freshProgramme.id}`);
    await expect(page.getByText("1–10 van 12 leervragen")).toBeVisible();
    await pages.getByRole("link", { name: "Volgende leervragen" }).click();
    await expect(page).toHaveURL(new RegExp(`programma=${freshProgramme.id}&pagina=2`));
    await expect(items).toHaveCount(2);
    const first = page.locator(`#leervraag-${questions[10]?.id}`);
    await expect(first).toContainText("Nr. 11");

    // Moving up past the screen's edge swaps it with the last question of the screen before, and the user goes
    // along to that screen with the filter kept.
    await first.getByRole("button", { name: /^Omhoog/ }).click();
    await expect(page.getByText("1–10 van 12 leervragen")).toBeVisible();
    await expect(first).toContainText("Nr. 10");
    await expect(page).toHaveURL(new RegExp(`/learning-questions\\?programma=${freshProgramme.id}$`));
    await pages.getByRole("link", { name: "Volgende leervragen" }).click();
    await expect(page.locator(`#leervraag-${questions[9]?.id}`)).toContainText("Nr. 11");
  });

  test("moving the first question of screen 2 up by keyboard goes along to screen 1, with the focus and its place", async ({
    asManagement: page,
    freshProgramme,
  }) => {
    const questions = Array.from({ length: 11 }, (_, i) =>
      freshProgramme.addLearningQuestion(unique(`Vraag ${String(i + 1).padStart(2, "0")} over de buurttuin`)),
    );
    const id = questions[10]?.id;
    const list = `${freshProgramme.path}/learning-questions`;
    const item = page.locator(`#leervraag-${id}`);
    await page.goto(`${list}?pagina=2`);
    await expect(page.getByText("11–11 van 11 leervragen")).toBeVisible();
    await expect(item).toContainText("Nr. 11");

    await item.getByRole("button", { name: /^Omhoog/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("1–10 van 11 leervragen")).toBeVisible();
    await expect(item).toContainText("Nr. 10");
    await expect(item.getByRole("button", { name: /^Omhoog/ })).toBeFocused();
    await expect(item.getByRole("status")).toHaveText(
      "De vraag staat nu op plaats 10 van 11. Die plaats is op de vorige pagina. Die pagina ziet u nu.",
    );
    // The marks of the move are gone from the address, so a reload does not say it again.
    await expect(page).toHaveURL(new RegExp(`${list}$`));
    await expectAccessible(page);
    await page.reload();
    await expect(item.getByRole("status")).toHaveText("");
    await expect(item.getByRole("button", { name: /^Omhoog/ })).not.toBeFocused();

    // And back down: the question is last then, so its heading gets the focus on screen 2.
    await item.getByRole("button", { name: /^Omlaag/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("11–11 van 11 leervragen")).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${list}\\?pagina=2$`));
    await expect(page.locator(`#leervraag-${id}-titel`)).toBeFocused();
    await expect(item.getByRole("status")).toHaveText(
      "De vraag staat nu op plaats 11 van 11. Die plaats is op de volgende pagina. Die pagina ziet u nu.",
    );
  });
});
