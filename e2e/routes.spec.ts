import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

/** Answers every intake question with its first option. */
async function answerAll(page: Page) {
  const groups = page.locator("form[action='/routes/intake'] fieldset");
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole("radio").first().check();
  return count;
}

test.describe("the Testdorp beheerder chooses a route", () => {
  test("from the invitation through the intake to a decision and a first step done", async ({ asTestdorp: page }) => {
    // One journey through eight page states, four of them checked with axe.
    test.slow();
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Kies hoe uw gemeente begint" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Welke route past bij ons?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Welke route past bij ons?" })).toBeVisible();

    // Nothing answered: every question is named in the summary.
    await page.getByRole("button", { name: "Toon het advies" }).click();
    const summary = page.getByRole("region", { name: "Er is iets niet goed ingevuld" });
    await expect(summary).toBeFocused();
    const questions = await page.locator("form[action='/routes/intake'] fieldset").count();
    await expect(summary.getByRole("link")).toHaveCount(questions);
    await expectAccessible(page);

    await answerAll(page);
    await page.getByRole("button", { name: "Toon het advies" }).click();
    const advice = page.getByRole("region", { name: "Ons advies" });
    await expect(advice).toBeVisible();
    await expect(advice.getByText(/^Omdat u aangaf dat /).first()).toBeVisible();
    const advised = (await advice.getByRole("link").first().textContent()) ?? "";
    expect(advised.length).toBeGreaterThan(3);
    await expectAccessible(page);

    // A decision without a rationale is refused; the choice and the intake answers stay.
    const form = page.locator("form").filter({ has: page.getByLabel("Waarom kiest u deze route?") });
    await expect(form.getByLabel("Route", { exact: true })).toHaveValue(/.+/);
    const chosen = await form.getByLabel("Route", { exact: true }).inputValue();
    await form.getByRole("button", { name: "Keuze vastleggen" }).click();
    await expect(page.locator("#rationale-error")).toHaveText(/Schrijf op waarom u voor deze route kiest/);
    await expect(form.getByLabel("Route", { exact: true })).toHaveValue(chosen);
    await expect(form.locator("input[type=hidden][name^='q_']")).toHaveCount(questions);
    await expectAccessible(page);

    await form
      .getByLabel("Waarom kiest u deze route?")
      .fill("Het advies past bij hoe wij nu werken; we beginnen klein.");
    await form.getByRole("button", { name: "Keuze vastleggen" }).click();
    await expect(page).toHaveURL(/\/routes\?besloten=1/);
    await expect(page.getByText("De keuze is vastgelegd")).toBeVisible();
    await expect(page.getByRole("region", { name: /Gekozen route/ })).toContainText(advised.trim());
    const steps = page.getByRole("region", { name: "Stappen" }).getByRole("listitem");
    await expect(steps.first()).toContainText("Eerste stap");
    const total = await steps.count();
    await expect(page.getByText(`0 van ${total} stappen klaar`)).toBeVisible();

    await steps
      .first()
      .getByRole("button", { name: /Markeer als klaar/ })
      .click();
    await expect(page.getByText(`1 van ${total} stappen klaar`)).toBeVisible();
    await expect(steps.first()).toContainText("Klaar");

    await page.getByRole("link", { name: "Bekijk alle eerdere keuzes" }).click();
    await expect(page.getByText("Huidige keuze")).toBeVisible();
    await page.getByText("Antwoorden van de intake").click();
    await expect(page.getByRole("definition")).toHaveCount(questions);

    await page.goto("/");
    await expect(page.getByRole("region", { name: "Onze route" })).toContainText(`1 van ${total} stappen klaar`);

    await page.goto("/admin/activity?action=route.decided");
    await expect(page.getByRole("table")).toContainText("Route gekozen");

    // Changing route keeps the finished step and adds the new route's steps, its first step marked.
    await page.goto("/routes");
    const doneTitle = (await steps.first().getByRole("heading", { level: 3 }).textContent()) ?? "";
    await page.getByRole("link", { name: "Route opnieuw kiezen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Welke route past bij ons?" })).toBeVisible();
    await answerAll(page);
    await page.getByRole("button", { name: "Toon het advies" }).click();
    await expect(page.getByRole("region", { name: "Ons advies" })).toBeVisible();
    const routeSelect = page.getByLabel("Route", { exact: true });
    await expect(routeSelect).toHaveValue(/.+/);
    const other = (await routeSelect.locator("option:not([value=''])").allTextContents()).find(
      (label) => !label.includes(advised.trim()),
    );
    expect(other).toBeTruthy();
    await routeSelect.selectOption({ label: other ?? "" });
    await page.getByLabel("Tweede route").selectOption("");
    await page.getByLabel("Waarom kiest u deze route?").fill("Na de eerste stap kiezen we bewust een andere route.");
    await page.getByRole("button", { name: "Keuze vastleggen" }).click();
    // The unfinished steps of the route no longer chosen are shown before anything is saved.
    await expect(page.getByRole("region", { name: /nog niet klaar en worden gearchiveerd/ })).toBeVisible();
    await page.getByRole("button", { name: "Bevestigen en keuze vastleggen" }).click();
    await expect(page.getByText("De keuze is vastgelegd")).toBeVisible();
    const kept = steps.filter({ hasText: doneTitle });
    await expect(kept).toHaveCount(1);
    await expect(kept).toContainText("Klaar");
    await expect(steps.filter({ hasText: "Eerste stap" })).toHaveCount(2);
    await expect(steps.last()).toContainText((other ?? "").replace(/^\d+\. /, ""));
    await page.getByRole("link", { name: "Bekijk alle eerdere keuzes" }).click();
    await expect(page.getByText("Vervangen")).toHaveCount(1);
  });
});

test.describe("Gemeente Voorbeeld's route", () => {
  test("is route 1 with a roadmap partly done, read-only for a teamlid", async ({ asTeamlid: page }) => {
    await page.goto("/routes");
    await expect(page.getByRole("region", { name: "Gekozen route" })).toContainText("Klein en krachtig beginnen");
    await expect(page.getByText(/^[1-9]\d* van \d+ stappen klaar$/)).toBeVisible();
    await expect(page.getByRole("button", { name: /Markeer als klaar/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Route opnieuw kiezen" })).toHaveCount(0);

    await page.goto("/routes/intake");
    await answerAll(page);
    await page.getByRole("button", { name: "Toon het advies" }).click();
    await expect(page.getByText("Alleen de beheerder of het management legt de keuze vast.")).toBeVisible();
    await expect(page.getByLabel("Waarom kiest u deze route?")).toHaveCount(0);

    const stepHref = await page.goto("/routes").then(() => page.locator("[id^='stap-']").first().getAttribute("id"));
    const response = await page.goto(`/routes/roadmap/${stepHref?.replace("stap-", "")}`);
    expect(response?.status()).toBe(404);
  });

  test("a teamlid posting the decision or a roadmap change directly changes nothing", async ({
    asManagement: page,
    requestAs,
  }) => {
    await page.goto("/routes/decisions");
    const before = await page.getByRole("main").getByRole("listitem").count();

    await page.goto("/routes/intake");
    await answerAll(page);
    await page.getByRole("button", { name: "Toon het advies" }).click();
    await page.getByLabel("Route", { exact: true }).selectOption("klein-en-krachtig");
    await page.getByLabel("Tweede route").selectOption("");
    await page.getByLabel("Waarom kiest u deze route?").fill("Poging van buiten het formulier.");
    const decide = await captureServerAction(page, () =>
      page.getByRole("button", { name: "Keuze vastleggen" }).click(),
    );

    await page.goto("/routes");
    const step = page.locator("[id^='stap-']").last();
    // Only the status: another test edits this step's owner and notes meanwhile.
    const stepStatus = (await step.textContent())?.match(/^(Te doen|Bezig|Klaar)/)?.[1];
    expect(stepStatus).toBeDefined();
    const markDone = await captureServerAction(page, () => step.getByRole("button").first().click());

    const teamlid = await requestAs("teamlid");
    expectNoSuccessRedirect(await replayServerAction(teamlid, decide), "the replayed decision");
    expectNoSuccessRedirect(await replayServerAction(teamlid, markDone), "the replayed step");

    await page.goto("/routes/decisions");
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(before);
    await page.goto("/routes");
    await expect(page.locator("[id^='stap-']").last()).toHaveText(new RegExp(`^${stepStatus}`));
  });

  test("a programme manager edits a step; notes that are too long come back with an error", async ({
    asManager: page,
  }) => {
    await page.goto("/routes");
    const last = page.locator("[id^='stap-']").last();
    await last.getByRole("link", { name: /Bewerken/ }).click();
    await page.getByLabel("Trekker").selectOption({ label: "Sanne de Vries" });
    const tooLong = `Afspraak met de wijkteams. ${"x".repeat(4000)}`;
    await page.getByLabel("Notities").fill(tooLong);
    await page.getByLabel("Uiterlijk klaar op").fill("2027-03-01");
    await page.getByRole("button", { name: "Stap opslaan" }).click();
    await expect(page.locator("#notes-error")).toHaveText(/te lang: maximaal 4.000 tekens/);
    await expect(page.getByLabel("Notities")).toHaveValue(tooLong);
    await expect(page.getByLabel("Uiterlijk klaar op")).toHaveValue("2027-03-01");
    await expect(page.getByLabel("Trekker")).not.toHaveValue("");
    await expectAccessible(page);

    await page.getByLabel("Notities").fill("Afspraak met de wijkteams staat in de agenda.");
    await page.getByRole("button", { name: "Stap opslaan" }).click();
    await expect(page.getByText("De stap is opgeslagen.")).toBeVisible();
    const saved = page.locator("[id^='stap-']").last();
    await expect(saved).toContainText("Sanne de Vries");
    await expect(saved).toContainText("1 maart 2027");
    await expect(saved).toContainText("Afspraak met de wijkteams staat in de agenda.");
  });

  test("another gemeente's roadmap step is not found", async ({ asManager: page, signedIn }) => {
    await page.goto("/routes");
    const id = (await page.locator("[id^='stap-']").first().getAttribute("id"))?.replace("stap-", "");

    const other = await signedIn("adviseur");
    await other.goto("/");
    await other.getByRole("banner").getByLabel("Gemeente").selectOption({ label: "Gemeente Testdorp" });
    await other.getByRole("banner").getByRole("button", { name: "Wisselen" }).click();
    await expect(other.getByText("als Management bij Gemeente Testdorp")).toBeVisible();
    const response = await other.goto(`/routes/roadmap/${id}`);
    expect(response?.status()).toBe(404);
  });

  test("a partner does not see the route", async ({ asPartner: page }) => {
    for (const path of ["/routes", "/routes/intake", "/routes/compare", "/routes/klein-en-krachtig"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });
});

test.describe("the five routes", () => {
  test("each has a page with approach, opportunities, risks, who it suits, first step and the source", async ({
    asManagement: page,
  }) => {
    await page.goto("/routes");
    const cards = page.getByRole("region", { name: "De vijf routes" }).getByRole("listitem");
    await expect(cards).toHaveCount(5);
    for (let i = 0; i < 5; i++) {
      await page.goto("/routes");
      const link = page.getByRole("region", { name: "De vijf routes" }).getByRole("listitem").nth(i).getByRole("link");
      const name = (await link.textContent()) ?? "";
      await link.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      for (const heading of ["Aanpak", "Kansen", "Risico's", "Geschikt voor", "Eerste stap"]) {
        await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
      }
      await expect(
        page.getByText(/Bron: het artikel ‘Vijf scenario's voor impactgericht werken als gemeente’/),
      ).toBeVisible();
      // The five pages share one layout: axe checks the first here, the every-page sweep each of them.
      if (i === 0) await expectAccessible(page);
    }
    expect((await page.goto("/routes/bestaat-niet"))?.status()).toBe(404);
  });

  test("are compared in a table on a wide screen and stacked on a narrow one", async ({ asManagement: page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto("/routes/compare");
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveCount(5);
    await expect(table.getByRole("rowheader")).toHaveText([
      "Aanpak",
      "Kansen",
      "Risico's",
      "Geschikt voor",
      "Eerste stap",
    ]);

    await page.setViewportSize({ width: 360, height: 800 });
    await expect(table).toBeHidden();
    await expect(page.getByRole("heading", { level: 2, name: /Klein en krachtig beginnen/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
