// The dashboard says why a programme needs attention, and every number opens exactly the items behind it, with the
// filter shown and a way back to the whole list.
import type { Locator, Page } from "@playwright/test";
import type { AppDatabase } from "../db/client";
import { addIndicator, type FixtureProgramme } from "../db/fixtures";
import { actionItems, correctionTransitions, courseCorrections, reflectionSessions } from "../db/schema";
import { expectAccessible } from "./support/axe";
import { expect, type FreshProgramme, test } from "./support/fixtures";

const PILOT = "Samen minder eenzaam in Oost";
const BUDDIES = "Gevormde maatjeskoppels (totaal)";
const VISITS = "Afgelegde huisbezoeken (totaal)";

const todayInAmsterdam = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const shiftDay = (day: string, days: number) =>
  new Date((dayNumber(day) + days) * 86_400_000).toISOString().slice(0, 10);

/** The straight line from baseline to target, today: worked out here on its own, to check the app's sum. */
function lineToday(i: { baselineValue: number; baselineDate: string; targetValue: number; targetDate: string }) {
  const share =
    (dayNumber(todayInAmsterdam()) - dayNumber(i.baselineDate)) / (dayNumber(i.targetDate) - dayNumber(i.baselineDate));
  return i.baselineValue + Math.min(1, Math.max(0, share)) * (i.targetValue - i.baselineValue);
}

/** A computed number as the dashboard shows it: fewer decimals as it grows. */
const computed = (value: number) =>
  new Intl.NumberFormat("nl-NL", {
    maximumFractionDigits: Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2,
  }).format(value);
const longDay = (day: string) =>
  new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );

const attentionList = (page: Page) => page.getByRole("region", { name: "Aandacht nodig" });
const attentionOf = (page: Page, programme: string): Locator =>
  attentionList(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: programme, exact: true }) });

/** The filter line above a list, as a person reads it. */
const filterLine = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("paragraph")
    .filter({ hasText: /^Filter:/ });

/** A reflection session with action items, and course corrections, written as the data layer stores them. */
function addOpenWork(db: AppDatabase, programme: FixtureProgramme) {
  const today = todayInAmsterdam();
  const base = { organisationId: programme.organisationId, programmeId: programme.id };
  db.transaction((tx) => {
    const session = tx
      .insert(reflectionSessions)
      .values({
        ...base,
        title: "Reflectie najaar",
        heldOn: shiftDay(today, -30),
        agenda: {},
        createdById: programme.ownerId,
      })
      .returning({ id: reflectionSessions.id })
      .get();
    tx.insert(actionItems)
      .values([
        {
          ...base,
          sessionId: session.id,
          description: "Wijkagent bellen",
          ownerId: programme.ownerId,
          dueDate: shiftDay(today, -9),
        },
        {
          ...base,
          sessionId: session.id,
          description: "Flyer drukken",
          ownerId: programme.ownerId,
          dueDate: shiftDay(today, 9),
        },
      ])
      .run();
    const correction = (title: string, status: "voorgesteld" | "afgewezen") =>
      tx
        .insert(courseCorrections)
        .values({
          ...base,
          round: programme.round,
          title,
          whatChanges: "Een ontmoetingsmoment op zaterdag.",
          why: "Mannen komen niet naar de koffieochtend.",
          decisionLevel: "mt",
          status,
          proposedById: programme.ownerId,
        })
        .returning({ id: courseCorrections.id })
        .get().id;
    const waiting = correction("Ook op zaterdag", "voorgesteld");
    correction("Alleen op maandag", "afgewezen");
    tx.insert(correctionTransitions)
      .values({
        organisationId: programme.organisationId,
        correctionId: waiting,
        toStatus: "voorgesteld",
        changedById: programme.ownerId,
      })
      .run();
  });
}

/**
 * Beside the fixture's indicator (off course, last measured in March): a second one off course ("lower is better",
 * above its line), one that reached its target, a critical and a minor assumption, and the open work.
 */
function fillWithReasons(db: AppDatabase, programme: FreshProgramme) {
  const today = todayInAmsterdam();
  addIndicator(db, programme, {
    name: "Wachtenden op een maatje",
    unit: "personen",
    direction: "lager",
    baseline: { value: 50, date: "2026-01-01" },
    target: { value: 10, date: "2027-12-31" },
    measurements: [{ measuredOn: today, value: 60 }],
  });
  addIndicator(db, programme, {
    name: "Vrijwilligers op de lijst",
    unit: "vrijwilligers",
    baseline: { value: 0, date: "2026-01-01" },
    target: { value: 10, date: "2027-12-31" },
    measurements: [{ measuredOn: today, value: 12 }],
  });
  programme.addAssumption("Buren willen elkaar helpen.", "hoog");
  programme.addAssumption("De bus rijdt op zaterdag.", "laag");
  addOpenWork(db, programme);
}

test.describe("the reasons on the dashboard", () => {
  test("management sees why the pilot is off course: which indicator, by how much, and what waits", async ({
    asManagement: page,
    database,
  }) => {
    const buddies = database.$client
      .prepare(
        `select i.id, i.baseline_value as baselineValue, i.baseline_date as baselineDate, i.target_value as targetValue,
           i.target_date as targetDate
         from indicators i join programmes p on p.id = i.programme_id where p.name = ? and i.name = ?`,
      )
      .get(PILOT, BUDDIES) as {
      id: number;
      baselineValue: number;
      baselineDate: string;
      targetValue: number;
      targetDate: string;
    };
    const latest = database.$client
      .prepare(
        "select value, measured_on as measuredOn from measurements where indicator_id = ? and withdrawn_at is null order by measured_on desc, id desc limit 1",
      )
      .get(buddies.id) as { value: number; measuredOn: string };
    const expected = lineToday(buddies);

    await page.goto("/dashboard");
    const pilot = attentionOf(page, PILOT);
    await expect(pilot).toContainText(
      `${BUDDIES}. Laatste meting: ${latest.value} koppels op ${longDay(latest.measuredOn)}. ` +
        `Streefwaarde: ${buddies.targetValue} koppels op ${longDay(buddies.targetDate)}. ` +
        `Verwacht vandaag: ${computed(expected)} koppels. Dat is ${computed(expected - latest.value)} koppels onder de lijn.`,
    );
    await expect(pilot).toContainText("Hoe dringend: uit koers");
    await expect(pilot).toContainText("Ook een ontmoetingsmoment op zaterdag. Voorgesteld op");
    await expect(pilot.getByRole("link", { name: VISITS })).toHaveCount(0);
    // The table says it too, in a line of its own, and the reasons are words, not a colour.
    const row = page
      .getByRole("table", { name: "Cijfers per programma" })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader").getByRole("link", { name: PILOT, exact: true }) });
    await expect(row).toContainText(`${BUDDIES}: ${computed(expected - latest.value)} koppels onder de lijn`);
    await expectAccessible(page);
  });

  test("the pilot's number off course opens exactly that indicator, and the filter can be cleared", async ({
    asManagement: page,
  }) => {
    await page.goto("/dashboard");
    await attentionOf(page, PILOT).getByRole("link", { name: "1 indicator uit koers", exact: true }).click();
    await expect(page).toHaveURL(/\/programmes\/\d+\/indicators\?status=uit_koers$/);
    await expect(filterLine(page)).toHaveText("Filter: uit koers — 1 indicator · Filter wissen");
    const table = page.getByRole("table", { name: "Indicatoren van dit programma" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("link", { name: BUDDIES })).toBeVisible();
    await expect(table.getByRole("link", { name: VISITS })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Filter wissen" }).click();
    await expect(page).toHaveURL(/\/programmes\/\d+\/indicators$/);
    await expect(table.getByRole("link", { name: VISITS })).toBeVisible();
    await expect(filterLine(page)).toHaveCount(0);
  });

  test("a programme's reasons say what is off course, late and waiting, with its numbers", async ({
    asManagement: page,
    freshProgramme,
    database,
  }) => {
    fillWithReasons(database, freshProgramme);
    const expected = lineToday({
      baselineValue: 20,
      baselineDate: "2026-01-01",
      targetValue: 60,
      targetDate: "2026-12-31",
    });

    await page.goto("/dashboard");
    const item = attentionOf(page, freshProgramme.name);
    await expect(item).toContainText(
      `${freshProgramme.indicator.name}. Laatste meting: 15 deelnemers op 15 maart 2026. ` +
        `Streefwaarde: 60 deelnemers op 31 december 2026.`,
    );
    await expect(item).toContainText(`Dat is ${computed(expected - 15)} deelnemers onder de lijn.`);
    await expect(item).toContainText("Wachtenden op een maatje.");
    await expect(item).toContainText("boven de lijn. Hier is lager beter.");
    await expect(item).toContainText("Wijkagent bellen. Moest klaar zijn op");
    await expect(item).toContainText("9 dagen geleden.");
    await expect(item).toContainText("Ook op zaterdag. Voorgesteld op");
    await expect(item.getByRole("link", { name: "Vrijwilligers op de lijst" })).toHaveCount(0);

    // Indicators: the two off course, not the one that reached its target.
    await item.getByRole("link", { name: "2 indicatoren uit koers", exact: true }).click();
    await expect(page).toHaveURL(`${freshProgramme.path}/indicators?status=uit_koers`);
    await expect(filterLine(page)).toHaveText("Filter: uit koers — 2 indicatoren · Filter wissen");
    const indicators = page.getByRole("table", { name: "Indicatoren van dit programma" });
    await expect(indicators.getByRole("row")).toHaveCount(3);
    await expect(indicators.getByRole("link", { name: "Vrijwilligers op de lijst" })).toHaveCount(0);
    await expectAccessible(page);

    // Overdue measurements: only the fixture's indicator, last measured in March.
    await page.goto("/dashboard");
    await item.getByRole("link", { name: "1 meting te laat", exact: true }).click();
    await expect(page).toHaveURL(`${freshProgramme.path}/indicators?overdue=1`);
    await expect(filterLine(page)).toHaveText("Filter: meting te laat — 1 indicator · Filter wissen");
    await expect(indicators.getByRole("link", { name: freshProgramme.indicator.name })).toBeVisible();
    await expect(indicators.getByRole("row")).toHaveCount(2);
  });

  test("the overdue action items open on a list of their own, and clearing the filter shows them all", async ({
    asManagement: page,
    freshProgramme,
    database,
  }) => {
    fillWithReasons(database, freshProgramme);
    await page.goto("/dashboard");
    await attentionOf(page, freshProgramme.name)
      .getByRole("link", { name: "1 actiepunt over de datum", exact: true })
      .click();
    await expect(page).toHaveURL(`${freshProgramme.path}/reflections/action-items?overdue=1`);
    await expect(filterLine(page)).toHaveText("Filter: open en over de datum — 1 actiepunt · Filter wissen");
    const actions = page.getByRole("table", { name: "Actiepunten van dit programma" });
    await expect(actions.getByRole("row", { name: /Wijkagent bellen/ })).toContainText("9 dagen te laat");
    await expect(actions.getByText("Flyer drukken")).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Filter wissen" }).click();
    await expect(page).toHaveURL(`${freshProgramme.path}/reflections/action-items`);
    await expect(actions.getByText("Flyer drukken")).toBeVisible();
    await expect(filterLine(page)).toHaveCount(0);
    await expectAccessible(page);
  });

  test("the correction waiting for a decision opens the corrections, filtered on it", async ({
    asManagement: page,
    freshProgramme,
    database,
  }) => {
    fillWithReasons(database, freshProgramme);
    await page.goto("/dashboard");
    const item = attentionOf(page, freshProgramme.name);
    await item.getByRole("link", { name: "1 bijsturing wacht op een besluit", exact: true }).click();
    await expect(page).toHaveURL(`${freshProgramme.path}/corrections?status=voorgesteld`);
    await expect(filterLine(page)).toHaveText("Filter: voorgesteld, wacht op besluit — 1 bijsturing · Filter wissen");
    const corrections = page.getByRole("table", { name: "Bijsturingen van dit programma, nieuwste eerst" });
    await expect(corrections.getByRole("link", { name: "Ook op zaterdag" })).toBeVisible();
    await expect(corrections.getByRole("link", { name: "Alleen op maandag" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("the critical untested assumption opens the register, filtered on it", async ({
    asManagement: page,
    freshProgramme,
    database,
  }) => {
    fillWithReasons(database, freshProgramme);
    await page.goto("/dashboard");
    const item = attentionOf(page, freshProgramme.name);
    await item.getByRole("link", { name: "1 kritieke aanname nog niet getoetst", exact: true }).click();
    await expect(page).toHaveURL(`${freshProgramme.path}/assumptions?criticality=hoog&status=ongetoetst`);
    await expect(filterLine(page)).toHaveText("Filter: kritiek hoog, ongetoetst — 1 aanname · Filter wissen");
    const register = page.getByRole("table", { name: "Aannames, de meest urgente eerst" });
    await expect(register.getByRole("link", { name: "Buren willen elkaar helpen." })).toBeVisible();
    await expect(register.getByRole("link", { name: "De bus rijdt op zaterdag." })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("an unknown filter value shows the whole list, and another gemeente sees none of it", async ({
    asManagement: page,
    asTestdorp,
    freshProgramme,
  }) => {
    for (const path of [
      "/indicators?status=kapot&overdue=ja",
      "/corrections?status=misschien&step=besloten&from=2026-13-01&to=gisteren&pagina=-1",
      "/assumptions?criticality=heel-hoog",
      "/reflections/action-items?status=%3Cscript%3E&overdue=2&pagina=abc",
    ]) {
      const response = await page.goto(`${freshProgramme.path}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await expect(filterLine(page), path).toHaveCount(0);
    }
    await page.goto(`${freshProgramme.path}/indicators?status=kapot`);
    await expect(page.getByRole("link", { name: freshProgramme.indicator.name })).toBeVisible();

    for (const path of [
      "/indicators?status=uit_koers",
      "/reflections/action-items?overdue=1",
      "/corrections?status=voorgesteld",
    ]) {
      const response = await asTestdorp.goto(`${freshProgramme.path}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(asTestdorp.getByText(freshProgramme.name)).toHaveCount(0);
    }
  });

  test("the running studies and the learning questions past their date open their lists, filtered", async ({
    asManagement: page,
    freshProgramme,
    database,
  }) => {
    const running = freshProgramme.addStudy("Wie komt er op de koffie");
    const planned = freshProgramme.addStudy("Nameting in het voorjaar");
    database.$client.prepare("update studies set status = 'gepland' where id = ?").run(planned.id);
    const late = freshProgramme.addLearningQuestion("Waarom blijven mannen weg?");
    freshProgramme.addLearningQuestion("Wat vinden buren van de aanpak?");
    database.$client
      .prepare("update learning_questions set due_date = ? where id = ?")
      .run(shiftDay(todayInAmsterdam(), -5), late.id);
    const row = () => page.getByRole("row").filter({ has: page.getByRole("link", { name: freshProgramme.name }) });

    await page.goto("/dashboard");
    await row().getByRole("link", { name: "1 onderzoek lopend", exact: true }).click();
    await expect(page).toHaveURL(`${freshProgramme.path}/studies?status=lopend`);
    await expect(filterLine(page)).toHaveText("Filter: lopend — 1 onderzoek · Filter wissen");
    await expect(page.getByRole("link", { name: "Wie komt er op de koffie" })).toHaveAttribute("href", running.path);
    await expect(page.getByText("Nameting in het voorjaar")).toHaveCount(0);
    await expectAccessible(page);

    await page.goto("/dashboard");
    await row().getByRole("link", { name: "1 leervraag", exact: true }).click();
    await expect(page).toHaveURL(`${freshProgramme.path}/learning-questions?overdue=1`);
    await expect(filterLine(page)).toHaveText(
      "Filter: nog te beantwoorden en over de datum — 1 leervraag · Filter wissen",
    );
    const question = (text: string) => page.getByRole("heading", { name: text });
    await expect(question("Waarom blijven mannen weg?")).toBeVisible();
    await expect(question("Wat vinden buren van de aanpak?")).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Filter wissen" }).click();
    await expect(question("Wat vinden buren van de aanpak?")).toBeVisible();
  });

  test("the attention list reads on a phone 360 pixels wide without scrolling sideways", async ({
    asManagement: page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/dashboard");
    const list = attentionList(page);
    await expect(attentionOf(page, PILOT)).toBeVisible();
    const { scroll, client } = await list.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    const box = await list.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
  });
});
