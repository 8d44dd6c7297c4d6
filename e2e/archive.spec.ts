// Archiving instead of deleting: an indicator archived with a reason leaves the programme page and the dashboard, is
// found under "Gearchiveerd" with who, when and why, and comes back when restored. A change of route first shows the
// unfinished roadmap steps it would archive, keeps those the person ticks, and shows the list again when the
// roadmap changed in between.
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "../db/client";
import { memberships, organisations, roadmapSteps, routeDecisions, users } from "../db/schema";
import { hashPassword } from "../lib/auth/password";
import { planRoadmap, stepByKey } from "../lib/domain/roadmap";
import { localise } from "../lib/domain/scenarios";
import { LoginPage } from "./pages/login-page";
import { ACCOUNTS, anonymousContext, PASSWORD, uniqueEmail } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

const REASON = "Dubbel: de ontmoetingsochtend telt het buurthuis al in zijn eigen monitor.";

/** The dashboard's row of one programme, found on whichever page of the table it is. */
async function dashboardRow(page: Page, programme: string) {
  await page.goto("/dashboard");
  const table = page.getByRole("table", { name: "Cijfers per programma" });
  // With many programmes the table comes in pages, by name.
  await expect(table).toBeVisible();
  const row = table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader").getByRole("link", { name: programme, exact: true }) });
  while ((await row.count()) === 0) {
    const next = page
      .getByRole("navigation", { name: "Pagina's van de tabel" })
      .getByRole("link", { name: "Volgende" });
    await expect(next, `${programme} on a next page of the dashboard`).toHaveCount(1);
    await next.click();
    await expect(page).toHaveURL(/pagina=/);
  }
  return row;
}

test.describe("archiving an indicator", () => {
  test("takes it off the programme page and the dashboard, keeps it under Gearchiveerd, and restores it", async ({
    asManager: page,
    freshProgramme: programme,
  }) => {
    test.slow();
    const { indicator } = programme;
    const indicators = page.getByRole("region", { name: "Indicatoren", exact: true });
    await page.goto(programme.path);
    await expect(page.getByRole("main").getByRole("link", { name: indicator.name, exact: true }).first()).toBeVisible();
    await expect((await dashboardRow(page, programme.name)).getByRole("link", { name: "1 uit koers" })).toBeVisible();

    // Archiving asks why; without a reason nothing happens and the error says so.
    await page.goto(indicator.path);
    await page.getByText("Deze indicator archiveren").click();
    const reason = page.getByLabel("Waarom archiveert u dit?");
    await expect(reason).toBeVisible();
    await page.getByRole("button", { name: "Archiveren", exact: true }).click();
    await expect(page.getByRole("region", { name: "Er is iets niet goed ingevuld" })).toBeFocused();
    await expect(page.locator("#reason-error")).toHaveText(/Schrijf op waarom u dit archiveert/);
    await expectAccessible(page);

    await reason.fill(REASON);
    await page.getByRole("button", { name: "Archiveren", exact: true }).click();
    await expect(page).toHaveURL(/gearchiveerd=1/);
    const banner = page.getByRole("status").filter({ hasText: `Gearchiveerd door ${ACCOUNTS.programmamanager.name}` });
    await expect(banner).toContainText(REASON);
    await expect(page.getByRole("region", { name: "Meting toevoegen", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Terugzetten" })).toBeVisible();
    await expectAccessible(page);

    // Gone from the programme's overview and from the dashboard.
    await page.goto(programme.path);
    await expect(indicators).toBeVisible();
    await expect(indicators.getByRole("link", { name: indicator.name, exact: true })).toHaveCount(0);
    await expect((await dashboardRow(page, programme.name)).getByText("0 uit koers", { exact: true })).toBeVisible();

    // Found under Gearchiveerd, with who, when and why.
    await page.goto(`${programme.path}/indicators`);
    await expect(page.getByRole("region", { name: "Indicatoren van dit programma" })).toHaveCount(0);
    await page.getByRole("link", { name: "Gearchiveerd (1)" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Gearchiveerde indicatoren" })).toBeVisible();
    const archived = page.getByRole("region", { name: /^Gearchiveerde indicatoren/ });
    const row = archived.getByRole("row").filter({ has: page.getByRole("link", { name: indicator.name }) });
    await expect(row).toContainText(ACCOUNTS.programmamanager.name);
    await expect(row).toContainText(REASON);
    await expectAccessible(page);

    await row.getByRole("button", { name: `Terugzetten: ${indicator.name}` }).click();
    await expect(page).toHaveURL(/teruggezet=/);
    await expect(page.getByRole("status").filter({ hasText: "Teruggezet" })).toBeVisible();
    await expect(page.getByText("Hier is niets gearchiveerd.")).toBeVisible();
    await expectAccessible(page);

    await page.goto(programme.path);
    await expect(indicators.getByRole("link", { name: indicator.name, exact: true })).toBeVisible();
    await expect((await dashboardRow(page, programme.name)).getByRole("link", { name: "1 uit koers" })).toBeVisible();
  });
});

/** A gemeente of the test's own on route 1, with one step done and one in progress, and a manager to decide. */
async function gemeenteOnRoute(database: AppDatabase) {
  const name = uniqueName("Gemeente Zuid E2E");
  const email = uniqueEmail("routekeuze");
  const passwordHash = await hashPassword(PASSWORD);
  return database.transaction((tx) => {
    const organisationId = tx
      .insert(organisations)
      .values({ name, slug: name.toLowerCase().replace(/\W+/g, "-") })
      .returning({ id: organisations.id })
      .get().id;
    const userId = tx
      .insert(users)
      .values({ email, name: "Els Routekeuze", passwordHash })
      .returning({ id: users.id })
      .get().id;
    tx.insert(memberships).values({ userId, organisationId, role: "management", acceptedAt: new Date() }).run();
    const decisionId = tx
      .insert(routeDecisions)
      .values({
        organisationId,
        primaryRoute: "klein-en-krachtig",
        rationale: "We beginnen klein.",
        decidedById: userId,
      })
      .returning({ id: routeDecisions.id })
      .get().id;
    const plan = planRoadmap([], ["klein-en-krachtig"]).add;
    const ids = plan.map(
      (step, index) =>
        tx
          .insert(roadmapSteps)
          .values({
            organisationId,
            decisionId,
            route: step.route,
            stepKey: step.stepKey,
            isFirstStep: step.isFirstStep,
            position: index + 1,
            status: index === 0 ? "klaar" : index === 1 ? "bezig" : "te_doen",
          })
          .returning({ id: roadmapSteps.id })
          .get().id,
    );
    const title = (index: number) => localise(stepByKey(plan[index]?.stepKey ?? "")?.title ?? { nl: "", en: "" }, "nl");
    return { email, name: "Els Routekeuze", ids, title };
  });
}

test.describe("changing route", () => {
  test("shows the unfinished steps it would archive, again when the roadmap changed, and keeps one", async ({
    browser,
    database,
  }) => {
    test.slow();
    const gemeente = await gemeenteOnRoute(database);
    const context = await anonymousContext(browser);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(gemeente.email, PASSWORD, gemeente.name);

    const inProgress = gemeente.title(1);
    const waiting = gemeente.title(2);
    const another = gemeente.title(3);
    await page.goto("/routes/intake");
    const groups = page.locator("form[action='/routes/intake'] fieldset");
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).getByRole("radio").first().check();
    await page.getByRole("button", { name: "Toon het advies" }).click();
    await page.getByLabel("Route", { exact: true }).selectOption("training");
    await page.getByLabel("Tweede route").selectOption("");
    await page.getByLabel("Waarom kiest u deze route?").fill("Ons team wil eerst leren werken met impact.");
    await page.getByRole("button", { name: "Keuze vastleggen" }).click();

    // Nothing is saved yet: the steps that are not finished are listed, the one in progress among them.
    const review = page.getByRole("region", { name: /stappen zijn nog niet klaar en worden gearchiveerd/ });
    await expect(review.getByRole("heading")).toBeFocused();
    await expect(review.getByRole("checkbox")).toHaveCount(gemeente.ids.length - 1);
    await expect(review.getByRole("listitem").filter({ hasText: inProgress })).toContainText("Bezig");
    await expect(page.getByLabel("Waarom kiest u deze route?")).toHaveValue(/leren werken met impact/);
    await expectAccessible(page);

    // Meanwhile a colleague finishes a step: the confirmation no longer matches and the list is shown again.
    database
      .update(roadmapSteps)
      .set({ status: "klaar" })
      .where(eq(roadmapSteps.id, gemeente.ids[2] ?? 0))
      .run();
    await review.getByLabel(`Houden op de roadmap: ${inProgress}`).check();
    await page.getByRole("button", { name: "Bevestigen en keuze vastleggen" }).click();
    await expect(review.getByText("De roadmap is intussen veranderd")).toBeVisible();
    await expect(review.getByRole("checkbox")).toHaveCount(gemeente.ids.length - 2);
    await expect(review.getByText(waiting)).toHaveCount(0);
    await expect(review.getByLabel(`Houden op de roadmap: ${inProgress}`)).toBeChecked();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Bevestigen en keuze vastleggen" }).click();
    await expect(page).toHaveURL(/\/routes\?besloten=1/);
    const steps = page.getByRole("region", { name: "Stappen" });
    await expect(steps.getByRole("heading", { level: 3, name: inProgress })).toBeVisible();
    await expect(steps.getByRole("heading", { level: 3, name: waiting })).toBeVisible();
    await expect(steps.getByRole("heading", { level: 3, name: another })).toHaveCount(0);

    await page.getByRole("link", { name: /^Gearchiveerd \(\d+\)$/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gearchiveerde stappen van de roadmap" })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: another }) });
    await expect(row).toContainText("Ons team wil eerst leren werken met impact.");
    await expect(page.getByRole("link", { name: inProgress })).toHaveCount(0);
    await expectAccessible(page);
    await context.close();
  });
});
