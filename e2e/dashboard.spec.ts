import { expect, type Page, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { expectAccessible } from "./support/axe";

const PILOT = "Samen minder eenzaam in Oost";
const SECOND = "Taalcafé voor nieuwkomers";

const figures = (page: Page) => page.getByRole("table", { name: "Cijfers per programma" });

/** The row of one programme: its header is the programme's name. */
const rowOf = (page: Page, programme: string) =>
  figures(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader").getByRole("link", { name: programme, exact: true }) });

/** A number link in a programme's row; the link says what it counts ("3 uit koers"), the row says where. */
const countLink = (page: Page, counts: string, programme = PILOT) =>
  rowOf(page, programme).getByRole("link", { name: new RegExp(`^\\d+ ${counts}$`) });

async function shown(page: Page, counts: string, programme = PILOT) {
  const link = countLink(page, counts, programme);
  await expect(link).toHaveCount(1);
  return Number.parseInt((await link.textContent()) ?? "", 10);
}

async function pilotPath(page: Page) {
  const href = await figures(page).getByRole("link", { name: PILOT, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/programmes\/\d+$/);
  return href as string;
}

const todayInAmsterdam = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

test.describe("management", () => {
  test.use({ storageState: storageState("management") });

  test("sees the whole table on a laptop screen 1366 pixels wide, with one meting in the singular", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto("/dashboard");
    const region = page.getByRole("region", { name: "Cijfers per programma" });
    await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toBeVisible();
    const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);

    const overdue = await figures(page)
      .getByRole("link", { name: /^\d+ (meting|metingen|leervraag|leervragen)$/ })
      .allTextContents();
    expect(overdue.length).toBeGreaterThan(0);
    for (const text of overdue) {
      const count = Number.parseInt(text, 10);
      expect(text, text).toMatch(count === 1 ? /^1 (meting|leervraag)$/ : /^\d+ (metingen|leervragen)$/);
    }
  });

  test("sees every programme, with the pilot's numbers as its own pages count them", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: SECOND, exact: true })).toBeVisible();
    await expectAccessible(page);
    const pilot = await pilotPath(page);

    // Other tests change the pilot at the same time: read the dashboard and the pages again until they agree.
    await expect(async () => {
      await page.goto("/dashboard");
      const dashboard = {
        offTrack: await shown(page, "uit koers"),
        onTrack: await shown(page, "op koers"),
        criticalUntested: await shown(page, "kritiek en ongetoetst"),
        refuted: await shown(page, "weerlegd"),
        open: await shown(page, "nog te beantwoorden"),
        answered: await shown(page, "beantwoord"),
      };

      await page.goto(`${pilot}/indicators`);
      const indicators = page.getByRole("table", { name: "Indicatoren van dit programma" });
      await expect(indicators).toBeVisible();
      expect(dashboard.offTrack).toBe(await indicators.getByText("Uit koers", { exact: true }).count());
      expect(dashboard.onTrack).toBe(await indicators.getByText("Op koers", { exact: true }).count());

      await page.goto(`${pilot}/assumptions`);
      const register = page.getByRole("table", { name: "Aannames, de meest urgente eerst" }).getByRole("row");
      await expect(register.first()).toBeVisible();
      const critical = register.filter({ has: page.getByText("Hoog", { exact: true }) });
      expect(dashboard.criticalUntested).toBe(
        await critical.filter({ has: page.getByText("Ongetoetst", { exact: true }) }).count(),
      );
      expect(dashboard.refuted).toBe(
        await register.filter({ has: page.getByText("Weerlegd", { exact: true }) }).count(),
      );

      await page.goto(`${pilot}/learning-questions`);
      await expect(page.getByRole("heading", { level: 2, name: "Leervragen" })).toBeVisible();
      const questions = (section: string) =>
        page.getByRole("region", { name: section, exact: true }).getByRole("heading", { level: 4 }).count();
      expect(dashboard.open).toBe(await questions("Nog te beantwoorden"));
      expect(dashboard.answered).toBe(await questions("Beantwoord"));
    }).toPass({ timeout: 40_000 });
  });

  test("counts the corrections of the chosen period only", async ({ page }) => {
    const everything = `/dashboard?from=2000-01-01&to=${todayInAmsterdam()}`;
    await page.goto(everything);
    await expectAccessible(page);
    const pilot = await pilotPath(page);

    await expect(async () => {
      await page.goto(everything);
      const proposed = await shown(page, "voorgesteld");
      const decided = await shown(page, "besloten");
      await page.goto(`${pilot}/corrections`);
      const rows = page.getByRole("table", { name: "Bijsturingen van dit programma, nieuwste eerst" }).getByRole("row");
      await expect(rows.first()).toBeVisible();
      // Every correction was proposed once; every decided one was "Besloten" before it could be "Doorgevoerd".
      expect(proposed).toBe((await rows.count()) - 1);
      expect(decided).toBe(await rows.filter({ has: page.getByText(/^(Besloten|Doorgevoerd)$/) }).count());
      expect(proposed).toBeGreaterThan(0);
    }).toPass({ timeout: 30_000 });

    // The default period (the last 90 days) holds the demo's recent proposal; a year long past holds nothing.
    await page.goto("/dashboard");
    expect(await shown(page, "voorgesteld")).toBeGreaterThan(0);
    await page.getByLabel(/^Vanaf/).fill("2001-01-01");
    await page.getByLabel(/^Tot en met/).fill("2001-12-31");
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page).toHaveURL(/from=2001-01-01/);
    await expect(page.getByText("Bijsturingen van 1 januari 2001 tot en met 31 december 2001.")).toBeVisible();
    expect(await shown(page, "voorgesteld")).toBe(0);
    expect(await shown(page, "besloten")).toBe(0);
    await expect(page.getByLabel(/^Vanaf/)).toHaveValue("2001-01-01");
    await expect(page.getByLabel(/^Tot en met/)).toHaveValue("2001-12-31");
    await expectAccessible(page);
  });

  test("filters on status and route, and names a wrong filter beside its field", async ({ page }) => {
    await page.goto("/dashboard");
    await page.getByRole("combobox", { name: /^Status/ }).selectOption({ label: "Concept" });
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page).toHaveURL(/status=concept/);
    await expect(figures(page).getByRole("link", { name: SECOND, exact: true })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: /^Status/ })).toHaveValue("concept");
    await expectAccessible(page);

    await page.getByRole("combobox", { name: /^Status/ }).selectOption({ label: "Alle statussen" });
    await page.getByRole("combobox", { name: /^Route/ }).selectOption({ label: "Klein en krachtig beginnen" });
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page).toHaveURL(/route=klein-en-krachtig/);
    await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: SECOND, exact: true })).toHaveCount(0);

    await page.goto("/dashboard?from=2026-05-01&to=2026-04-01&status=onbekend");
    await expect(page.locator("#to-error")).toContainText("De einddatum ligt vóór de begindatum.");
    await expect(page.locator("#status-error")).toContainText("Deze waarde klopt niet.");
    await expect(page.getByLabel(/^Tot en met/)).toHaveValue("2026-04-01");
    await expect(page.getByLabel(/^Vanaf/)).toHaveValue("2026-05-01");
    // What was wrong is left out; the dashboard itself still shows.
    await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test("leads from a number to the items it counts", async ({ page }) => {
    await expect(async () => {
      await page.goto("/dashboard");
      const critical = await shown(page, "kritiek en ongetoetst");
      await countLink(page, "kritiek en ongetoetst").click();
      await expect(page).toHaveURL(/\/programmes\/\d+\/assumptions\?criticality=hoog&status=ongetoetst$/);
      const rows = page.getByRole("table", { name: "Aannames, de meest urgente eerst" }).getByRole("row");
      await expect(rows.first()).toBeVisible();
      expect(await rows.count()).toBe(critical + 1);
      expect(await rows.filter({ has: page.getByText("Ongetoetst", { exact: true }) }).count()).toBe(critical);
    }).toPass({ timeout: 30_000 });
    await expectAccessible(page);

    await page.goto("/dashboard");
    await countLink(page, "uit koers").click();
    await expect(page).toHaveURL(/\/programmes\/\d+\/indicators$/);
    await expect(page.getByRole("table", { name: "Indicatoren van dit programma" })).toBeVisible();

    await page.goto("/dashboard");
    await countLink(page, "nog te beantwoorden").click();
    await expect(page).toHaveURL(/\/programmes\/\d+\/learning-questions#leervragen-open$/);
    await expect(page.getByRole("heading", { name: "Nog te beantwoorden" })).toBeVisible();
  });

  test("shows charts with tables of the same numbers", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("img", { name: /^Staafdiagram van de indicatoren per status/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Gestapeld staafdiagram van het aantal aannames/ })).toBeVisible();
    await expect(
      page.getByRole("img", { name: /^Staafdiagram van het aantal programma's in elke fase/ }),
    ).toBeVisible();

    // The table beside the indicator chart adds up the rows of the table per programme.
    const rows = figures(page).getByRole("row");
    let offTrack = 0;
    for (const link of await figures(page)
      .getByRole("link", { name: /^\d+ uit koers$/ })
      .all()) {
      offTrack += Number.parseInt((await link.textContent()) ?? "", 10);
    }
    expect(await rows.count()).toBeGreaterThan(1);
    const statusTable = page.getByRole("table", { name: "Indicatoren per status" });
    await expect(statusTable.getByRole("row", { name: /^Uit koers/ }).getByRole("cell")).toHaveText(String(offTrack));

    const phases = page.getByRole("table", { name: "Programma's per fase" });
    await expect(phases.getByRole("row", { name: /^Totaal/ }).getByRole("cell")).toHaveText(
      String((await rows.count()) - 1),
    );
    await expect(page.getByRole("table", { name: "Aannames per status per maand" }).getByRole("row")).toHaveCount(7);
    await expectAccessible(page);
  });
});

test.describe("a programme manager", () => {
  test.use({ storageState: storageState("programmamanager") });

  test("sees only the programmes they own or are on the team of", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: SECOND, exact: true })).toHaveCount(0);
    await expect(
      page.getByRole("combobox", { name: /^Eigenaar/ }).getByRole("option", { name: "Pieter Smit" }),
    ).toHaveCount(0);
    await expectAccessible(page);
  });
});

test("a beheerder sees every programme of the gemeente", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("beheerder") });
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toBeVisible();
  await expect(figures(page).getByRole("link", { name: SECOND, exact: true })).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

for (const account of ["teamlid", "partner"] as const) {
  test(`a ${account} gets not found`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageState(account) });
    const page = await context.newPage();
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expect(page.getByText(PILOT)).toHaveCount(0);
    await expectAccessible(page);
    await context.close();
  });
}
