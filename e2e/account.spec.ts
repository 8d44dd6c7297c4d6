import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { createUserAsBeheerder, signInAsNew } from "./pages/users-page";
import { expectAccessible } from "./support/axe";

test("a user changes their own password; other sessions end, this one stays", async ({ browser }) => {
  const user = await createUserAsBeheerder(browser, "Programmamanager");
  const other = await signInAsNew(browser, user);
  const { context, page } = await signInAsNew(browser, user);

  await page.goto("/account");
  await page.getByLabel("Huidig wachtwoord").fill("niet-mijn-wachtwoord");
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("kort");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("anders");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.locator("#newPassword-error")).toHaveText(/minstens 12 tekens/);
  await expect(page.locator("#confirmPassword-error")).toHaveText(/niet hetzelfde/);
  await expectAccessible(page);

  await page.getByLabel("Huidig wachtwoord").fill("niet-mijn-wachtwoord");
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een lange nieuwe zin");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("een lange nieuwe zin");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.locator("#currentPassword-error")).toHaveText(/Uw huidige wachtwoord klopt niet\./);

  await page.getByLabel("Huidig wachtwoord").fill(user.password);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een lange nieuwe zin");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("een lange nieuwe zin");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("Uw wachtwoord is gewijzigd.")).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${user.name}`);
  await other.page.reload();
  await expect(other.page).toHaveURL(/\/login/);
  await new LoginPage(other.page).signInAs(user.email, "een lange nieuwe zin", user.name);
  await other.context.close();
  await context.close();
});

test("the language can be chosen on the account page", async ({ browser }) => {
  const user = await createUserAsBeheerder(browser);
  const { context, page } = await signInAsNew(browser, user);
  await page.goto("/account");
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Taal opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
  await expectAccessible(page);
  await context.close();
});

test("after five wrong current passwords even the right one waits, and the form says how long", async ({ browser }) => {
  const user = await createUserAsBeheerder(browser);
  const { context, page } = await signInAsNew(browser, user);
  await page.goto("/account");
  /** Sends the form and waits for its answer: the form is reset once the answer is shown. */
  const tryCurrent = async (currentPassword: string) => {
    await page.getByLabel("Huidig wachtwoord").fill(currentPassword);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een lange nieuwe zin");
    await page.getByLabel("Nieuw wachtwoord nog een keer").fill("een lange nieuwe zin");
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect(page.getByLabel("Huidig wachtwoord")).toHaveValue("");
  };
  for (let attempt = 1; attempt <= 4; attempt++) {
    await tryCurrent(`geraden-${attempt}`);
    await expect(page.locator("#currentPassword-error")).toHaveText(/Uw huidige wachtwoord klopt niet\./);
  }
  const blocked = /Te veel pogingen\. Probeer het over 10 minuten opnieuw\./;
  await tryCurrent("geraden-5");
  await expect(page.locator("#currentPassword-error")).toHaveText(blocked);
  await tryCurrent(user.password);
  await expect(page.locator("#currentPassword-error")).toHaveText(blocked);
  await expect(page).not.toHaveURL(/wachtwoord=gewijzigd/);
  await expectAccessible(page);
  await context.close();
});
