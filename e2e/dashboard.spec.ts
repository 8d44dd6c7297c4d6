import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";

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

/** A count in a programme's row: a link to what it counts, or plain text when it is 0 (there is nothing to open). */
async function shown(page: Page, counts: string, programme = PILOT) {
  const count = rowOf(page, programme).getByText(new RegExp(`^\\d+ ${counts}$`));
  await expect(count).toHaveCount(1);
  const value = Number.parseInt((await count.textContent()) ?? "", 10);
  await expect(countLink(page, counts, programme)).toHaveCount(value === 0 ? 0 : 1);
  return value;
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

// No test changes the seeded programmes: their numbers here hold for the whole run.
test.describe("management", () => {
  test("sees the whole table on a laptop screen 1366 pixels wide, with one meting in the singular", async ({
    asManagement: page,
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

  test("sees every programme, with the pilot's numbers as its own pages count them", async ({ asManagement: page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: SECOND, exact: true })).toBeVisible();
    const pilot = await pilotPath(page);
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
    await expect(indicators.getByText("Uit koers", { exact: true })).toHaveCount(dashboard.offTrack);
    await expect(indicators.getByText("Op koers", { exact: true })).toHaveCount(dashboard.onTrack);

    await page.goto(`${pilot}/assumptions`);
    const register = page.getByRole("table", { name: "Aannames, de meest urgente eerst" }).getByRole("row");
    await expect(register.first()).toBeVisible();
    const critical = register.filter({ has: page.getByText("Hoog", { exact: true }) });
    await expect(critical.filter({ has: page.getByText("Ongetoetst", { exact: true }) })).toHaveCount(
      dashboard.criticalUntested,
    );
    await expect(register.filter({ has: page.getByText("Weerlegd", { exact: true }) })).toHaveCount(dashboard.refuted);

    await page.goto(`${pilot}/learning-questions`);
    await expect(page.getByRole("heading", { level: 2, name: "Leervragen" })).toBeVisible();
    const questions = (section: string) =>
      page.getByRole("region", { name: section, exact: true }).getByRole("heading", { level: 4 });
    await expect(questions("Nog te beantwoorden")).toHaveCount(dashboard.open);
    await expect(questions("Beantwoord")).toHaveCount(dashboard.answered);
  });

  test("counts the corrections of the chosen period only", async ({ asManagement: page }) => {
    const everything = `/dashboard?from=2000-01-01&to=${todayInAmsterdam()}`;
    await page.goto(everything);
    const pilot = await pilotPath(page);
    const proposed = await shown(page, "voorgesteld");
    const decided = await shown(page, "besloten");
    expect(proposed).toBeGreaterThan(0);
    await page.goto(`${pilot}/corrections`);
    const rows = page
      .getByRole("table", { name: "Bijsturingen van dit programma, nieuwste eerst" })
      .getByRole("row")
      .filter({ has: page.getByRole("cell") });
    // Every correction was proposed once; every decided one was "Besloten" before it could be "Doorgevoerd".
    await expect(rows).toHaveCount(proposed);
    await expect(rows.filter({ has: page.getByText(/^(Besloten|Doorgevoerd)$/) })).toHaveCount(decided);
    // The number decided opens exactly the corrections decided within the period.
    await page.goto(everything);
    await countLink(page, "besloten").click();
    await expect(page).toHaveURL(/\/corrections\?step=besloten&from=2000-01-01&to=\d{4}-\d{2}-\d{2}$/);
    await expect(rows).toHaveCount(decided);

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
  });

  test("filters on status and route, and names a wrong filter beside its field", async ({ asManagement: page }) => {
    await page.goto("/dashboard");
    await page.getByRole("combobox", { name: /^Status/ }).selectOption({ label: "Concept" });
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page).toHaveURL(/status=concept/);
    await expect(figures(page).getByRole("link", { name: SECOND, exact: true })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: /^Status/ })).toHaveValue("concept");

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

  test("leads from a number to the items it counts", async ({ asManagement: page }) => {
    await page.goto("/dashboard");
    const critical = await shown(page, "kritiek en ongetoetst");
    await countLink(page, "kritiek en ongetoetst").click();
    await expect(page).toHaveURL(/\/programmes\/\d+\/assumptions\?criticality=hoog&status=ongetoetst$/);
    const rows = page.getByRole("table", { name: "Aannames, de meest urgente eerst" }).getByRole("row");
    await expect(rows).toHaveCount(critical + 1);
    await expect(rows.filter({ has: page.getByText("Ongetoetst", { exact: true }) })).toHaveCount(critical);

    await page.goto("/dashboard");
    const offTrack = await shown(page, "uit koers");
    await countLink(page, "uit koers").click();
    await expect(page).toHaveURL(/\/programmes\/\d+\/indicators\?status=uit_koers$/);
    const indicators = page.getByRole("table", { name: "Indicatoren van dit programma" });
    await expect(indicators.getByRole("row")).toHaveCount(offTrack + 1);
    await expect(indicators.getByText("Uit koers", { exact: true })).toHaveCount(offTrack);

    await page.goto("/dashboard");
    const open = await shown(page, "nog te beantwoorden");
    await countLink(page, "nog te beantwoorden").click();
    await expect(page).toHaveURL(/\/programmes\/\d+\/learning-questions\?status=open$/);
    await expect(page.getByRole("heading", { name: "Nog te beantwoorden" })).toBeVisible();
    await expect(
      page
        .getByRole("main")
        .getByRole("paragraph")
        .filter({ hasText: /^Filter: nog te beantwoorden — / }),
    ).toContainText(`${open} ${open === 1 ? "leervraag" : "leervragen"}`);
    await expect(page.getByRole("heading", { name: "Beantwoord", exact: true })).toHaveCount(0);
  });

  test("shows charts with tables of the same numbers", async ({ asManagement: page }) => {
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
  });
});

test.describe("a programme manager", () => {
  test("sees only the programmes they own or are on the team of", async ({ asManager: page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toBeVisible();
    await expect(figures(page).getByRole("link", { name: SECOND, exact: true })).toHaveCount(0);
    await expect(
      page.getByRole("combobox", { name: /^Eigenaar/ }).getByRole("option", { name: "Pieter Smit" }),
    ).toHaveCount(0);
  });
});

test("a beheerder sees every programme of the gemeente", async ({ asBeheerder: page }) => {
  await page.goto("/dashboard");
  await expect(figures(page).getByRole("link", { name: PILOT, exact: true })).toBeVisible();
  await expect(figures(page).getByRole("link", { name: SECOND, exact: true })).toBeVisible();
});

for (const account of ["teamlid", "partner"] as const) {
  test(`a ${account} gets not found`, async ({ signedIn }) => {
    const page = await signedIn(account);
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expect(page.getByText(PILOT)).toHaveCount(0);
  });
}
