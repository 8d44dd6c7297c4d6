// The beheerder's activity page says whether the audit trail is unchanged since its first event, and where its hash
// chain breaks when someone changed it around the append-only triggers.
import { gemeenteWithChangedLog, giveAuthenticatorApp } from "../db/fixtures";
import { hashPassword } from "../lib/auth/password";
import { newTotpSecret } from "../lib/auth/totp";
import { LoginPage } from "./pages/login-page";
import { anonymousContext, PASSWORD, uniqueEmail } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";
import { nextCode } from "./support/totp";

test("the beheerder sees that the activity log is unchanged since the start, and can have it checked again", async ({
  asBeheerder: page,
}) => {
  await page.goto("/admin/activity");
  const intact = page.getByText("Logboek onveranderd sinds het begin (keten intact)");
  await expect(intact).toBeVisible();
  await expect(page.getByText(/\d+ gebeurtenissen gecontroleerd op/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Nu opnieuw controleren" }).click();
  await expect(page).toHaveURL(/keten=controleren/);
  await expect(intact).toBeVisible();
});

test("a log changed around the triggers shows the event where the chain breaks", async ({ browser, database }) => {
  const email = uniqueEmail("keten");
  const { changedId } = gemeenteWithChangedLog(database, {
    name: uniqueName("Gemeente Keten"),
    email,
    passwordHash: await hashPassword(PASSWORD),
  });
  // A beheerder signs in with an authenticator app too.
  const secret = newTotpSecret();
  giveAuthenticatorApp(database, email, secret);
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, PASSWORD);
  await login.enterCode(nextCode(secret, null));
  await expect(page).toHaveURL("/");

  await page.goto("/admin/activity");
  await expect(page.getByText("Het logboek is buiten Impactkoers om veranderd (keten verbroken)")).toBeVisible();
  await expect(
    page.getByText(`De keten breekt bij gebeurtenis ${changedId}: de inhoud is veranderd nadat de gebeurtenis`),
  ).toBeVisible();
  await expect(page.getByText("Logboek onveranderd sinds het begin")).toBeHidden();
  await expectAccessible(page);
  await context.close();
});
