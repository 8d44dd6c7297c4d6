import { LoginPage } from "./pages/login-page";
import { signInAsNew, UsersPage } from "./pages/users-page";
import { anonymousContext, uniqueEmail } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";

test.describe("beheer of users", () => {
  test("lists the gemeente's users and nobody from another gemeente", async ({ asBeheerder: page }) => {
    await page.goto("/admin/users");
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: "Sanne de Vries" })).toBeVisible();
    await expect(table.getByText("Stichting Buurtkracht")).toBeVisible();
    await expect(table.getByText("Karin Jansen")).toHaveCount(0);
  });

  test("adds a user who can then sign in with the one-time password", async ({ asBeheerder: page, browser }) => {
    const users = new UsersPage(page);
    const user = await users.add({ name: "Noor Hendriks", email: uniqueEmail("noor"), role: "Teamlid" });
    expect(user.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await expectAccessible(page);

    const { context, page: theirs } = await signInAsNew(browser, user);
    await expect(theirs.getByText("U werkt in Impactkoers als Teamlid bij Gemeente Voorbeeld.")).toBeVisible();
    await context.close();

    await page.goto("/admin/activity?action=membership.invited");
    const invited = page.getByRole("table").getByRole("row").filter({ hasText: user.email });
    await expect(invited).toContainText("Fatima el Amrani nodigde Noor Hendriks uit");
    await expect(invited).toContainText("Rol: Teamlid");
  });

  test("a form with mistakes names them, keeps what was typed and adds nobody", async ({ asBeheerder: page }) => {
    const users = new UsersPage(page);
    const email = uniqueEmail("partner-zonder-organisatie");
    await users.openNew();
    await users.fillNew({ name: "Kees Partner", email, role: "Partner" });
    await users.submitNew();
    const summary = page.getByRole("region", { name: "Er is iets niet goed ingevuld" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /Partnerorganisatie: Kies de partnerorganisatie/ })).toBeVisible();
    await expect(page.getByLabel("Naam")).toHaveValue("Kees Partner");
    await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
    await expect(page.getByLabel("Rol")).toHaveValue("partner");
    await expectAccessible(page);

    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByLabel("Partnerorganisatie").selectOption({ label: "Stichting Buurtkracht" });
    await users.submitNew();
    await expect(page.locator("#email-error")).toHaveText(/Vul een geldig e-mailadres in/);
    await expect(page.getByLabel("Naam")).toHaveValue("Kees Partner");

    await page.goto("/admin/users");
    await expect(page.getByRole("table").getByText("Kees Partner")).toHaveCount(0);
  });

  test("refuses the same person twice", async ({ asBeheerder: page }) => {
    const users = new UsersPage(page);
    await users.openNew();
    await users.fillNew({ name: "Dubbel", email: "team@voorbeeld.example", role: "Teamlid" });
    await users.submitNew();
    await expect(page.locator("#email-error")).toHaveText(/al gebruiker van deze gemeente/);
  });

  test("a role change and a deactivation take effect on the user's next request", async ({
    asBeheerder: page,
    browser,
  }) => {
    const users = new UsersPage(page);
    const user = await users.add({ name: "Tijdelijk Teamlid", email: uniqueEmail("tijdelijk"), role: "Teamlid" });
    const theirs = await signInAsNew(browser, user);

    await users.open(user.memberId);
    // Programmamanager rather than beheerder: a new beheerder would first have to set up an authenticator app.
    await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Programmamanager" });
    await page.getByRole("button", { name: "Rol opslaan" }).click();
    await expect(page.getByText("De rol is opgeslagen.")).toBeVisible();

    // The new role counts from the very next request, in the same session.
    await theirs.page.reload();
    await expect(
      theirs.page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dashboard" }),
    ).toBeVisible();

    await page.getByRole("button", { name: "Account uitzetten" }).click();
    await expect(page.getByRole("heading", { name: "Account weer aanzetten" })).toBeVisible();
    await theirs.page.reload();
    await expect(theirs.page).toHaveURL(/\/login/);
    const login = new LoginPage(theirs.page);
    await login.signIn(user.email, user.password);
    await expect(login.form.getByText("Het e-mailadres of wachtwoord klopt niet")).toBeVisible();

    await page.getByRole("button", { name: "Account weer aanzetten" }).click();
    await expect(page.getByRole("heading", { name: "Account uitzetten" })).toBeVisible();
    await login.signInAs(user.email, user.password, user.name);
    await theirs.context.close();
  });

  test("a new password replaces the old one", async ({ asBeheerder: page, browser }) => {
    const users = new UsersPage(page);
    const user = await users.add({ name: "Vergeetachtig", email: uniqueEmail("vergeten"), role: "Management" });
    await users.open(user.memberId);
    await page.getByRole("button", { name: "Nieuw wachtwoord maken" }).click();
    const password = (await page.getByTestId("one-time-password").textContent()) ?? "";
    expect(password).not.toBe(user.password);

    const context = await anonymousContext(browser);
    const theirs = await context.newPage();
    const login = new LoginPage(theirs);
    await login.goto();
    await login.signIn(user.email, user.password);
    await expect(login.form.getByText("Het e-mailadres of wachtwoord klopt niet")).toBeVisible();
    await login.signInAs(user.email, password, user.name);
    await context.close();
  });

  test("the last beheerder cannot take away their own role", async ({ asTestdorp: page }) => {
    await page.goto("/admin/users");
    await page.getByRole("link", { name: "Karin Jansen" }).click();
    await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Teamlid" });
    await page.getByRole("button", { name: "Rol opslaan" }).click();
    await expect(page.locator("#role-error")).toHaveText(/minstens één actieve beheerder/);
    await page.reload();
    await expect(page.getByRole("definition").filter({ hasText: /^Beheerder$/ })).toBeVisible();
  });
});

test.describe("beheer of partner organisations", () => {
  test("adds and renames a partner organisation, keeping input after a mistake", async ({ asBeheerder: page }) => {
    const name = `Stichting Samen ${Date.now()}`;
    await page.goto("/admin/partners");
    // Stichting Buurtkracht has one active user: the demo partner account.
    const buurtkracht = page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "Stichting Buurtkracht" }) });
    await expect(buurtkracht.getByRole("cell").last()).toHaveText("1");
    await page.getByRole("link", { name: "Partnerorganisatie toevoegen" }).click();
    await page.getByLabel("Omschrijving").fill("Taalcafé en maatjesprojecten");
    await page.getByRole("button", { name: "Partnerorganisatie toevoegen" }).click();
    await expect(page.locator("#name-error")).toHaveText(/Vul dit veld in\./);
    await expect(page.getByLabel("Omschrijving")).toHaveValue("Taalcafé en maatjesprojecten");
    await expectAccessible(page);

    await page.getByLabel("Naam").fill(name);
    await page.getByRole("button", { name: "Partnerorganisatie toevoegen" }).click();
    await expect(page.getByText("De partnerorganisatie is opgeslagen.")).toBeVisible();
    await page.getByRole("link", { name }).click();
    await page.getByLabel("Naam").fill(`${name} Oost`);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("link", { name: `${name} Oost` })).toBeVisible();
  });

  test("refuses a name that is already used", async ({ asBeheerder: page }) => {
    await page.goto("/admin/partners/new");
    await page.getByLabel("Naam").fill("stichting buurtkracht");
    await page.getByRole("button", { name: "Partnerorganisatie toevoegen" }).click();
    await expect(page.locator("#name-error")).toHaveText(/al een partnerorganisatie met deze naam/);
  });
});

test.describe("activity", () => {
  test("shows who did what and when, filtered by person, kind and period", async ({ asBeheerder: page, browser }) => {
    const other = await anonymousContext(browser);
    const login = new LoginPage(await other.newPage());
    await login.goto();
    await login.signIn("team@voorbeeld.example", "verkeerd-wachtwoord");
    await expect(login.form.getByText("Het e-mailadres of wachtwoord klopt niet")).toBeVisible();
    await other.close();

    await page.goto("/admin/activity");
    const table = page.getByRole("table");
    await expect(table.getByText("Ingelogd").first()).toBeVisible();

    await page.getByLabel("Wat").selectOption({ label: "Inloggen mislukt" });
    await page.getByRole("button", { name: "Filter toepassen" }).click();
    await expect(page).toHaveURL(/action=auth.sign_in_failed/);
    const rows = table.getByRole("row");
    const count = await rows.count();
    for (let i = 1; i < count; i++) await expect(rows.nth(i)).toContainText("Inloggen mislukt");

    await page.getByLabel("Vanaf").fill("2000-01-01");
    await page.getByLabel("Tot en met").fill("2000-01-02");
    await page.getByRole("button", { name: "Filter toepassen" }).click();
    await expect(page.getByText("Geen gebeurtenissen gevonden.")).toBeVisible();

    await page.goto("/admin/activity?from=2026-02-31");
    await expect(page.locator("#from-error")).toHaveText(/bestaande datum/);
    await expectAccessible(page);
  });
});
