import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

const PILOT = "Samen minder eenzaam in Oost";

async function openSection(page: Page, name: string) {
  await page.goto("/programmes");
  await page.getByRole("link", { name: PILOT, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: PILOT })).toBeVisible();
  await page.getByRole("navigation", { name: "Onderdelen van het programma" }).getByRole("link", { name }).click();
  await page.waitForURL(/\/programmes\/\d+\/[a-z-]+$/);
}

test("a programme manager proposes a correction, management decides it, and the theory of change changes", async ({
  asManager: page,
  asManagement: decider,
  freshProgramme,
}) => {
  const title = `Wandelgroep erbij ${Date.now()}`;
  const effect = `Ouderen bewegen samen ${Date.now()}`;
  await page.goto(`${freshProgramme.path}/corrections`);
  await page.getByRole("link", { name: "Bijsturing voorstellen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Bijsturing voorstellen" })).toBeVisible();
  await expect(page).toHaveTitle(/^Bijsturing voorstellen/);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Wat verandert er?").fill("Er komt een wekelijkse wandelgroep vanuit De Schakel.");
  await page.getByRole("button", { name: "Bijsturing voorstellen" }).click();
  await expect(page.locator("#why-error")).toContainText("Vul dit veld in.");
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  await page.getByLabel("Waarom?").fill("Mannen haken af bij de ochtend; bewegen spreekt hen meer aan.");
  // The indicator that is off course is the reason.
  await page.getByLabel(freshProgramme.indicator.name).check();
  await page.getByLabel("Het MT").check();
  await page.getByLabel("Nieuw onderdeel: niveau").selectOption({ label: "Effect" });
  await page.getByLabel("Nieuw onderdeel: titel").fill(effect);
  await page.getByRole("button", { name: "Bijsturing voorstellen" }).click();
  await expect(page.getByText("De bijsturing is voorgesteld.")).toBeVisible();
  await expect(page.getByText("Dit voorstel wacht op een besluit")).toBeVisible();
  await expect(page.getByText(`Toevoegen: Effect ‘${effect}’`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Onderbouwing" })).toContainText(freshProgramme.indicator.name);
  const url = page.url();
  await expectAccessible(page);

  await decider.goto(url);
  await decider.getByLabel("Afwijzen").check();
  await decider.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(decider.locator("#note-error")).toContainText("Schrijf op waarom de bijsturing wordt afgewezen.");
  await expectAccessible(decider);
  await decider.getByLabel("Besluiten: de bijsturing gaat door").check();
  await decider.getByLabel("Toelichting bij het besluit").fill("Proberen tot de zomer.");
  await decider.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(decider.getByText("De bijsturing is besloten.")).toBeVisible();
  const comparison = decider.getByRole("region", { name: "Verandertheorie voor en na" });
  await expect(comparison.getByText(`Toegevoegd: ‘${effect}’`)).toBeVisible();
  await expect(comparison.getByRole("region", { name: /^Versie \d+: voor de bijsturing$/ })).not.toContainText(effect);
  await expect(comparison.getByRole("region", { name: /^Versie \d+: na de bijsturing$/ })).toContainText(effect);
  await expect(decider.getByRole("region", { name: "Verloop" })).toContainText("Ingrid Bakker");
  await expectAccessible(decider);

  await page.reload();
  await page.getByRole("button", { name: "Markeer als doorgevoerd" }).click();
  await expect(page.getByText("De bijsturing is doorgevoerd.")).toBeVisible();
  await page
    .getByRole("navigation", { name: "Onderdelen van het programma" })
    .getByRole("link", { name: "Verandertheorie" })
    .click();
  // On the theory of change itself, not only among the choices of a form.
  await expect(page.getByRole("main").getByText(effect).filter({ visible: true }).first()).toBeVisible();
});

test.describe("deciding", () => {
  test("is refused to a team member and a programme manager, also by a direct call", async ({
    asManagement: page,
    signedIn,
    requestAs,
  }) => {
    await openSection(page, "Bijsturingen");
    await page.getByRole("link", { name: "Ook een ontmoetingsmoment op zaterdag" }).click();
    await expect(page).toHaveURL(/\/corrections\/\d+$/);
    const url = page.url();
    await page.getByLabel("Besluiten: de bijsturing gaat door").check();
    const action = await captureServerAction(page, () =>
      page.getByRole("button", { name: "Besluit vastleggen" }).click(),
    );

    for (const account of ["teamlid", "programmamanager"] as const) {
      const theirs = await signedIn(account);
      await theirs.goto(url);
      await expect(theirs.getByRole("button", { name: "Besluit vastleggen" })).toHaveCount(0);
      await expect(theirs.getByText("Dit voorstel wacht op een besluit")).toBeVisible();
      expectNoSuccessRedirect(await replayServerAction(await requestAs(account), action), account);
    }

    // Still waiting for a decision: neither call decided it.
    await page.goto(url);
    await expect(page.getByText("Voorgesteld").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Besluit vastleggen" })).toBeVisible();
  });
});

test.describe("management reading the pilot", () => {
  test("sees the decided correction with its evidence and the theory of change before and after", async ({
    asManagement: page,
  }) => {
    await openSection(page, "Bijsturingen");
    await page.getByRole("link", { name: "Buurtcoaches bellen eerst voor een afspraak" }).click();
    const evidence = page.getByRole("region", { name: "Onderbouwing" });
    await expect(evidence.getByRole("link", { name: "Ouderen willen vooral oude contacten herstellen" })).toBeVisible();
    await expect(evidence.getByRole("link", { name: /Welke manier van uitnodigen/ })).toBeVisible();
    const comparison = page.getByRole("region", { name: "Verandertheorie voor en na" });
    await expect(comparison).toContainText("Toegevoegd: ‘Ouderen helpen oude contacten te herstellen’");
    await expect(comparison).toContainText("Nieuwe naam: ‘Buurtcoaches bezoeken alleenwonende 75-plussers thuis’");
  });

  test("reads on the timeline what was assumed, found, changed and who decided", async ({ asManagement: page }) => {
    await openSection(page, "Tijdlijn");
    const main = page.getByRole("main");
    await expect(main.getByText("Programma gestart")).toBeVisible();
    await expect(main.getByText("Aanname weerlegd").first()).toBeVisible();
    await expect(main.getByText("Bevinding vastgelegd").first()).toBeVisible();
    await expect(main.getByText("Bijsturing besloten").first()).toBeVisible();
    await expect(main.getByText("Ronde 1: verder naar onderzoeken")).toBeVisible();
    const texts = await main.getByRole("listitem").allTextContents();
    const proposed = texts.findIndex((t) => t.includes("Bijsturing voorgesteld") && t.includes("bellen eerst"));
    const decided = texts.findIndex((t) => t.includes("Bijsturing besloten") && t.includes("bellen eerst"));
    expect(proposed).toBeGreaterThanOrEqual(0);
    expect(decided).toBeGreaterThan(proposed);
  });
});

test("Testdorp gets not found on the pilot's corrections and timeline", async ({
  asManagement: page,
  asTestdorp: other,
}) => {
  await openSection(page, "Bijsturingen");
  const list = new URL(page.url()).pathname;
  const href = await page
    .getByRole("link", { name: "Buurtcoaches bellen eerst voor een afspraak" })
    .getAttribute("href");

  for (const path of [list, href ?? "", list.replace("/corrections", "/timeline"), `${list}/new`]) {
    expect((await other.goto(path))?.status(), path).toBe(404);
  }
});
