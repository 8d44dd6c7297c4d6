import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ACCOUNTS, PASSWORD, uniqueEmail } from "./support/accounts";
import { expectAccessible } from "./support/axe";

test.describe("signing in", () => {
  test("sends an anonymous visitor to the sign-in page and back to where they were going", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await expectAccessible(page);
    await new LoginPage(page).signInAs(ACCOUNTS.beheerder.email, PASSWORD, ACCOUNTS.beheerder.name);
    await expect(page).toHaveURL("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
  });

  test("a wrong password shows one clear message and keeps the e-mail address", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(ACCOUNTS.management.email, "niet-het-goede-wachtwoord");
    await expect(login.form.getByText("Het e-mailadres of wachtwoord klopt niet")).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue(ACCOUNTS.management.email);
    await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    await expect(page).toHaveURL(/\/login/);
    await expectAccessible(page);
  });

  test("an unknown e-mail address gets the same message as a wrong password", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(uniqueEmail("onbekend"), PASSWORD);
    await expect(login.form.getByText("Het e-mailadres of wachtwoord klopt niet")).toBeVisible();
  });

  test("empty fields get an error beside each field and a summary that takes focus", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await page.getByRole("button", { name: "Inloggen" }).click();
    const summary = login.form.getByRole("region", { name: "Er is iets niet goed ingevuld" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /E-mailadres: Vul dit veld in/ })).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Wachtwoord")).toHaveAttribute("aria-describedby", "password-error");
    await expectAccessible(page);
  });

  test("repeated failures for one address are slowed down with the minutes to wait", async ({ page }) => {
    const login = new LoginPage(page);
    const email = uniqueEmail("raden");
    await login.goto();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await login.signIn(email, `poging-${attempt}`);
      await expect(login.form.getByText("Het e-mailadres of wachtwoord klopt niet")).toBeVisible();
      // The form is reset once the answer is shown; only then is the next attempt typed.
      await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    }
    await login.signIn(email, "poging-5");
    await expect(login.form.getByText(/Te veel pogingen\. Probeer het over 10 minuten opnieuw\./)).toBeVisible();
  });

  test("signing out ends the session", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(ACCOUNTS.programmamanager.email, PASSWORD, ACCOUNTS.programmamanager.name);
    await page.getByRole("banner").locator("summary", { hasText: ACCOUNTS.programmamanager.name }).click();
    await page.getByRole("button", { name: "Afmelden" }).click();
    await expect(page.getByText("U bent afgemeld.")).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the health check answers ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("the benchmark's weight page does not exist outside benchmark mode", async ({ request }) => {
    const response = await request.get("/bench/weight?rijen=10", { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain("Ijkpagina");
  });

  test("the benchmark's empty page in the signed-in frame does not exist outside benchmark mode", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(ACCOUNTS.management.email, PASSWORD, ACCOUNTS.management.name);
    const response = await page.goto("/bench/frame");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Leeg" })).toHaveCount(0);
  });
});
