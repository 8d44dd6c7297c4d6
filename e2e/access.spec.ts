import { UsersPage } from "./pages/users-page";
import { uniqueEmail } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { captureServerAction, expectNoSuccessRedirect, replayServerAction } from "./support/server-action";

const ADMIN_PAGES = [
  "/admin/users",
  "/admin/users/new",
  "/admin/partners",
  "/admin/partners/new",
  "/admin/activity",
  "/admin/security",
];
const ROLES = ["teamlid", "management", "programmamanager", "partner"] as const;

for (const account of ROLES) {
  test(`${account} gets not found on every beheer page`, async ({ signedIn }) => {
    const page = await signedIn(account);
    for (const path of ADMIN_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    }
    // The not-found page is the same for every role: axe checks it once.
    if (account === ROLES[0]) await expectAccessible(page);
  });
}

test("a teamlid posting the beheer server action directly changes nothing", async ({
  asBeheerder: page,
  requestAs,
}) => {
  const users = new UsersPage(page);
  const email = uniqueEmail("ingeslopen");
  await users.openNew();
  await users.fillNew({ name: "Ingeslopen Beheerder", email, role: "Beheerder" });
  const action = await captureServerAction(page, () => users.submitNew());

  // Refused as an answer in the form, not as a server error, and nobody was added.
  const refused = await replayServerAction(await requestAs("teamlid"), action);
  expectNoSuccessRedirect(refused);
  expect(refused.status()).toBe(200);
  expect(await refused.text()).toContain("U mag dit niet doen.");
  await page.goto("/admin/users");
  await expect(page.getByRole("table").getByRole("link", { name: "Sanne de Vries" })).toBeVisible();
  await expect(page.getByRole("table").getByText(email)).toHaveCount(0);

  // The very same request from the beheerder does add the user: the refusal above was the permission check.
  const accepted = await replayServerAction(await requestAs("beheerder"), action);
  expect(accepted.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("table").getByText(email)).toBeVisible();

  // The refused attempt is in the activity log: who tried what.
  await page.goto("/admin/activity?action=access.refused");
  await expect(
    page
      .getByRole("table")
      .getByRole("row")
      .filter({ hasText: "Sanne de Vries probeerde gebruikers en rollen te beheren, maar dat mag niet" }),
  ).not.toHaveCount(0);
});

test("an anonymous server-action call changes nothing", async ({ asBeheerder: page, requestAs }) => {
  const name = `Anoniem ${Date.now()}`;
  await page.goto("/admin/partners/new");
  await page.getByLabel("Naam").fill(name);
  const action = await captureServerAction(page, () =>
    page.getByRole("button", { name: "Partnerorganisatie toevoegen" }).click(),
  );
  await replayServerAction(await requestAs(), action);
  await page.goto("/admin/partners");
  await expect(page.getByRole("link", { name: "Stichting Buurtkracht" })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
});

test.describe("another gemeente's URLs", () => {
  test("give a Voorbeeld beheerder not found for Testdorp's users and partners", async ({
    asTestdorp: theirs,
    asBeheerder: page,
  }) => {
    // Find Testdorp's own ids as its beheerder.
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
  });
});
