import { expect, test as setup } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { ACCOUNTS, type Account, PASSWORD, storageState } from "./support/accounts";

for (const account of Object.keys(ACCOUNTS) as Account[]) {
  setup(`${account} signs in`, async ({ page }) => {
    const { email, name } = ACCOUNTS[account];
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAs(email, PASSWORD, name);
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${name}`);
    await page.context().storageState({ path: storageState(account) });
  });
}
