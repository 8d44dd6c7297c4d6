// Every page of the app, opened once with the demo data, answers and passes axe: a page no other test visits cannot
// slip through. The beheerder sees every page; the ids are found the way a user finds them, by following links.
// The sweep runs on a 360 pixel wide screen (a small phone), and no page may be wider than that: what does not fit
// wraps, or scrolls sideways inside its own region (a table), never the whole page.
import { expect, type Page, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { expectAccessible } from "./support/axe";

const PILOT = "Samen minder eenzaam in Oost";
const PILOT_TRACK = "Pilottraject impactgericht werken: team Sociaal Domein";

/** The path of the first link in the page's content whose path matches. */
async function linkOn(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const paths = await page
    .getByRole("main")
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  const found = paths.find((path) => pattern.test(path));
  expect(found, `a link on ${from} matching ${pattern}`).toBeTruthy();
  return found ?? "";
}

async function visitAll(page: Page, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const width = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect
      .soft(width.page, `the width of ${path} on a ${width.screen} pixel wide screen`)
      .toBeLessThanOrEqual(width.screen);
    await expectAccessible(page);
  }
}

test.describe("every page", () => {
  test.use({ storageState: storageState("beheerder"), viewport: { width: 360, height: 740 } });
  // Each sweep opens dozens of pages and runs axe on every one (3 to 5 seconds a scan on 2 cores).
  test.describe.configure({ timeout: 300_000 });

  // Two halves, so that the two workers can share them.
  test("of the gemeente: work, route and programmes", async ({ page }) => {
    await visitAll(page, [
      "/",
      "/my-work",
      "/my-work?soort=bijsturingen",
      "/account",
      "/notifications",
      "/routes",
      "/routes/compare",
      "/routes/decisions",
      "/routes/intake",
      await linkOn(page, "/routes", /^\/routes\/roadmap\/\d+$/),
      await linkOn(page, "/routes", /^\/routes\/(?!compare$|decisions$|intake$|roadmap\/)[a-z-]+$/),
      "/programmes",
      "/programmes/new",
      "/learning-questions",
      "/learning-questions/new",
      await linkOn(page, "/learning-questions", /^\/learning-questions\/\d+$/),
      "/dashboard",
      "/exports",
      "/programmes/archived",
      "/routes/roadmap/archived",
    ]);
  });

  test("of the gemeente: pages and lessons", async ({ page }) => {
    const pagePath = await linkOn(page, "/pages", /^\/pages\/\d+$/);
    const lessonPath = await linkOn(page, "/lessons", /^\/lessons\/\d+$/);
    await visitAll(page, [
      "/pages",
      "/pages/new",
      "/lessons",
      "/lessons/new",
      "/pages/archived",
      "/lessons/archived",
      pagePath,
      `${pagePath}/edit`,
      `${pagePath}/history`,
      lessonPath,
      `${lessonPath}/edit`,
    ]);
  });

  test("of the pilot", async ({ page }) => {
    await page.goto("/programmes");
    await page.getByRole("link", { name: PILOT }).click();
    await expect(page.getByRole("heading", { level: 1, name: PILOT })).toBeVisible();
    const pilot = new URL(page.url()).pathname;
    const sections = [
      "theory",
      "hypotheses",
      "assumptions",
      "indicators",
      "studies",
      "corrections",
      "reflections",
      "reflections/action-items",
      "learning-questions",
      "pages",
      "timeline",
      "report",
    ];
    const paths = [pilot, `${pilot}/edit`, ...sections.map((section) => `${pilot}/${section}`)];
    for (const section of ["hypotheses", "assumptions", "indicators", "studies"])
      paths.push(`${pilot}/${section}/archived`);
    for (const section of ["hypotheses", "assumptions", "indicators", "studies", "corrections", "reflections"]) {
      paths.push(
        `${pilot}/${section}/new`,
        await linkOn(page, `${pilot}/${section}`, new RegExp(`^${pilot}/${section}/\\d+$`)),
      );
    }
    const indicator = await linkOn(page, `${pilot}/indicators`, new RegExp(`^${pilot}/indicators/\\d+$`));
    const study = await linkOn(page, `${pilot}/studies`, new RegExp(`^${pilot}/studies/\\d+$`));
    const session = await linkOn(page, `${pilot}/reflections`, new RegExp(`^${pilot}/reflections/\\d+$`));
    paths.push(
      `${indicator}/edit`,
      `${study}/edit`,
      `${session}/edit`,
      `${study}/findings/new`,
      await linkOn(page, study, /\/findings\/\d+\/edit$/),
    );
    await visitAll(page, paths);
  });

  test("of beheer", async ({ page }) => {
    await visitAll(page, [
      "/admin/users",
      "/admin/users/new",
      await linkOn(page, "/admin/users", /^\/admin\/users\/\d+$/),
      "/admin/partners",
      "/admin/partners/new",
      await linkOn(page, "/admin/partners", /^\/admin\/partners\/\d+$/),
      "/admin/activity",
      "/admin/api-keys",
      "/admin/api-keys/new",
      "/admin/security",
      "/admin/gemeente",
      "/contact",
      "/help",
      "/privacy",
      "/accessibility",
    ]);
  });

  test("of training", async ({ page }) => {
    const track = await linkOn(page, "/training", /^\/training\/\d+$/);
    const paths = [
      "/training",
      "/training?gearchiveerd=1",
      "/training/new",
      "/training/modules",
      ...["verandertheorie", "aannames", "indicatoren", "cyclus", "leervragen", "bijsturen"].map(
        (key) => `/training/modules/${key}`,
      ),
      "/training/scans",
      "/training/scans/new",
      await linkOn(page, "/training/scans", /^\/training\/scans\/\d+$/),
      track,
      `${track}/edit`,
      `${track}/sessions/new`,
      await linkOn(page, track, /^\/training\/\d+\/sessions\/\d+$/),
    ];
    await visitAll(page, paths);
  });

  test("of coaching, reflection and results of training", async ({ page }) => {
    await page.goto("/training");
    const track = (await page.getByRole("link", { name: PILOT_TRACK }).getAttribute("href")) ?? "";
    const conversation = await linkOn(page, `${track}/coaching`, /^\/training\/\d+\/coaching\/\d+$/);
    await visitAll(page, [
      "/training/overview",
      `${track}/overview`,
      `${track}/coaching`,
      `${track}/coaching/new`,
      conversation,
      `${conversation}/edit`,
      `${track}/reflections`,
    ]);
  });
});

test.describe("every page of route 2", () => {
  test.use({ storageState: storageState("beheerder") });
  test.describe.configure({ timeout: 300_000 });

  test("the opgaven register and the strategic sessions", async ({ page }) => {
    const opgave = await linkOn(page, "/opgaven", /^\/opgaven\/\d+$/);
    // The seeded sessions: one processed, one still open (only that one can be edited).
    await page.goto("/strategic-sessions");
    const sessions = await page
      .getByRole("main")
      .locator("a[href]")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    const [open, processed] = sessions.filter((path) => /^\/strategic-sessions\/\d+$/.test(path));
    expect(open && processed, "two seeded sessions").toBeTruthy();
    await visitAll(page, [
      "/opgaven",
      "/opgaven?archief=1",
      "/opgaven/new",
      opgave,
      `${opgave}/edit`,
      "/strategic-sessions",
      "/strategic-sessions/new",
      open ?? "",
      `${open}/edit`,
      processed ?? "",
    ]);
  });

  test("the veranderplan of the demo's loneliness opgave", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/opgaven");
    const opgave = await page
      .getByRole("main")
      .getByRole("link", { name: "Eenzaamheid onder ouderen in Oost", exact: true })
      .evaluate((link) => (link as HTMLAnchorElement).pathname);
    const plan = `${opgave}/veranderplan`;
    const effect = await linkOn(page, plan, /^\/opgaven\/\d+\/veranderplan\/effecten\/\d+$/);
    await visitAll(page, [plan, `${plan}/edit`, effect, `${opgave}/monitoring`]);
  });
});

test.describe("every page of the subsidiekaders", () => {
  test.use({ storageState: storageState("beheerder"), viewport: { width: 360, height: 740 } });
  test.describe.configure({ timeout: 300_000 });

  test("the frameworks and their applications", async ({ page }) => {
    await page.goto("/subsidies");
    await page.getByRole("link", { name: "Samen tegen eenzaamheid 2027" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Samen tegen eenzaamheid 2027" })).toBeVisible();
    const framework = new URL(page.url()).pathname;
    const applications = await page
      .getByRole("main")
      .locator("a[href]")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    const [first, second] = applications.filter((path) => /^\/subsidies\/\d+\/applications\/\d+$/.test(path));
    expect(first && second, "a granted and a rejected application").toBeTruthy();
    await visitAll(page, [
      "/subsidies",
      "/subsidies?archief=1",
      "/subsidies/new",
      framework,
      `${framework}/edit`,
      `${framework}/apply`,
      `${framework}/monitoring`,
      first ?? "",
      second ?? "",
    ]);
  });
});
