import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { type Account, storageState } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { captureServerAction, replayServerAction } from "./support/server-action";

// Shared pages: revisions, conflicts, restoring, safe Markdown, comments and who may see what. Every test makes its
// own pages; the demo data is only used for its programmes and accounts.
const PILOT = "Samen minder eenzaam in Oost";
const TAALCAFE = "Taalcafé voor nieuwkomers";
const ERRORS = "Er is iets niet goed ingevuld";
const CONFLICT = "Iemand anders heeft deze pagina intussen opgeslagen";
const NOT_FOUND = "Pagina niet gevonden";

const unique = (label: string) => `E2E ${label} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function signedIn(browser: Browser, account: Account) {
  const context = await browser.newContext({ storageState: storageState(account) });
  return { context, page: await context.newPage() };
}

/** The shared-page screens, found the way a person finds them. */
class SharedPages {
  constructor(private readonly page: Page) {}

  get title() {
    return this.page.getByLabel("Titel", { exact: true });
  }

  get body() {
    return this.page.getByLabel("Tekst (optioneel)", { exact: true });
  }

  get content() {
    return this.page.getByRole("region", { name: "Inhoud van de pagina" });
  }

  get diff() {
    return this.page.getByRole("list", { name: "Verschil per regel" });
  }

  get versions() {
    return this.page.getByRole("region", { name: "Versies van deze pagina" }).locator("tbody tr");
  }

  idFromUrl() {
    return Number(/\/pages\/(\d+)/.exec(this.page.url())?.[1]);
  }

  /** Adds a page through the form and returns its path. */
  async create({ title, body, programme }: { title: string; body: string; programme?: string }) {
    await this.page.goto("/pages/new");
    await expect(this.page.getByRole("heading", { level: 1, name: "Pagina toevoegen" })).toBeVisible();
    await this.title.fill(title);
    if (programme) await this.page.getByLabel(/^Programma/).selectOption({ label: programme });
    await this.body.fill(body);
    await this.page.getByRole("button", { name: "Pagina toevoegen" }).click();
    await expect(this.page.getByText("De pagina is toegevoegd.")).toBeVisible();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    return `/pages/${this.idFromUrl()}`;
  }

  async openEdit(path: string) {
    await this.page.goto(`${path}/edit`);
    await expect(this.page.getByRole("heading", { level: 1, name: /^Pagina bewerken/ })).toBeVisible();
  }

  async save(expectedVersion: number) {
    await this.page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect(this.page.getByText(`De pagina is opgeslagen als versie ${expectedVersion}.`)).toBeVisible();
  }

  async openHistory() {
    await this.page.getByRole("link", { name: "Geschiedenis", exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: /^Geschiedenis van / })).toBeVisible();
  }
}

/** The id of a demo programme, read from its link in the list of programmes. */
async function programmeId(page: Page, name: string) {
  await page.goto("/programmes");
  const href = await page.getByRole("link", { name, exact: true }).first().getAttribute("href");
  return Number(/\/programmes\/(\d+)/.exec(href ?? "")?.[1]);
}

async function expectNotFound(page: Page, paths: string[]) {
  for (const path of paths) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: NOT_FOUND })).toBeVisible();
  }
  await expectAccessible(page);
}

test.describe("a team member", () => {
  test.use({ storageState: storageState("teamlid") });

  test("adds a page with a preview, edits it and sees the new revision in the history", async ({ page }) => {
    const pages = new SharedPages(page);
    const title = unique("Afspraken ontmoetingsochtend");
    // A top-level heading in the text becomes a level-2 heading under the page title.
    const body = "# Afspraken\n\n- We beginnen om negen uur.\n- De koffie staat klaar.";

    await page.goto("/pages");
    await expect(page.getByRole("heading", { level: 1, name: "Pagina's" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("main").getByRole("link", { name: "Pagina toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pagina toevoegen" })).toBeVisible();
    await expectAccessible(page);

    // Without a title: refused, and the text typed is still there.
    await pages.body.fill(body);
    await page.getByRole("button", { name: "Pagina toevoegen" }).click();
    await expect(page.getByRole("region", { name: ERRORS })).toBeFocused();
    await expect(page.locator("#title-error")).toContainText("Vul dit veld in.");
    await expect(pages.body).toHaveValue(body);
    await expectAccessible(page);

    // The preview uses the page's own renderer; going back keeps the text.
    await pages.title.fill(title);
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    const preview = page.getByRole("region", { name: "Voorbeeld van de tekst" });
    await expect(preview.getByRole("heading", { level: 2, name: "Afspraken" })).toBeVisible();
    await expect(preview.getByRole("listitem")).toHaveText(["We beginnen om negen uur.", "De koffie staat klaar."]);
    await expect(pages.body).toBeHidden();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Verder met bewerken" }).click();
    await expect(preview).toHaveCount(0);
    await expect(pages.body).toHaveValue(body);

    await page.getByRole("button", { name: "Pagina toevoegen" }).click();
    await expect(page.getByText("De pagina is toegevoegd.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(pages.content.getByRole("heading", { level: 2, name: "Afspraken" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Hele gemeente");
    await expectAccessible(page);
    const path = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Pagina bewerken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Pagina bewerken: ${title}` })).toBeVisible();
    await expect(pages.body).toHaveValue(body);
    await expectAccessible(page);
    await pages.body.fill(`${body}\n- Na afloop ruimen we samen op.`);
    await pages.save(2);
    await expect(pages.content).toContainText("Na afloop ruimen we samen op.");
    await expect(page.getByRole("main")).toContainText("Sanne de Vries");

    await pages.openHistory();
    await expect(pages.versions).toHaveCount(2);
    await expect(pages.versions.first()).toContainText("Huidige versie");
    await expect(pages.versions.first()).toContainText("Sanne de Vries");
    await expect(page.getByRole("heading", { level: 3, name: "Verschil tussen versie 1 en versie 2" })).toBeVisible();
    const added = pages.diff.getByRole("listitem").filter({ hasText: "Na afloop ruimen we samen op." });
    await expect(added).toContainText("+");
    await expect(added).toContainText("toegevoegd:");
    await expect(pages.diff.getByRole("listitem").filter({ hasText: "verwijderd:" })).toHaveCount(0);
    await expectAccessible(page);

    // The list shows the page with who changed it last.
    await page.goto("/pages?programma=geen");
    const row = page
      .getByRole("region", { name: "Pagina's", exact: true })
      .locator("tbody tr")
      .filter({ hasText: title });
    await expect(row).toContainText("Sanne de Vries");
    await expect(row).toContainText("Hele gemeente");
    await expectAccessible(page);
    await row.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });

  test("comments on a page; comments show oldest first with author and time", async ({ page, browser }) => {
    const pages = new SharedPages(page);
    const path = await pages.create({ title: unique("Reacties"), body: "Wat vinden jullie?" });
    await expect(page.getByRole("heading", { level: 2, name: "Reacties (0)" })).toBeVisible();
    await expect(page.getByText("Er zijn nog geen reacties.")).toBeVisible();

    await page.getByRole("button", { name: "Reactie plaatsen" }).click();
    await expect(page.getByRole("region", { name: ERRORS })).toBeFocused();
    await expect(page.locator("#comment-body-error")).toContainText("Vul dit veld in.");
    await expectAccessible(page);

    await page.getByLabel("Uw reactie").fill("Goed plan. Ik neem de sleutel mee.");
    await page.getByRole("button", { name: "Reactie plaatsen" }).click();
    await expect(page.getByText("Uw reactie is geplaatst.")).toBeVisible();

    const other = await signedIn(browser, "management");
    await other.page.goto(path);
    await other.page.getByLabel("Uw reactie").fill("Prima, ik kom om tien uur kijken.");
    await other.page.getByRole("button", { name: "Reactie plaatsen" }).click();
    await expect(other.page.getByText("Uw reactie is geplaatst.")).toBeVisible();
    await other.context.close();

    await page.goto(path);
    await expect(page.getByRole("heading", { level: 2, name: "Reacties (2)" })).toBeVisible();
    const comments = page.getByRole("list", { name: "Reacties, de oudste eerst" }).getByRole("listitem");
    await expect(comments).toHaveCount(2);
    await expect(comments.nth(0)).toContainText("Sanne de Vries");
    await expect(comments.nth(0)).toContainText("Ik neem de sleutel mee.");
    await expect(comments.nth(1)).toContainText("Ingrid Bakker");
    await expect(comments.nth(1)).toContainText("ik kom om tien uur kijken");
    await expect(comments.nth(0).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    await expectAccessible(page);
  });
});

test("two people edit the same page: the second gets both texts, merges them and nothing is lost", async ({
  browser,
}) => {
  const sanne = await signedIn(browser, "teamlid");
  const joost = await signedIn(browser, "programmamanager");
  const first = new SharedPages(sanne.page);
  const second = new SharedPages(joost.page);
  const start = "Regel van het begin.";
  const fromSanne = "Sanne: we starten om half tien.";
  const fromJoost = "Joost: de koffie staat om negen uur klaar.";
  const path = await first.create({ title: unique("Samen bewerken"), body: start, programme: PILOT });

  await first.openEdit(path);
  await second.openEdit(path);
  await first.body.fill(`${start}\n${fromSanne}`);
  await first.save(2);

  await second.body.fill(`${start}\n${fromJoost}`);
  await joost.page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(joost.page.getByRole("region", { name: CONFLICT })).toBeFocused();
  const mine = joost.page.getByRole("region", { name: "Uw tekst", exact: true });
  await expect(mine.getByLabel("Tekst (optioneel)")).toHaveValue(`${start}\n${fromJoost}`);
  const saved = joost.page.getByRole("region", { name: "Nu opgeslagen: versie 2" });
  await expect(saved.getByLabel("Tekst in versie 2")).toHaveValue(`${start}\n${fromSanne}`);
  await expect(saved).toContainText("Opgeslagen door Sanne de Vries op");
  await expect(second.diff.getByRole("listitem").filter({ hasText: fromSanne })).toContainText("verwijderd:");
  await expect(second.diff.getByRole("listitem").filter({ hasText: fromJoost })).toContainText("toegevoegd:");
  await expectAccessible(joost.page);

  // Nothing was overwritten.
  await sanne.page.goto(path);
  await expect(first.content).toContainText(fromSanne);
  await expect(first.content).not.toContainText(fromJoost);

  // Joost merges in his own text and saves: based on version 2 now, so it goes through.
  await mine.getByLabel("Tekst (optioneel)").fill(`${start}\n${fromSanne}\n${fromJoost}`);
  await joost.page.getByRole("button", { name: "Uw samengevoegde tekst opslaan" }).click();
  await expect(joost.page.getByText("De pagina is opgeslagen als versie 3.")).toBeVisible();
  await expect(second.content).toContainText(fromSanne);
  await expect(second.content).toContainText(fromJoost);
  await expectAccessible(joost.page);

  await second.openHistory();
  await expect(second.versions).toHaveCount(3);
  await expect(second.versions.nth(0)).toContainText("Joost van Dijk");
  await expect(second.versions.nth(1)).toContainText("Sanne de Vries");
  await expectAccessible(joost.page);
  await sanne.context.close();
  await joost.context.close();
});

test.describe("a programme manager", () => {
  test.use({ storageState: storageState("programmamanager") });

  test("adds a page from the programme's pages and restores an old revision as a new one", async ({ page }) => {
    const pages = new SharedPages(page);
    const pilotId = await programmeId(page, PILOT);
    await page.goto(`/programmes/${pilotId}/pages`);
    await expect(page.getByRole("heading", { level: 2, name: "Pagina's" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("main").getByRole("link", { name: "Pagina toevoegen" }).click();
    await expect(page.getByLabel(/^Programma/).locator("option:checked")).toHaveText(PILOT);
    await expectAccessible(page);

    const title = unique("Rooster");
    await pages.title.fill(title);
    await pages.body.fill("Versie een: op maandag.");
    await page.getByRole("button", { name: "Pagina toevoegen" }).click();
    await expect(page.getByText("De pagina is toegevoegd.")).toBeVisible();
    const path = new URL(page.url()).pathname;
    await expect(page.getByRole("main").getByRole("link", { name: PILOT })).toBeVisible();

    await pages.openEdit(path);
    await pages.body.fill("Versie twee: op dinsdag.");
    await pages.save(2);
    await pages.openHistory();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Versie 1 terugzetten" }).click();
    await expect(page.getByText("Versie 1 is teruggezet. Dat is nu versie 3.")).toBeVisible();
    await expect(pages.content).toContainText("Versie een: op maandag.");
    await expect(pages.content).not.toContainText("Versie twee");
    await expectAccessible(page);

    await pages.openHistory();
    await expect(pages.versions).toHaveCount(3);
    await expect(pages.versions.nth(0)).toContainText("Teruggezet uit versie 1");
    await expect(pages.versions.nth(1)).not.toContainText("Teruggezet");
    await expect(page.getByRole("button", { name: "Versie 3 terugzetten" })).toHaveCount(0);
    // Comparing the restore with version 2 shows the old text coming back.
    await expect(pages.diff.getByRole("listitem").filter({ hasText: "Versie een: op maandag." })).toContainText(
      "toegevoegd:",
    );
    await expect(pages.diff.getByRole("listitem").filter({ hasText: "Versie twee: op dinsdag." })).toContainText(
      "verwijderd:",
    );
    // Any two versions can be compared.
    await page.getByLabel("Oudere versie").selectOption("1");
    await page.getByLabel("Nieuwere versie").selectOption("3");
    await page.getByRole("button", { name: "Vergelijken" }).click();
    await expect(page.getByRole("heading", { level: 3, name: "Verschil tussen versie 1 en versie 3" })).toBeVisible();
    await expect(page.getByText("De tekst is hetzelfde.")).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/programmes/${pilotId}/pages`);
    await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible();
  });

  test("Markdown with a script and a javascript: link stays inert", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const pages = new SharedPages(page);
    const body = [
      "<script>alert(1)</script>",
      "",
      "[klik](javascript:alert(1))",
      "",
      '<img src="x" onerror="alert(2)">',
      "",
      "[veilig](https://www.voorbeeld.nl/)",
    ].join("\n");
    const path = await pages.create({ title: unique("Onveilige tekst"), body });

    /** The rendered Markdown has no script, image or handler, and its links lead nowhere unsafe. */
    const checkInert = async (rendered: Locator) => {
      await expect(rendered).toContainText("<script>alert(1)</script>");
      await expect(rendered.locator("script")).toHaveCount(0);
      await expect(rendered.locator("img")).toHaveCount(0);
      await expect(rendered.locator("[onerror]")).toHaveCount(0);
      await expect(page.locator('[href^="javascript" i], [src^="javascript" i]')).toHaveCount(0);
      const klik = rendered.locator("a", { hasText: "klik" });
      await expect(klik).toHaveCount(1);
      expect(await klik.getAttribute("href")).toBeNull();
      await klik.click();
      await expect(rendered.getByRole("link", { name: "veilig" })).toHaveAttribute("href", "https://www.voorbeeld.nl/");
    };

    // Shown as the text that was typed, not run.
    await checkInert(pages.content);
    await expectAccessible(page);

    // The preview while editing renders the same way.
    await pages.openEdit(path);
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await checkInert(page.getByRole("region", { name: "Voorbeeld van de tekst" }));
    await expectAccessible(page);

    await page.goto(path);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});

test("a partner works on the pilot's pages but gets not found on gemeente-wide and Taalcafé pages", async ({
  browser,
  playwright,
}) => {
  const baseURL = test.info().project.use.baseURL;
  const admin = await signedIn(browser, "beheerder");
  const adminPages = new SharedPages(admin.page);
  const pilotPage = await adminPages.create({
    title: unique("Pilot"),
    body: "Voor het team en Buurtkracht.",
    programme: PILOT,
  });
  const taalcafePage = await adminPages.create({
    title: unique("Taalcafé"),
    body: "Alleen intern.",
    programme: TAALCAFE,
  });
  const widePage = await adminPages.create({ title: unique("Hele gemeente"), body: "Voor de gemeente." });
  const taalcafeId = await programmeId(admin.page, TAALCAFE);

  // The beheerder's save of the gemeente-wide page, caught before it reaches the server.
  await adminPages.openEdit(widePage);
  await adminPages.body.fill("Ingefluisterd door de partner.");
  const save = await captureServerAction(admin.page, () =>
    admin.page.getByRole("button", { name: "Opslaan", exact: true }).click(),
  );

  const partner = await signedIn(browser, "partner");
  const pages = new SharedPages(partner.page);
  await partner.page.goto("/pages");
  await expect(
    partner.page
      .getByRole("main")
      .getByRole("link", { name: /^E2E Pilot / })
      .first(),
  ).toBeVisible();
  await expect(partner.page.getByRole("main")).not.toContainText("E2E Hele gemeente");
  await expect(partner.page.getByRole("main")).not.toContainText("E2E Taalcafé");
  await expectAccessible(partner.page);

  await partner.page.goto(pilotPage);
  await expect(pages.content).toContainText("Voor het team en Buurtkracht.");
  await expectAccessible(partner.page);
  await pages.openEdit(pilotPage);
  await expectAccessible(partner.page);
  await pages.body.fill("Voor het team en Buurtkracht.\n\nAhmed: de buurtcoaches bellen vooraf.");
  await pages.save(2);
  await expect(pages.content).toContainText("Ahmed: de buurtcoaches bellen vooraf.");

  await expectNotFound(partner.page, [
    widePage,
    `${widePage}/edit`,
    `${widePage}/history`,
    taalcafePage,
    `${taalcafePage}/edit`,
    `${taalcafePage}/history`,
    `/programmes/${taalcafeId}/pages`,
    `/pages/new?programma=${taalcafeId}`,
  ]);

  // The partner posting the beheerder's save directly changes nothing.
  const asPartner = await playwright.request.newContext({ baseURL, storageState: storageState("partner") });
  expect((await replayServerAction(asPartner, save)).status()).toBeGreaterThanOrEqual(400);
  await asPartner.dispose();
  await admin.page.goto(widePage);
  await expect(adminPages.content).toContainText("Voor de gemeente.");
  await expect(adminPages.content).not.toContainText("Ingefluisterd");

  // The very same request from the beheerder does save: the refusal above was the access check.
  const asBeheerder = await playwright.request.newContext({ baseURL, storageState: storageState("beheerder") });
  expect((await replayServerAction(asBeheerder, save)).status()).toBeLessThan(400);
  await asBeheerder.dispose();
  await admin.page.goto(widePage);
  await expect(adminPages.content).toContainText("Ingefluisterd door de partner.");

  await partner.context.close();
  await admin.context.close();
});

test("Testdorp gets not found on Voorbeeld's pages and cannot comment on them", async ({ browser, playwright }) => {
  const baseURL = test.info().project.use.baseURL;
  const manager = await signedIn(browser, "programmamanager");
  const managerPages = new SharedPages(manager.page);
  const pilotPage = await managerPages.create({
    title: unique("Niet voor Testdorp"),
    body: "Intern.",
    programme: PILOT,
  });
  const widePage = await managerPages.create({ title: unique("Ook niet voor Testdorp"), body: "Intern." });
  await manager.page.getByLabel("Uw reactie").fill("Een reactie van buiten.");
  const comment = await captureServerAction(manager.page, () =>
    manager.page.getByRole("button", { name: "Reactie plaatsen" }).click(),
  );

  const testdorp = await signedIn(browser, "testdorp");
  await expectNotFound(testdorp.page, [
    pilotPage,
    `${pilotPage}/edit`,
    `${pilotPage}/history`,
    widePage,
    `${widePage}/edit`,
    `${widePage}/history`,
  ]);
  const asTestdorp = await playwright.request.newContext({ baseURL, storageState: storageState("testdorp") });
  expect((await replayServerAction(asTestdorp, comment)).status()).toBeGreaterThanOrEqual(400);
  await asTestdorp.dispose();
  await manager.page.goto(widePage);
  await expect(manager.page.getByRole("heading", { level: 2, name: "Reacties (0)" })).toBeVisible();

  // Testdorp's own list is empty and says what to do.
  await testdorp.page.goto("/pages");
  await expect(testdorp.page.getByRole("heading", { level: 2, name: "Er zijn nog geen pagina's" })).toBeVisible();
  await expect(testdorp.page.getByRole("link", { name: "Maak de eerste pagina" })).toBeVisible();
  await expectAccessible(testdorp.page);
  await testdorp.context.close();
  await manager.context.close();
});
