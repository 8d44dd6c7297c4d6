import type { Page } from "@playwright/test";
import { signInAsNew } from "./pages/users-page";
import { expectAccessible } from "./support/axe";
import { expect, makePerson, test, uniqueName } from "./support/fixtures";

// Nothing typed is lost: forms on one page do not reset each other, long forms keep a draft in the browser and
// offer it back, and leaving with unsaved changes asks first.

const DRAFT = /Er is een concept van .+ dat nog niet is opgeslagen\./;

/** The drafts this browser keeps for a form, by the start of their key. */
async function storedDrafts(page: Page, form: string) {
  return page.evaluate(
    (prefix) => Object.keys(window.localStorage).filter((key) => key.startsWith(prefix)),
    `impactkoers.concept:${form}:`,
  );
}

test("text typed in the Terugblik stays when an action point is added below it", async ({
  asManager: page,
  freshProgramme,
}) => {
  const { path } = freshProgramme.addActionItem(uniqueName("Eerste actiepunt"));
  await page.goto(path);
  const review = page.getByRole("region", { name: "Terugblik" });
  const learned = review.getByLabel(/^Wat hebben we geleerd/);
  await learned.fill("Bellen werkt beter dan een brief.");

  const actions = page.getByRole("region", { name: "Actiepunten uit deze sessie" });
  const description = uniqueName("Buurtcoach belt de nieuwe aanmelders");
  await actions.getByLabel("Wat gaan we doen?").fill(description);
  await actions.getByLabel("Wie pakt het op?").selectOption({ label: "Sanne de Vries" });
  await actions.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het actiepunt is toegevoegd." })).toBeVisible();
  await expect(actions.getByRole("listitem").filter({ hasText: description })).toBeVisible();

  await expect(learned).toHaveValue("Bellen werkt beter dan een brief.");
  // The action point form itself starts empty again for the next one.
  await expect(actions.getByLabel("Wat gaan we doen?")).toHaveValue("");
  await expectAccessible(page);

  // Marking an action point done on the same page keeps the text too, and then the Terugblik is saved.
  await actions
    .getByRole("listitem")
    .filter({ hasText: description })
    .getByRole("button", { name: /^Klaar/ })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Het actiepunt is klaar." })).toBeVisible();
  await expect(learned).toHaveValue("Bellen werkt beter dan een brief.");
  await review.getByRole("button", { name: "Terugblik opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De terugblik is opgeslagen." })).toBeVisible();
  await page.reload();
  await expect(learned).toHaveValue("Bellen werkt beter dan een brief.");
  // Saved, so no draft is left to offer.
  await expect(page.getByText(DRAFT)).toHaveCount(0);
  expect(await storedDrafts(page, "reflection-prompts")).toEqual([]);
});

test("a half-typed page comes back after a reload, and leaving asks first", async ({ asTeamlid: page }) => {
  const title = uniqueName("Concept ontmoetingsochtend");
  const body = "We beginnen om negen uur.";
  await page.goto("/pages/new");
  await expect(page.getByRole("heading", { level: 1, name: "Pagina toevoegen" })).toBeVisible();
  await page.getByLabel("Titel", { exact: true }).fill(title);
  const text = page.getByLabel("Tekst (optioneel)", { exact: true });
  await text.click();
  await text.pressSequentially(body);
  // The draft is written shortly after typing stops.
  await expect.poll(() => storedDrafts(page, "page-new")).toHaveLength(1);

  // A link within the app asks first; staying keeps the text.
  const question = page.waitForEvent("dialog");
  const click = page.getByRole("main").getByRole("link").first().click();
  const confirm = await question;
  expect(confirm.type()).toBe("confirm");
  expect(confirm.message()).toContain("wijzigingen die nog niet zijn opgeslagen");
  await confirm.dismiss();
  await click;
  await expect(text).toHaveValue(body);

  // A reload asks the browser's own question; after it the form is empty and offers the draft.
  page.once("dialog", (dialog) => {
    expect(dialog.type()).toBe("beforeunload");
    void dialog.accept();
  });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Pagina toevoegen" })).toBeVisible();
  const banner = page.getByRole("status").filter({ hasText: DRAFT });
  await expect(banner).toBeVisible();
  await expect(text).toHaveValue("");
  await expectAccessible(page);

  await banner.getByRole("button", { name: "Terugzetten" }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Titel", { exact: true })).toBeFocused();
  await expect(text).toHaveValue(body);

  await page.getByRole("button", { name: "Pagina toevoegen" }).click();
  await expect(page.getByText("De pagina is toegevoegd.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Saved: the draft is gone, and a new page starts empty without an offer.
  expect(await storedDrafts(page, "page-new")).toEqual([]);
  await page.goto("/pages/new");
  await expect(page.getByRole("heading", { level: 1, name: "Pagina toevoegen" })).toBeVisible();
  await expect(page.getByText(DRAFT)).toHaveCount(0);
});

test("a draft that is thrown away is not offered again", async ({ asTeamlid: page }) => {
  await page.goto("/pages/new");
  const text = page.getByLabel("Tekst (optioneel)", { exact: true });
  await text.fill("Een begin dat toch niet goed is.");
  await expect.poll(() => storedDrafts(page, "page-new")).toHaveLength(1);
  await page.reload();
  const banner = page.getByRole("status").filter({ hasText: DRAFT });
  await banner.getByRole("button", { name: "Weggooien" }).click();
  await expect(banner).toHaveCount(0);
  await expect(text).toHaveValue("");
  expect(await storedDrafts(page, "page-new")).toEqual([]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Pagina toevoegen" })).toBeVisible();
  await expect(page.getByText(DRAFT)).toHaveCount(0);
});

test("signing out takes the drafts along: the next person on this computer is not offered them", async ({
  browser,
  database,
}) => {
  const person = await makePerson(database);
  const { context, page } = await signInAsNew(browser, person);
  await page.goto("/pages/new");
  await page.getByLabel("Tekst (optioneel)", { exact: true }).fill("Aantekeningen die niemand anders hoeft te zien.");
  await expect.poll(() => storedDrafts(page, "page-new")).toHaveLength(1);

  await page.getByRole("banner").locator("summary", { hasText: person.name }).click();
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  expect(await storedDrafts(page, "page-new")).toEqual([]);
  await context.close();
});
