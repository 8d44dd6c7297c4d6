import { expect, test } from "@playwright/test";
import { UsersPage } from "./pages/users-page";
import { storageState, uniqueEmail } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { captureServerAction, replayServerAction } from "./support/server-action";

const ADMIN_PAGES = ["/admin/users", "/admin/users/new", "/admin/partners", "/admin/partners/new", "/admin/activity"];

for (const account of ["teamlid", "management", "programmamanager", "partner"] as const) {
  test(`${account} gets not found on every beheer page`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageState(account) });
    const page = await context.newPage();
    for (const path of ADMIN_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    }
    await expectAccessible(page);
    await context.close();
  });
}

test("a teamlid posting the beheer server action directly changes nothing", async ({ browser, playwright }) => {
  const admin = await browser.newContext({ storageState: storageState("beheerder") });
  const page = await admin.newPage();
  const users = new UsersPage(page);
  const email = uniqueEmail("ingeslopen");
  await users.openNew();
  await users.fillNew({ name: "Ingeslopen Beheerder", email, role: "Beheerder" });
  const action = await captureServerAction(page, () => users.submitNew());

  const asTeamlid = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    storageState: storageState("teamlid"),
  });
  const refused = await replayServerAction(asTeamlid, action);
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  await asTeamlid.dispose();

  await page.goto("/admin/users");
  await expect(page.getByRole("table").getByText(email)).toHaveCount(0);

  // The very same request from the beheerder does add the user: the refusal above was the permission check.
  const asBeheerder = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    storageState: storageState("beheerder"),
  });
  const accepted = await replayServerAction(asBeheerder, action);
  expect(accepted.status()).toBe(200);
  await asBeheerder.dispose();
  await page.reload();
  await expect(page.getByRole("table").getByText(email)).toBeVisible();
  await admin.close();
});

test("an anonymous server-action call changes nothing", async ({ browser, playwright }) => {
  const admin = await browser.newContext({ storageState: storageState("beheerder") });
  const page = await admin.newPage();
  const name = `Anoniem ${Date.now()}`;
  await page.goto("/admin/partners/new");
  await page.getByLabel("Naam").fill(name);
  const action = await captureServerAction(page, () =>
    page.getByRole("button", { name: "Partnerorganisatie toevoegen" }).click(),
  );
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await replayServerAction(anonymous, action);
  await anonymous.dispose();
  await page.goto("/admin/partners");
  await expect(page.getByText(name)).toHaveCount(0);
  await admin.close();
});

test.describe("another gemeente's URLs", () => {
  test("give a Voorbeeld beheerder not found for Testdorp's users and partners", async ({ browser }) => {
    // Find Testdorp's own ids as its beheerder.
    const testdorp = await browser.newContext({ storageState: storageState("testdorp") });
    const theirs = await testdorp.newPage();
    await theirs.goto("/admin/users");
    const userHref = await theirs.getByRole("link", { name: "Karin Jansen" }).getAttribute("href");
    await theirs.goto("/admin/partners/new");
    await theirs.getByLabel("Naam").fill(`Testdorpse Partner ${Date.now()}`);
    await theirs.getByRole("button", { name: "Partnerorganisatie toevoegen" }).click();
    await expect(theirs.getByText("De partnerorganisatie is opgeslagen.")).toBeVisible();
    const partnerHref = await theirs
      .getByRole("link", { name: /Testdorpse Partner/ })
      .first()
      .getAttribute("href");
    await testdorp.close();

    const voorbeeld = await browser.newContext({ storageState: storageState("beheerder") });
    const page = await voorbeeld.newPage();
    for (const href of [userHref, partnerHref]) {
      expect(href).toMatch(/^\/admin\/(users|partners)\/\d+$/);
      const response = await page.goto(href ?? "");
      expect(response?.status(), href ?? "").toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    }
    const missing = await page.goto("/admin/users/999999");
    expect(missing?.status()).toBe(404);
    const junk = await page.goto("/admin/users/abc");
    expect(junk?.status()).toBe(404);
    await voorbeeld.close();
  });
});
