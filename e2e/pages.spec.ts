import type { Locator, Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

// Shared pages: revisions, conflicts, restoring, safe Markdown, comments and who may see what. Every test makes its
// own pages, on programmes of its own; the demo data is only used for its accounts.
const ERRORS = "Er is iets niet goed ingevuld";
const CONFLICT = "Iemand anders heeft deze pagina intussen opgeslagen";
const NOT_FOUND = "Pagina niet gevonden";

const unique = (label: string) => `E2E ${label} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

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

async function expectNotFound(page: Page, paths: string[]) {
  for (const path of paths) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: NOT_FOUND })).toBeVisible();
  }
}

test.describe("a team member", () => {
  test("adds a page with a preview, edits it and sees the new revision in the history", async ({ asTeamlid: page }) => {
    const pages = new SharedPages(page);
    const title = unique("Afspraken ontmoetingsochtend");
    // A top-level heading in the text becomes a level-2 heading under the page title.
    const body = "# Afspraken\n\n- We beginnen om negen uur.\n- De koffie staat klaar.";

    await page.goto("/pages");
    await expect(page.getByRole("heading", { level: 1, name: "Pagina's" })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Pagina toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pagina toevoegen" })).toBeVisible();

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
    const path = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Pagina bewerken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Pagina bewerken: ${title}` })).toBeVisible();
    await expect(pages.body).toHaveValue(body);
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

    // The list shows the page with who changed it last.
    await page.goto("/pages?programma=geen");
    const row = page
      .getByRole("region", { name: "Pagina's", exact: true })
      .locator("tbody tr")
      .filter({ hasText: title });
    await expect(row).toContainText("Sanne de Vries");
    await expect(row).toContainText("Hele gemeente");
    await row.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });

  test("comments on a page; comments show oldest first with author and time", async ({
    asTeamlid: page,
    asManagement,
  }) => {
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

    await asManagement.goto(path);
    await asManagement.getByLabel("Uw reactie").fill("Prima, ik kom om tien uur kijken.");
    await asManagement.getByRole("button", { name: "Reactie plaatsen" }).click();
    await expect(asManagement.getByText("Uw reactie is geplaatst.")).toBeVisible();

    await page.goto(path);
    await expect(page.getByRole("heading", { level: 2, name: "Reacties (2)" })).toBeVisible();
    const comments = page.getByRole("list", { name: "Reacties, de oudste eerst" }).getByRole("listitem");
    await expect(comments).toHaveCount(2);
    await expect(comments.nth(0)).toContainText("Sanne de Vries");
    await expect(comments.nth(0)).toContainText("Ik neem de sleutel mee.");
    await expect(comments.nth(1)).toContainText("Ingrid Bakker");
    await expect(comments.nth(1)).toContainText("ik kom om tien uur kijken");
    await expect(comments.nth(0).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  });
});

test("two people edit the same page: the second gets both texts, merges them and nothing is lost", async ({
  asTeamlid: sanne,
  asManager: joost,
  freshProgramme,
}) => {
  const first = new SharedPages(sanne);
  const second = new SharedPages(joost);
  const start = "Regel van het begin.";
  const fromSanne = "Sanne: we starten om half tien.";
  const fromJoost = "Joost: de koffie staat om negen uur klaar.";
  const path = await first.create({ title: unique("Samen bewerken"), body: start, programme: freshProgramme.name });

  await first.openEdit(path);
  await second.openEdit(path);
  await first.body.fill(`${start}\n${fromSanne}`);
  await first.save(2);

  await second.body.fill(`${start}\n${fromJoost}`);
  await joost.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(joost.getByRole("region", { name: CONFLICT })).toBeFocused();
  const mine = joost.getByRole("region", { name: "Uw tekst", exact: true });
  await expect(mine.getByLabel("Tekst (optioneel)")).toHaveValue(`${start}\n${fromJoost}`);
  const saved = joost.getByRole("region", { name: "Nu opgeslagen: versie 2" });
  await expect(saved.getByLabel("Tekst in versie 2")).toHaveValue(`${start}\n${fromSanne}`);
  await expect(saved).toContainText("Opgeslagen door Sanne de Vries op");
  await expect(second.diff.getByRole("listitem").filter({ hasText: fromSanne })).toContainText("verwijderd:");
  await expect(second.diff.getByRole("listitem").filter({ hasText: fromJoost })).toContainText("toegevoegd:");
  await expectAccessible(joost);

  // Nothing was overwritten.
  await sanne.goto(path);
  await expect(first.content).toContainText(fromSanne);
  await expect(first.content).not.toContainText(fromJoost);

  // Joost merges in his own text and saves: based on version 2 now, so it goes through.
  await mine.getByLabel("Tekst (optioneel)").fill(`${start}\n${fromSanne}\n${fromJoost}`);
  await joost.getByRole("button", { name: "Uw samengevoegde tekst opslaan" }).click();
  await expect(joost.getByText("De pagina is opgeslagen als versie 3.")).toBeVisible();
  await expect(second.content).toContainText(fromSanne);
  await expect(second.content).toContainText(fromJoost);

  await second.openHistory();
  await expect(second.versions).toHaveCount(3);
  await expect(second.versions.nth(0)).toContainText("Joost van Dijk");
  await expect(second.versions.nth(1)).toContainText("Sanne de Vries");
});

test.describe("a programme manager", () => {
  test("adds a page from the programme's pages and restores an old revision as a new one", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const pages = new SharedPages(page);
    await page.goto(`${freshProgramme.path}/pages`);
    await expect(page.getByRole("heading", { level: 2, name: "Pagina's" })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Pagina toevoegen" }).click();
    await expect(page.getByLabel(/^Programma/).locator("option:checked")).toHaveText(freshProgramme.name);

    const title = unique("Rooster");
    await pages.title.fill(title);
    await pages.body.fill("Versie een: op maandag.");
    await page.getByRole("button", { name: "Pagina toevoegen" }).click();
    await expect(page.getByText("De pagina is toegevoegd.")).toBeVisible();
    const path = new URL(page.url()).pathname;
    await expect(page.getByRole("main").getByRole("link", { name: freshProgramme.name })).toBeVisible();

    await pages.openEdit(path);
    await pages.body.fill("Versie twee: op dinsdag.");
    await pages.save(2);
    await pages.openHistory();
    await page.getByRole("button", { name: "Versie 1 terugzetten" }).click();
    await expect(page.getByText("Versie 1 is teruggezet. Dat is nu versie 3.")).toBeVisible();
    await expect(pages.content).toContainText("Versie een: op maandag.");
    await expect(pages.content).not.toContainText("Versie twee");

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

    await page.goto(`${freshProgramme.path}/pages`);
    await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible();
  });

  test("Markdown with a script and a javascript: link stays inert", async ({ asManager: page }) => {
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

    // Loaded afresh (the load event waits until the image failed and every script ran), nothing opened a dialog. A
    // dialog blocks the page, so once the page answers a question again every dialog it opened has been reported.
    await page.goto(path);
    await expect(pages.content).toContainText("<script>alert(1)</script>");
    await page.evaluate(() => document.readyState);
    expect(dialogs).toEqual([]);
  });
});

test("a partner works on their programme's pages but gets not found on gemeente-wide and other programmes' pages", async ({
  asBeheerder: admin,
  asPartner: partner,
  requestAs,
  freshProgramme,
  makeProgramme,
}) => {
  const internal = makeProgramme({ partners: [] });
  const adminPages = new SharedPages(admin);
  const pilotPage = await adminPages.create({
    title: unique("Pilot"),
    body: "Voor het team en Buurtkracht.",
    programme: freshProgramme.name,
  });
  const internalPage = await adminPages.create({
    title: unique("Intern"),
    body: "Alleen intern.",
    programme: internal.name,
  });
  const widePage = await adminPages.create({ title: unique("Hele gemeente"), body: "Voor de gemeente." });

  // The beheerder's save of the gemeente-wide page, caught before it reaches the server.
  await adminPages.openEdit(widePage);
  await adminPages.body.fill("Ingefluisterd door de partner.");
  const save = await captureServerAction(admin, () =>
    admin.getByRole("button", { name: "Opslaan", exact: true }).click(),
  );
  const pages = new SharedPages(partner);
  await partner.goto("/pages");
  await expect(
    partner
      .getByRole("main")
      .getByRole("link", { name: /^E2E Pilot / })
      .first(),
  ).toBeVisible();
  await expect(partner.getByRole("main")).not.toContainText("E2E Hele gemeente");
  await expect(partner.getByRole("main")).not.toContainText("E2E Intern");

  await partner.goto(pilotPage);
  await expect(pages.content).toContainText("Voor het team en Buurtkracht.");
  await pages.openEdit(pilotPage);
  await pages.body.fill("Voor het team en Buurtkracht.\n\nAhmed: de buurtcoaches bellen vooraf.");
  await pages.save(2);
  await expect(pages.content).toContainText("Ahmed: de buurtcoaches bellen vooraf.");

  await expectNotFound(partner, [
    widePage,
    `${widePage}/edit`,
    `${widePage}/history`,
    internalPage,
    `${internalPage}/edit`,
    `${internalPage}/history`,
    `${internal.path}/pages`,
    `/pages/new?programma=${internal.id}`,
  ]);

  // The partner posting the beheerder's save directly changes nothing.
  expectNoSuccessRedirect(await replayServerAction(await requestAs("partner"), save));
  await admin.goto(widePage);
  await expect(adminPages.content).toContainText("Voor de gemeente.");
  await expect(adminPages.content).not.toContainText("Ingefluisterd");

  // The very same request from the beheerder does save: the refusal above was the access check.
  expect((await replayServerAction(await requestAs("beheerder"), save)).status()).toBeLessThan(400);
  await admin.goto(widePage);
  await expect(adminPages.content).toContainText("Ingefluisterd door de partner.");
});

test("Testdorp gets not found on Voorbeeld's pages and cannot comment on them", async ({
  asManager: manager,
  asTestdorp: testdorp,
  requestAs,
  freshProgramme,
}) => {
  const managerPages = new SharedPages(manager);
  const pilotPage = await managerPages.create({
    title: unique("Niet voor Testdorp"),
    body: "Intern.",
    programme: freshProgramme.name,
  });
  const widePage = await managerPages.create({ title: unique("Ook niet voor Testdorp"), body: "Intern." });
  await manager.getByLabel("Uw reactie").fill("Een reactie van buiten.");
  const comment = await captureServerAction(manager, () =>
    manager.getByRole("button", { name: "Reactie plaatsen" }).click(),
  );
  await expectNotFound(testdorp, [
    pilotPage,
    `${pilotPage}/edit`,
    `${pilotPage}/history`,
    widePage,
    `${widePage}/edit`,
    `${widePage}/history`,
  ]);
  expectNoSuccessRedirect(await replayServerAction(await requestAs("testdorp"), comment));
  await manager.goto(widePage);
  await expect(manager.getByRole("heading", { level: 2, name: "Reacties (0)" })).toBeVisible();

  // Testdorp's own list is empty and says what to do.
  await testdorp.goto("/pages");
  await expect(testdorp.getByRole("heading", { level: 2, name: "Er zijn nog geen pagina's" })).toBeVisible();
  await expect(testdorp.getByRole("link", { name: "Maak de eerste pagina" })).toBeVisible();
  await expectAccessible(testdorp);
});

test.describe("the list of pages", () => {
  test("offers in its filter only the programmes that have pages", async ({ asManager: page, freshProgramme }) => {
    const filters = page.getByRole("form", { name: "Pagina's filteren" });
    const choice = filters.getByLabel("Programma").locator("option", { hasText: freshProgramme.name });

    await page.goto("/pages");
    await expect(filters).toBeVisible();
    await expect(choice).toHaveCount(0);

    const title = unique("Werkafspraken");
    await new SharedPages(page).create({ title, body: "We overleggen op dinsdag.", programme: freshProgramme.name });
    await page.goto("/pages");
    await expect(choice).toHaveCount(1);
    await filters.getByLabel("Programma").selectOption({ label: freshProgramme.name });
    await filters.getByRole("button", { name: "Toepassen" }).click();
    await expect(page).toHaveURL(new RegExp(`programma=${freshProgramme.id}`));
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(page);
  });
});
