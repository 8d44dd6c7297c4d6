// "Mijn werk" on the home page: each person sees what is theirs to do now, finishes their own action point right
// there, and follows a link to where the rest of the work is done.
import { addIndicator } from "../db/fixtures";
import { createUserAsBeheerder, signInAsNew } from "./pages/users-page";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

test("a partner marks an action point assigned to them done from the home page", async ({
  asPartner: page,
  freshProgramme,
}) => {
  const description = uniqueName("Flyers rondbrengen");
  // Long overdue, so it is among the first few whatever other tests assign.
  const action = freshProgramme.addActionItem(description, "partner", "2025-01-15");
  await page.goto("/");
  const work = page.getByRole("region", { name: "Mijn werk" });
  const actions = work.getByRole("region", { name: /^Actiepunten/ });
  const item = actions.getByRole("listitem").filter({ hasText: description });
  await expect(item).toContainText(freshProgramme.name);
  await expect(item).toContainText("Te laat");
  await expect(item.getByRole("link", { name: description })).toHaveAttribute("href", /\/reflections\/\d+#actie-\d+$/);
  // The partner does not see the route; Mijn werk comes first, the explanation of the cycle is folded away.
  await expect(page.getByRole("region", { name: "Onze route" })).toHaveCount(0);
  await expect(page.getByText("Bekijk de vijf stappen")).toBeVisible();
  await expectAccessible(page);

  await item.getByRole("button", { name: `Klaar: ${description}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het actiepunt staat op klaar." })).toBeVisible();
  await expect(work.getByText(description)).toHaveCount(0);

  // The session it came from shows it done.
  await page.goto(action.path);
  await expect(page.getByRole("listitem").filter({ hasText: description })).toContainText("Klaar sinds");

  await page.goto("/my-work?soort=actiepunten");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn werk: Actiepunten" })).toBeVisible();
  await expect(page.getByText(description)).toHaveCount(0);
  await expectAccessible(page);
});

test("a partner marks their own action point done on its session page, not someone else's", async ({
  asPartner: page,
  freshProgramme,
}) => {
  const mine = uniqueName("Buurthuis bellen");
  const theirs = uniqueName("Verslag schrijven");
  const action = freshProgramme.addActionItem(mine, "partner");
  const other = freshProgramme.addActionItem(theirs, "teamlid");
  // A partner does not write in the programme's sessions: someone else's action point has no button for it.
  await page.goto(other.path);
  await expect(page.getByRole("listitem").filter({ hasText: theirs })).toContainText("Nog open");
  await expect(page.getByRole("button", { name: /^Klaar/ })).toHaveCount(0);
  await page.goto(action.path);
  await page
    .getByRole("listitem")
    .filter({ hasText: mine })
    .getByRole("button", { name: new RegExp(`^Klaar\\W+${mine}$`) })
    .click();
  await expect(page.getByRole("listitem").filter({ hasText: mine })).toContainText("Klaar sinds");
  await expectAccessible(page);
});

test("management sees a proposed correction waiting for their decision and opens it", async ({
  asManagement: page,
  freshProgramme,
}) => {
  const title = uniqueName("Ook een middag buiten");
  // Proposed long ago: the one waiting longest comes first.
  const correction = freshProgramme.addCorrection(title, 400);
  await page.goto("/");
  const corrections = page
    .getByRole("region", { name: "Mijn werk" })
    .getByRole("region", { name: /^Bijsturingen om over te besluiten/ });
  const item = corrections.getByRole("listitem").first();
  await expect(item).toContainText(title);
  await expect(item).toContainText("Wacht al 400 dagen");
  await expect(item).toContainText(`Programma: ${freshProgramme.name}`);
  await expectAccessible(page);
  await item.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`${correction.path}$`));
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
});

test("a teamlid sees a missed measurement first, and all of them behind the link", async ({
  asTeamlid: page,
  makeProgramme,
  database,
}) => {
  const programme = makeProgramme();
  // Each new programme's indicator was last measured in March: more than the home page shows are overdue.
  for (let i = 0; i < 5; i++) makeProgramme();
  const name = uniqueName("Bezoekers van de inloop");
  // Last measured long ago: the most overdue of all, so first in the list.
  const indicator = addIndicator(database, programme, {
    name,
    unit: "bezoekers",
    baseline: { value: 10, date: "2024-01-01" },
    target: { value: 40, date: "2026-12-31" },
    measurements: [{ measuredOn: "2024-02-01", value: 12 }],
  });
  await page.goto("/");
  const measurements = page.getByRole("region", { name: "Mijn werk" }).getByRole("region", { name: /^Metingen/ });
  const first = measurements.getByRole("listitem").first();
  await expect(first.getByRole("link", { name })).toHaveAttribute(
    "href",
    `${programme.path}/indicators/${indicator.id}`,
  );
  await expect(first).toContainText("Te laat");
  await expect(first).toContainText(programme.name);
  await expect(measurements.getByRole("listitem")).toHaveCount(5);

  await measurements.getByRole("link", { name: /^Alle \d+ metingen bekijken$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn werk: Metingen" })).toBeVisible();
  await expect(page.getByRole("link", { name })).toBeVisible();
  expect(await page.getByRole("main").getByRole("listitem").count()).toBeGreaterThan(5);
  await expectAccessible(page);

  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
});

test("someone new is told what will appear in Mijn werk", async ({ browser }) => {
  const user = await createUserAsBeheerder(browser);
  const { context, page } = await signInAsNew(browser, user);
  const work = page.getByRole("region", { name: "Mijn werk" });
  await expect(work.getByRole("heading", { name: "U heeft nu niets te doen" })).toBeVisible();
  await expect(work).toContainText("Hier ziet u de actiepunten die aan u zijn toegewezen");
  await expect(work).toContainText("Hier ziet u de metingen die u moet doen");
  await expect(work).not.toContainText("Hier ziet u voorstellen om bij te sturen");
  await expectAccessible(page);
  await context.close();
});

test("Mijn werk fits a 360 pixel wide screen", async ({ asPartner: page, freshProgramme }) => {
  freshProgramme.addActionItem(uniqueName("Een actiepunt met een lange omschrijving die moet afbreken"), "partner");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Mijn werk" }).getByRole("button").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
