import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { signInAsNew, UsersPage } from "./pages/users-page";
import { storageState, uniqueEmail } from "./support/accounts";
import { expectAccessible } from "./support/axe";

test("another gemeente's invitation answers as for a new address and counts only once the person accepts", async ({
  browser,
}) => {
  // A person of Voorbeeld, with an account of their own.
  const voorbeeld = await browser.newContext({ storageState: storageState("beheerder") });
  const person = await new UsersPage(await voorbeeld.newPage()).add({
    name: "Wisselend Adviseur",
    email: uniqueEmail("adviseur"),
    role: "Teamlid",
  });
  await voorbeeld.close();
  const { context, page: theirs } = await signInAsNew(browser, person);

  // Testdorp's beheerder invites that address and, in the same words, one that has no account.
  const testdorp = await browser.newContext({ storageState: storageState("testdorp") });
  const admin = await testdorp.newPage();
  const users = new UsersPage(admin);
  const existing = await users.add({ name: "W. Adviseur", email: person.email, role: "Management" });
  await expect(admin.getByText(/Heeft W\. Adviseur al een account in Impactkoers/)).toBeVisible();
  const fresh = await users.add({ name: "Nog Niemand", email: uniqueEmail("niemand"), role: "Management" });
  expect(existing.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  expect(fresh.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

  // Testdorp sees only what its beheerder typed, for both the same way.
  await admin.goto("/admin/users");
  const table = admin.getByRole("table");
  for (const name of ["W. Adviseur", "Nog Niemand"]) {
    const row = table.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Uitgenodigd");
    await expect(row).toContainText("Nog nooit");
  }
  await expect(table.getByText("Wisselend Adviseur")).toHaveCount(0);

  // Until the person accepts, Testdorp is not theirs: the one-time password does not open their account either.
  await theirs.goto("/");
  await expect(theirs.getByText("U heeft een uitnodiging om voor een andere gemeente te werken.")).toBeVisible();
  await expect(theirs.getByRole("banner").getByText("Gemeente Voorbeeld", { exact: true })).toBeVisible();
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const login = new LoginPage(await stranger.newPage());
  await login.goto();
  await login.signIn(person.email, existing.password);
  await expect(login.form.getByText("Het e-mailadres of wachtwoord klopt niet")).toBeVisible();
  await stranger.close();

  await theirs.getByRole("link", { name: "Bekijk de uitnodiging" }).click();
  await expect(theirs.getByRole("heading", { level: 1, name: "Uitnodigingen" })).toBeVisible();
  await expectAccessible(theirs);
  await theirs.getByRole("button", { name: "Uitnodiging van Gemeente Testdorp aannemen" }).click();
  await expect(theirs).toHaveURL("/");
  await expect(theirs.getByText("U werkt in Impactkoers als Management bij Gemeente Testdorp.")).toBeVisible();

  await admin.reload();
  await expect(table.getByRole("row").filter({ hasText: "Wisselend Adviseur" })).toContainText("Actief");
  await admin.goto("/admin/activity?action=membership.accepted");
  await expect(admin.getByRole("table")).toContainText("Gemeente Testdorp");
  await testdorp.close();
  await context.close();
});
