import { type Browser, expect, type Page } from "@playwright/test";
import { anonymousContext, storageState, uniqueEmail } from "../support/accounts";
import { LoginPage } from "./login-page";

export type CreatedUser = { name: string; email: string; password: string; memberId: number };

/** The beheerder's user pages. */
export class UsersPage {
  constructor(private readonly page: Page) {}

  async openNew() {
    await this.page.goto("/admin/users/new");
    await expect(this.page.getByRole("heading", { level: 1, name: "Gebruiker toevoegen" })).toBeVisible();
  }

  async fillNew({ name, email, role, partner }: { name: string; email: string; role: string; partner?: string }) {
    await this.page.getByLabel("Naam").fill(name);
    await this.page.getByLabel("E-mailadres").fill(email);
    await this.page.getByLabel("Rol", { exact: true }).selectOption({ label: role });
    if (partner) await this.page.getByLabel("Partnerorganisatie").selectOption({ label: partner });
  }

  async submitNew() {
    await this.page.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  }

  /** Invites a person and reads the one-time password shown once. */
  async add(fields: { name: string; email: string; role: string; partner?: string }): Promise<CreatedUser> {
    await this.openNew();
    await this.fillNew(fields);
    await this.submitNew();
    await expect(this.page.getByText(`${fields.name} is uitgenodigd`)).toBeVisible();
    const password = (await this.page.getByTestId("one-time-password").textContent()) ?? "";
    const href = (await this.page.getByRole("link", { name: `Bekijk ${fields.name}` }).getAttribute("href")) ?? "";
    return { ...fields, password, memberId: Number(href.split("/").pop()) };
  }

  async open(memberId: number) {
    await this.page.goto(`/admin/users/${memberId}`);
  }
}

/** A fresh user made by the Voorbeeld beheerder, for tests that change a user's own settings. */
export async function createUserAsBeheerder(browser: Browser, role = "Teamlid"): Promise<CreatedUser> {
  const context = await browser.newContext({ storageState: storageState("beheerder") });
  const page = await context.newPage();
  const name = `Test ${role} ${Math.floor(Math.random() * 1e6)}`;
  const user = await new UsersPage(page).add({ name, email: uniqueEmail(role.toLowerCase()), role });
  await context.close();
  return user;
}

export async function signInAsNew(browser: Browser, user: CreatedUser) {
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(user.email, user.password, user.name);
  return { context, page };
}
