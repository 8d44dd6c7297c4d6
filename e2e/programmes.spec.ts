import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { assumptions } from "../db/schema";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

const PILOT = "Samen minder eenzaam in Oost";
const SECOND = "Taalcafé voor nieuwkomers";

async function openProgramme(page: Page, name = PILOT) {
  await page.goto("/programmes");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url();
}

const section = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Onderdelen van het programma" }).getByRole("link", { name });

test.describe("a programme manager", () => {
  test("creates a programme, defines it and moves past the checklist", async ({ asManager: page }) => {
    // One journey through the whole definition of a programme: about twenty page states.
    test.slow();
    const name = uniqueName("Schuldhulp dichtbij");
    await page.goto("/programmes");
    await page.getByRole("link", { name: "Programma toevoegen" }).click();

    // Mistakes are named beside their fields and nothing typed is lost.
    await page.getByLabel("Maatschappelijke opgave").fill("Inwoners met schulden zoeken te laat hulp.");
    await page.getByLabel("Start").fill("2026-01-01");
    await page.getByLabel("Einde").fill("2025-12-01");
    await page.getByLabel("Budget in euro's").fill("veel");
    await page.getByRole("button", { name: "Programma toevoegen" }).click();
    await expect(page.getByRole("region", { name: "Er is iets niet goed ingevuld" })).toBeFocused();
    await expect(page.locator("#name-error")).toContainText("Vul dit veld in.");
    await expect(page.locator("#endDate-error")).toContainText("Het einde ligt vóór de start.");
    await expect(page.locator("#budget-error")).toContainText("Vul een getal in");
    await expect(page.getByLabel("Maatschappelijke opgave")).toHaveValue("Inwoners met schulden zoeken te laat hulp.");
    await expectAccessible(page);

    await page.getByLabel("Naam").fill(name);
    await page.getByLabel("Einde").fill("2027-12-31");
    await page.getByLabel("Budget in euro's").fill("25.000");
    await page.getByLabel("Sanne de Vries").check();
    await page.getByRole("button", { name: "Programma toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Het programma is aangemaakt.")).toBeVisible();
    await expect(page.getByText("€ 25.000,00", { exact: true })).toBeVisible();

    // A small theory of change.
    await section(page, "Verandertheorie").click();
    await expect(page.getByText("Er is nog geen verandertheorie.")).toBeVisible();
    await expectAccessible(page);
    const addElement = page.locator("form").filter({ has: page.getByRole("button", { name: "Onderdeel toevoegen" }) });
    for (const [level, title] of [
      ["Activiteit", "Spreekuur in de wijk"],
      ["Effect", "Inwoners zoeken eerder hulp"],
      ["Impact", "Minder problematische schulden"],
    ] as const) {
      await addElement.getByLabel("Niveau").selectOption({ label: level });
      await addElement.getByLabel("Titel").fill(title);
      await addElement.getByRole("button", { name: "Onderdeel toevoegen" }).click();
      await expect(page.getByRole("listitem").filter({ hasText: title }).first()).toBeVisible();
    }
    const addLink = page.locator("form").filter({ has: page.getByRole("button", { name: "Verband toevoegen" }) });
    await addLink.getByLabel("Van").selectOption({ label: "Effect: Inwoners zoeken eerder hulp" });
    await addLink.getByLabel("Leidt tot").selectOption({ label: "Activiteit: Spreekuur in de wijk" });
    await addLink.getByRole("button", { name: "Verband toevoegen" }).click();
    await expect(page.locator("#toElementId-error")).toContainText("hoger niveau");
    await addLink.getByLabel("Leidt tot").selectOption({ label: "Impact: Minder problematische schulden" });
    await addLink.getByRole("button", { name: "Verband toevoegen" }).click();
    await expect(page.getByText("Het verband is toegevoegd.")).toBeVisible();
    await expect(
      page.getByRole("img", { name: /Schema van de verandertheorie met 3 onderdelen en 1 verbanden/ }),
    ).toBeVisible();

    // A hypothesis.
    await section(page, "Hypothesen").click();
    await page.getByRole("link", { name: "Hypothese toevoegen" }).click();
    await page.getByLabel("Als wij …").fill("een wekelijks spreekuur in de wijk houden");
    await page.getByLabel("dan …").fill("zoeken inwoners eerder hulp bij geldzorgen");
    await page.getByLabel("voor …").fill("huishoudens met betalingsachterstanden");
    await page.getByLabel("omdat …").fill("hulp dichtbij en zonder afspraak de drempel verlaagt");
    await page.getByLabel("Activiteit: Spreekuur in de wijk").check();
    await page.getByRole("button", { name: "Hypothese toevoegen" }).click();
    await expect(page.getByText("De hypothese is opgeslagen.")).toBeVisible();
    await expect(
      page.getByText(
        /Voor huishoudens met betalingsachterstanden: als wij een wekelijks spreekuur in de wijk houden, dan zoeken inwoners/,
      ),
    ).toBeVisible();

    // An assumption, with its status changed for a reason.
    await section(page, "Aannames").click();
    await page.getByRole("link", { name: "Aanname toevoegen" }).click();
    await page
      .getByLabel("Aanname", { exact: true })
      .fill("Inwoners met geldzorgen durven naar een spreekuur in hun eigen wijk te gaan.");
    await page.getByLabel("Hoort bij").selectOption({ index: 1 });
    await page.getByLabel(/^Hoog/).check();
    await page.getByRole("button", { name: "Aanname toevoegen" }).click();
    await expect(page.getByText("De aanname is opgeslagen.")).toBeVisible();
    await page.getByLabel("Nieuwe status").selectOption({ label: "In onderzoek" });
    await page.getByRole("button", { name: "Status wijzigen" }).click();
    await expect(page.locator("#reason-error")).toContainText("Schrijf op waarom de status verandert.");
    await expectAccessible(page);
    await page.getByLabel("Nieuwe status").selectOption({ label: "In onderzoek" });
    await page.getByLabel("Waarom?").fill("De wijkteams vragen bezoekers van het spreekuur hoe ze er kwamen.");
    await page.getByRole("button", { name: "Status wijzigen" }).click();
    await expect(page.getByText("De status is gewijzigd.")).toBeVisible();
    const history = page.getByRole("region", { name: "Geschiedenis van de status" });
    await expect(history).toContainText("Ongetoetst → In onderzoek");
    await expect(history).toContainText("Joost van Dijk");
    await expect(history).toContainText("De wijkteams vragen bezoekers");

    // An indicator with a baseline and two measurements: chart, table and status.
    await section(page, "Indicatoren").click();
    await expect(page).toHaveURL(/\/indicators$/);
    await page.getByRole("link", { name: "Indicator toevoegen" }).click();
    await page.getByLabel("Naam", { exact: true }).fill("Bezoekers van het spreekuur");
    await page.getByLabel("Eenheid", { exact: true }).fill("bezoekers");
    await page.getByLabel("Hoger is beter").check();
    await page.getByRole("textbox", { name: /^Waarde van de nulmeting/ }).fill("10");
    await page.getByLabel(/^Datum van de nulmeting/).fill("2026-01-01");
    await page.getByRole("textbox", { name: /^Streefwaarde/ }).fill("60");
    await page.getByLabel(/^Datum van de streefwaarde/).fill("2026-12-31");
    await page.getByLabel("Hoe vaak meet u?").selectOption({ label: "Elke maand" });
    await page.getByLabel(/^Directe bijdrage/).check();
    await page.getByRole("button", { name: "Indicator toevoegen" }).click();
    await expect(page.getByText("De indicator is toegevoegd.")).toBeVisible();
    const measurement = page.locator("form").filter({ has: page.getByRole("button", { name: "Meting toevoegen" }) });
    for (const [day, value] of [
      ["2026-02-01", "14"],
      ["2026-03-01", "19"],
    ] as const) {
      await measurement.getByLabel("Peildatum").fill(day);
      await measurement.getByRole("textbox", { name: /^Waarde/ }).fill(value);
      await measurement.getByRole("button", { name: "Meting toevoegen" }).click();
      await expect(page.getByText("De meting is toegevoegd.")).toBeVisible();
      await expect(measurement.getByLabel("Peildatum")).toHaveValue("");
    }
    await expect(page.getByRole("img", { name: /Bezoekers van het spreekuur/ })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Metingen van Bezoekers van het spreekuur" }).locator("tbody tr"),
    ).toHaveCount(2);
    await expect(page.getByText(/^(Op koers|Aandacht|Uit koers)$/).first()).toBeVisible();

    // Everything on the checklist is there: the programme moves on without a warning.
    await section(page, "Overzicht").click();
    await expect(page.getByText("Ik weet het en ga toch verder")).toHaveCount(0);
    await page.getByRole("button", { name: "Verder naar onderzoeken" }).click();
    await expect(page.getByText("Het programma is naar de volgende fase gegaan.")).toBeVisible();
    await expect(page.getByText("Ronde 1, fase onderzoeken").first()).toBeVisible();
  });
});

test.describe("a beheerder", () => {
  test("moves a programme on with open checklist items only deliberately, and they are recorded", async ({
    asBeheerder: page,
    freshProgramme,
  }) => {
    await page.goto(freshProgramme.path);
    await expect(page.getByText("Ronde 1, fase definiëren").first()).toBeVisible();
    await expect(page.getByText("Minstens één hypothese").first()).toBeVisible();
    await page.getByRole("button", { name: "Verder naar onderzoeken" }).click();
    await expect(page.locator("#acknowledgeOpenItems-error")).toContainText("Vink aan dat u toch verder wilt.");
    await expect(page.getByText("Ronde 1, fase definiëren").first()).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Ik weet het en ga toch verder").check();
    await page.getByLabel("Toelichting").fill("We beginnen met gesprekken; de hypothesen volgen daaruit.");
    await page.getByRole("button", { name: "Verder naar onderzoeken" }).click();
    await expect(page.getByText("Het programma is naar de volgende fase gegaan.")).toBeVisible();
    await expect(page.getByText("Ronde 1, fase onderzoeken").first()).toBeVisible();
    await page.getByText("Eerdere fasen").click();
    await expect(page.getByText(/Verder gegaan terwijl dit nog open stond: Minstens één hypothese/)).toBeVisible();
    await expect(page.getByText("We beginnen met gesprekken")).toBeVisible();

    // The later phases want research, interpretation and a decision; moving on without them is deliberate.
    for (const next of ["leren", "bijsturen"]) {
      await page.getByLabel("Ik weet het en ga toch verder").check();
      await page.getByRole("button", { name: `Verder naar ${next}` }).click();
      await expect(page.getByText(`Ronde 1, fase ${next}`).first()).toBeVisible();
    }
    // Closing the round: "no correction needed" needs a reason, and then satisfies the checklist.
    await page.getByLabel("Deze ronde is geen bijsturing nodig").check();
    await page.getByRole("button", { name: "Verder naar ronde 2" }).click();
    await expect(page.locator("#noCorrectionReason-error")).toContainText(
      "Schrijf op waarom er geen bijsturing nodig is.",
    );
    await page.getByLabel("Deze ronde is geen bijsturing nodig").check();
    await page.getByLabel("Waarom niet?").fill("De eerste gesprekken bevestigen de aanpak.");
    await page.getByRole("button", { name: "Verder naar ronde 2" }).click();
    await expect(page.getByText("Ronde 2, fase definiëren").first()).toBeVisible();
    // The history may still be open from before.
    const history = page.locator("details").filter({ has: page.getByText("Eerdere fasen") });
    if ((await history.getAttribute("open")) === null) await page.getByText("Eerdere fasen").click();
    await expect(page.getByText("Geen bijsturing nodig: De eerste gesprekken bevestigen de aanpak.")).toBeVisible();
  });
});

test.describe("management", () => {
  test("reads every part of the pilot and finds nothing to change", async ({ asManagement: page }) => {
    const base = await openProgramme(page);
    await expect(page.getByRole("button", { name: /Verder naar/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Gegevens wijzigen" })).toHaveCount(0);
    for (const [link, marker, absent] of [
      ["Verandertheorie", "Minder eenzaamheid onder ouderen in Oost", ["Onderdeel toevoegen", "Verband toevoegen"]],
      ["Hypothesen", "Hypothese 3", ["Hypothese toevoegen", "Wijzigen"]],
      ["Aannames", "Risico's in één oogopslag", ["Aanname toevoegen"]],
    ] as const) {
      await section(page, link).click();
      await expect(page.getByRole("main").getByText(marker).last()).toBeVisible();
      for (const name of absent) {
        await expect(page.getByRole("main").getByRole("button", { name })).toHaveCount(0);
        await expect(page.getByRole("main").getByRole("link", { name })).toHaveCount(0);
      }
    }
    await page.getByRole("link", { name: /Eenzame ouderen doen open/ }).click();
    await expect(page.getByRole("heading", { name: "Geschiedenis van de status" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Status wijzigen" })).toHaveCount(0);
    for (const path of ["/edit", "/hypotheses/new", "/assumptions/new"]) {
      expect((await page.goto(`${base}${path}`))?.status(), path).toBe(404);
    }
  });

  test("posting a programme manager's change directly changes nothing", async ({
    asManager: page,
    requestAs,
    freshProgramme,
  }) => {
    await page.goto(`${freshProgramme.path}/theory`);
    const title = `Ingefluisterd onderdeel ${Date.now()}`;
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Onderdeel toevoegen" }) });
    await form.getByLabel("Titel").fill(title);
    const action = await captureServerAction(page, () =>
      form.getByRole("button", { name: "Onderdeel toevoegen" }).click(),
    );

    for (const account of ["management", "teamlid", "partner"] as const) {
      expectNoSuccessRedirect(await replayServerAction(await requestAs(account), action), account);
    }
    await page.reload();
    await expect(form.getByRole("button", { name: "Onderdeel toevoegen" })).toBeVisible();
    await expect(page.getByText(title)).toHaveCount(0);

    // The same request from the programme manager does add it: the refusals were the roles, not the request.
    expect((await replayServerAction(await requestAs("programmamanager"), action)).status()).toBeLessThan(400);
    await page.reload();
    await expect(page.getByRole("listitem").filter({ hasText: title }).first()).toBeVisible();
  });
});

test.describe("who sees which programme", () => {
  test("a partner sees the pilot of their organisation and not the other programme", async ({
    asPartner: page,
    asManager: managerPage,
  }) => {
    await page.goto("/programmes");
    await expect(page.getByRole("link", { name: PILOT })).toBeVisible();
    await expect(page.getByRole("link", { name: SECOND })).toHaveCount(0);
    await openProgramme(page);
    await expect(page.getByRole("button", { name: /Verder naar/ })).toHaveCount(0);

    await managerPage.goto("/programmes");
    const href = await managerPage.getByRole("link", { name: SECOND }).getAttribute("href");

    expect((await page.goto(href ?? ""))?.status()).toBe(404);
    expect((await page.goto(`${href}/theory`))?.status()).toBe(404);
  });

  test("a team member reads the programmes but cannot define them", async ({ asTeamlid: page }) => {
    await page.goto("/programmes");
    await expect(page.getByRole("link", { name: "Programma toevoegen" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: SECOND })).toBeVisible();
    const base = await openProgramme(page);
    expect((await page.goto(`${base}/edit`))?.status()).toBe(404);
    expect((await page.goto("/programmes/new"))?.status()).toBe(404);
  });

  test("Testdorp gets not found on Voorbeeld's programme pages", async ({ asManager: page, asTestdorp: other }) => {
    const base = new URL(await openProgramme(page)).pathname;
    await section(page, "Aannames").click();
    const assumption = await page
      .getByRole("table", { name: /Aannames/ })
      .getByRole("link")
      .first()
      .getAttribute("href");

    for (const path of [
      base,
      `${base}/theory`,
      `${base}/hypotheses`,
      `${base}/assumptions`,
      `${base}/indicators`,
      assumption ?? "",
    ]) {
      expect((await other.goto(path))?.status(), path).toBe(404);
    }
    await other.goto("/programmes");
    await expect(other.getByRole("link", { name: PILOT })).toHaveCount(0);
  });
});

test.describe("a programme that has been going for years", () => {
  test("shows the assumption register a screen at a time, the matrix counting all of them", async ({
    asTeamlid: page,
    freshProgramme,
  }) => {
    for (let i = 1; i <= 27; i++) {
      freshProgramme.addAssumption(`Aanname ${String(i).padStart(2, "0")} over de inloop`, i <= 3 ? "hoog" : "laag");
    }
    const register = page.getByRole("region", { name: "Register" });
    const rows = register.getByRole("table", { name: "Aannames, de meest urgente eerst" }).locator("tbody tr");
    const pages = page.getByRole("navigation", { name: "Pagina's van het register" });

    await page.goto(`${freshProgramme.path}/assumptions`);
    await expect(rows).toHaveCount(25);
    await expect(register.getByText("1–25 van 27 aannames")).toBeVisible();
    await expect(rows.first()).toContainText("Aanname 01");
    await expect(page.getByRole("link", { name: "24 aannames met kritiek Laag en status Ongetoetst" })).toBeVisible();
    await expect(pages).toContainText("Pagina 1 van 2");

    // The sort stays in the address of the next screen.
    await page.getByLabel("Sorteren op").selectOption({ label: "Laatst gewijzigd" });
    await page.getByRole("button", { name: "Toepassen" }).click();
    await expect(page).toHaveURL(/sort=recent/);
    await pages.getByRole("link", { name: "Volgende aannames" }).click();
    await expect(page).toHaveURL(/sort=recent&pagina=2/);
    await expect(rows).toHaveCount(2);
    await expect(register.getByText("26–27 van 27 aannames")).toBeVisible();
    await expect(page.getByLabel("Sorteren op").locator("option:checked")).toHaveText("Laatst gewijzigd");
    await expectAccessible(page);
  });

  test("shows the timeline a year at a time, the latest first, the earlier ones a link away", async ({
    asTeamlid: page,
    freshProgramme,
    database,
  }) => {
    for (let month = 0; month < 14; month++) {
      const { id } = freshProgramme.addAssumption(`Aanname van maand ${month + 1}`, "laag");
      database
        .update(assumptions)
        .set({ createdAt: new Date(Date.UTC(2020, month, 10, 12)) })
        .where(eq(assumptions.id, id))
        .run();
    }
    const pages = page.getByRole("navigation", { name: "Perioden van de tijdlijn" });
    const january = page.getByRole("heading", { level: 3, name: "januari 2020" });

    await page.goto(`${freshProgramme.path}/timeline`);
    await expect(page.getByText("Programma gestart")).toBeVisible();
    await expect(january).toHaveCount(0);
    await expect(page.getByText(/^Van .* tot en met .*: \d+ van 15 gebeurtenissen\.$/)).toBeVisible();
    await expect(pages).toContainText(/Periode 1 van \d+/);
    await expect(pages.getByRole("link", { name: "Latere maanden" })).toHaveCount(0);

    // The earliest screen, as far back as it goes.
    await page.goto(`${freshProgramme.path}/timeline?pagina=99`);
    await expect(january).toBeVisible();
    await expect(page.getByText("Programma gestart")).toHaveCount(0);
    await expect(pages.getByRole("link", { name: "Eerdere maanden" })).toHaveCount(0);
    await expectAccessible(page);
    await pages.getByRole("link", { name: "Latere maanden" }).click();
    await expect(page).toHaveURL(/pagina=\d+/);
    await expect(january).toHaveCount(0);
  });
});
