import { expect, type Page } from "@playwright/test";
import { demoTotpSecret } from "../support/accounts";
import { lastUsedStep, nextCode } from "../support/totp";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/login");
    await expect(this.page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  }

  /** Fills in and submits the form, and waits until the server has answered. */
  async signIn(email: string, password: string) {
    await this.page.getByLabel("E-mailadres").fill(email);
    await this.page.getByLabel("Wachtwoord").fill(password);
    const answered = this.page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login"));
    await this.page.getByRole("button", { name: "Inloggen" }).click();
    await answered;
  }

  /** Signs in and waits until the app shell shows the user's name. A demo beheerder gives the app's code too. */
  async signInAs(email: string, password: string, name: string) {
    await this.signIn(email, password);
    const secret = demoTotpSecret(email);
    if (secret) await this.enterCode(nextCode(secret, lastUsedStep(email)));
    await expect(this.page.getByRole("banner").locator("summary", { hasText: name })).toBeVisible();
  }

  /** The second step: fills in a code of the app (or a recovery code) and waits until the server has answered. */
  async enterCode(code: string) {
    await expect(this.page.getByRole("heading", { level: 1, name: "Code invullen" })).toBeVisible();
    await this.page.getByLabel("Code", { exact: true }).fill(code);
    const answered = this.page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login"));
    await this.page.getByRole("button", { name: "Inloggen" }).click();
    await answered;
  }

  get form() {
    return this.page.locator("form").filter({ has: this.page.getByLabel("Wachtwoord") });
  }
}
