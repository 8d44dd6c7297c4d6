// Setting up and following partner reporting: the manager gives a partner an indicator and periods, filters and
// deletes them; a partner sees only its own organisation's periods; a team member reads but does not set up; reviewers
// find what was handed in; management and the beheerder follow the numbers. Each state gets its axe scan.
import type { Locator, Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

const BUURTKRACHT = "Stichting Buurtkracht";
const TAALHUIS = "Taalhuis Voorbeeld";
const year = Number(new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" }).slice(0, 4));

/**
 * The row of `table` that holds `text`, turning the pages of `pager` until it shows up: other tests add to the same
 * lists, so it need not be on the first page.
 */
async function findRow(table: Locator, pager: Locator, text: string): Promise<Locator> {
  for (let page = 1; ; page += 1) {
    const row = table.getByRole("row").filter({ hasText: text });
    if ((await row.count()) > 0) return row;
    const next = pager.getByRole("link", { name: "Volgende pagina" });
    expect(await next.count(), `a row with ${text}`).toBeGreaterThan(0);
    await next.click();
    await expect(pager.getByText(`Pagina ${page + 1} van`)).toBeVisible();
  }
}

/** The text of every row of `table` on every page of `pager`. */
async function allRows(table: Locator, pager: Locator): Promise<string[]> {
  const rows: string[] = [];
  for (let page = 1; ; page += 1) {
    rows.push(...(await table.getByRole("row").allInnerTexts()));
    const next = pager.getByRole("link", { name: "Volgende pagina" });
    if ((await next.count()) === 0) return rows;
    await next.click();
    await expect(pager.getByText(`Pagina ${page + 1} van`)).toBeVisible();
  }
}

async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

const periods = (page: Page) => page.getByRole("region", { name: "Rapportageperioden van dit programma" });

test("a programme manager sets up a partner's reporting, filters the periods and deletes one", async ({
  asManager: page,
  freshProgramme,
  requestAs,
}) => {
  // One journey through every form of the page, with four axe scans.
  test.slow();
  const indicator = freshProgramme.indicator.name;
  await page.goto(freshProgramme.path);
  const tabs = page.getByRole("navigation", { name: "Onderdelen van het programma" });
  await tabs.getByRole("link", { name: "Rapportages", exact: true }).click();
  await expect(page).toHaveURL(`${freshProgramme.path}/reporting`);
  await expect(tabs.getByRole("link", { name: "Rapportages", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Rapportage", exact: true })).not.toHaveAttribute("aria-current");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: BUURTKRACHT }) });
  await expect(card).toContainText("Rapporteert nog over geen enkele indicator.");
  await expect(page.getByText("Er zijn nog geen rapportageperioden.")).toBeVisible();
  await expectAccessible(page);

  const assign = page.getByRole("form", { name: "Indicatoren toewijzen" });
  await assign.getByLabel(indicator).check();
  await assign.getByRole("button", { name: "Toewijzen" }).click();
  await expect(assign.getByRole("status")).toHaveText("1 indicator toegewezen.");
  await expect(card.getByRole("list", { name: `Indicatoren van ${BUURTKRACHT}` })).toContainText(indicator);

  const series = page.getByRole("form", { name: "Een reeks perioden" });
  await series.getByLabel("Per kwartaal").check();
  await series.getByLabel("Vanaf").fill(`${year - 1}-01-01`);
  await series.getByLabel("Tot en met").fill(`${year + 1}-12-31`);
  await series.getByLabel("Dagen na afloop in te leveren").fill("14");
  await series.getByRole("button", { name: "Perioden toevoegen" }).click();
  await expect(series.getByRole("status")).toHaveText("12 perioden toegevoegd.");
  await expect(periods(page).getByRole("row")).toHaveCount(13);
  const firstLate = periods(page)
    .getByRole("row")
    .filter({ hasText: `1e kwartaal ${year - 1}` });
  await expect(firstLate).toContainText(BUURTKRACHT);
  await expect(firstLate).toContainText("Te laat");
  await expect(firstLate.getByRole("link", { name: `1e kwartaal ${year - 1}` })).toHaveAttribute(
    "href",
    new RegExp(`^${freshProgramme.path}/reporting/\\d+$`),
  );

  // The end before the start: said beside the field, and what was typed stays.
  const custom = page.getByRole("form", { name: "Eén periode van eigen keuze" });
  await custom.getByLabel("Eerste dag van de periode").fill(`${year + 2}-03-01`);
  await custom.getByLabel("Laatste dag van de periode").fill(`${year + 2}-01-31`);
  await custom.getByLabel("In te leveren op").fill(`${year + 2}-04-15`);
  await custom.getByRole("button", { name: "Periode toevoegen" }).click();
  await expect(custom.locator("#endsOn-error")).toHaveText(/Het einde ligt vóór de start\./);
  await expect(custom.getByLabel("Laatste dag van de periode")).toHaveValue(`${year + 2}-01-31`);
  await expect(custom.getByLabel("Eerste dag van de periode")).toHaveValue(`${year + 2}-03-01`);
  await expectAccessible(page);

  // Only what is late.
  const filter = page.getByRole("form", { name: "Perioden filteren" });
  await filter.getByLabel("Stand").selectOption({ label: "Te laat" });
  await filter.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/status=te_laat/);
  await expect(page.getByText(/^Filter: te laat/)).toBeVisible();
  await expect(
    periods(page)
      .getByRole("row")
      .filter({ hasText: `1e kwartaal ${year - 1}` }),
  ).toHaveCount(1);
  await expect(
    periods(page)
      .getByRole("row")
      .filter({ hasText: `kwartaal ${year + 1}` }),
  ).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Filter wissen" }).click();
  await expect(periods(page).getByRole("row")).toHaveCount(13);

  // A team member's direct call does not delete it; the manager's does.
  const remove = page.getByRole("button", { name: `Verwijderen: 1e kwartaal ${year + 1}, ${BUURTKRACHT}` });
  const action = await captureServerAction(page, () => remove.click());
  expectNoSuccessRedirect(await replayServerAction(await requestAs("teamlid"), action), "teamlid");
  await page.reload();
  await expect(periods(page).getByRole("row")).toHaveCount(13);
  await remove.click();
  await expect(page.getByRole("status").filter({ hasText: "De periode is verwijderd." })).toBeVisible();
  await expect(periods(page).getByRole("row")).toHaveCount(12);
  await expect(
    periods(page)
      .getByRole("row")
      .filter({ hasText: `1e kwartaal ${year + 1}` }),
  ).toHaveCount(0);

  // Ending asks first.
  await card.locator("summary", { hasText: "Beëindigen" }).click();
  await expect(card.getByText(`${BUURTKRACHT} rapporteert dan niet meer over ‘${indicator}’.`)).toBeVisible();
  await card.getByRole("button", { name: "Ja, beëindigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De partner rapporteert niet meer" })).toBeVisible();
  await expect(card).toContainText("Rapporteert nog over geen enkele indicator.");
  await expectAccessible(page);

  await expectNoSidewaysScroll(page);
});

test("a partner sees its own organisation's periods, not another partner's", async ({
  asPartner: page,
  makeProgramme,
}) => {
  const programme = makeProgramme({ partners: [BUURTKRACHT, TAALHUIS] });
  const own = programme.addReportingPeriod({ startsOn: "2020-01-01", endsOn: "2020-01-31", dueOn: "2020-02-14" });
  programme.addReportingPeriod({
    partner: TAALHUIS,
    startsOn: "2020-02-01",
    endsOn: "2020-02-29",
    dueOn: "2020-03-14",
  });

  await page.goto("/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Rapportages" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapportages" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Te beoordelen" })).toHaveCount(0);
  const work = page.getByRole("region", { name: "Rapportages die uw organisatie moet inleveren" });
  const pager = page.getByRole("navigation", { name: "Pagina's: In te leveren" });
  const row = await findRow(work, pager, programme.name);
  await expect(row).toContainText("januari 2020");
  await expect(row).toContainText("Te laat");
  await expect(row.getByRole("link", { name: "januari 2020" })).toHaveAttribute("href", own.path);
  await expectAccessible(page);
  await page.goto("/reporting");
  const rows = await allRows(work, pager);
  expect(rows.filter((text) => text.includes(programme.name))).toHaveLength(1);
  await expectNoSidewaysScroll(page);

  await page.goto(`${programme.path}/reporting`);
  await expect(periods(page).getByRole("row").filter({ hasText: "januari 2020" })).toHaveCount(1);
  await expect(periods(page).getByRole("link", { name: "februari 2020" })).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText(TAALHUIS);
  await expect(page.getByRole("form", { name: "Indicatoren toewijzen" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a team member reads a programme's reporting but does not set it up", async ({
  asTeamlid: page,
  freshProgramme,
}) => {
  freshProgramme.addReportingPeriod({ startsOn: "2020-01-01", endsOn: "2020-01-31", dueOn: "2020-02-14" });
  await page.goto(`${freshProgramme.path}/reporting`);
  await expect(periods(page).getByRole("row").filter({ hasText: "januari 2020" })).toContainText("Te laat");
  await expect(page.getByRole("list", { name: `Indicatoren van ${BUURTKRACHT}` })).toContainText(
    freshProgramme.indicator.name,
  );
  for (const form of ["Indicatoren toewijzen", "Een reeks perioden", "Eén periode van eigen keuze"]) {
    await expect(page.getByRole("form", { name: form })).toHaveCount(0);
  }
  await expect(page.getByText("Beëindigen")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Verwijderen/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("a reviewer finds a handed-in report in the queue, management and the beheerder the numbers", async ({
  asManager: page,
  asBeheerder: beheerder,
  asManagement: management,
  freshProgramme,
}) => {
  test.slow();
  const handedIn = freshProgramme.addReportingPeriod({
    startsOn: "2026-01-01",
    endsOn: "2026-03-31",
    dueOn: "2026-04-14",
    submitted: { value: 30 },
  });
  freshProgramme.addReportingPeriod({ startsOn: "2020-01-01", endsOn: "2020-01-31", dueOn: "2020-02-14" });

  await page.goto("/reporting");
  const queue = page.getByRole("region", { name: "Ingediende rapportages die wachten op beoordeling" });
  const row = await findRow(
    queue,
    page.getByRole("navigation", { name: "Pagina's: Te beoordelen" }),
    freshProgramme.name,
  );
  await expect(row).toContainText(BUURTKRACHT);
  await expect(row.getByRole("link", { name: "1e kwartaal 2026" })).toHaveAttribute("href", handedIn.path);
  await expect(page.getByRole("heading", { name: "Stand van de rapportages" })).toHaveCount(0);
  await expectAccessible(page);
  // A period with a report cannot be deleted.
  await page.goto(`${freshProgramme.path}/reporting`);
  const reported = periods(page).getByRole("row").filter({ hasText: "1e kwartaal 2026" });
  await expect(reported).toContainText("Ingediend");
  await expect(reported.getByRole("button", { name: /^Verwijderen/ })).toHaveCount(0);

  await beheerder.goto("/reporting");
  await expect(beheerder.getByRole("heading", { name: "Te beoordelen" })).toBeVisible();
  const byProgramme = beheerder.getByRole("region", { name: "Per programma" });
  const programmes = beheerder.getByRole("navigation", { name: "Pagina's van de programma's" });
  const line = await findRow(byProgramme, programmes, freshProgramme.name);
  // Late, due, handed in, sent back, approved; a number leads to those periods.
  await expect(line.getByRole("cell")).toHaveText([/te laat/, "0", /ingediend/, "0", "0"]);
  await expect(line.getByRole("link", { name: `1 ingediend: ${freshProgramme.name}` })).toBeVisible();
  await expect(beheerder.getByRole("region", { name: "Per partnerorganisatie" })).toContainText(BUURTKRACHT);
  await expectAccessible(beheerder);
  await line.getByRole("link", { name: `1 te laat: ${freshProgramme.name}` }).click();
  await expect(beheerder).toHaveURL(`${freshProgramme.path}/reporting?status=te_laat`);
  await expect(periods(beheerder).getByRole("row").filter({ hasText: "januari 2020" })).toHaveCount(1);
  await expect(periods(beheerder).getByRole("row").filter({ hasText: "1e kwartaal 2026" })).toHaveCount(0);
  await expectAccessible(beheerder);
  await beheerder.goto("/reporting");
  await expectNoSidewaysScroll(beheerder);

  await management.goto("/reporting");
  await expect(management.getByRole("heading", { name: "Stand van de rapportages" })).toBeVisible();
  await expect(management.getByRole("heading", { name: "Te beoordelen" })).toHaveCount(0);
  await expectAccessible(management);
});
