// Persoonsgegevens (AVG): a beheerder anonymises a person who left, whose work stays in the log as "Voormalig
// gebruiker"; a person downloads what the app keeps about them. Each test works with a person of its own.
import fs from "node:fs";
import { LoginPage } from "./pages/login-page";
import { anonymousContext } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, makePerson, test } from "./support/fixtures";

test("a beheerder anonymises a person who left; the activity log keeps their work as Voormalig gebruiker", async ({
  browser,
  database,
  asBeheerder: admin,
}) => {
  test.slow();
  const person = await makePerson(database);

  // The person signs in once: an event of their own in the log.
  const theirs = await anonymousContext(browser);
  const login = new LoginPage(await theirs.newPage());
  await login.goto();
  await login.signInAs(person.email, person.password, person.name);
  await theirs.close();

  // Active people cannot be anonymised: the section shows only after deactivating.
  await admin.goto(`/admin/users/${person.memberId}`);
  await expect(admin.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Persoonsgegevens wissen (AVG)" })).toHaveCount(0);
  await admin.getByRole("button", { name: "Account uitzetten" }).click();
  const section = admin.getByRole("region", { name: "Persoonsgegevens wissen (AVG)" });
  await expect(section).toBeVisible();
  await expect(section.getByText("Dit kan niet ongedaan worden gemaakt.")).toBeVisible();
  await expect(section.getByText("De naam wordt ‘Voormalig gebruiker’.", { exact: false })).toBeVisible();
  await expectAccessible(admin);

  // Without the confirmation nothing happens.
  await section.getByRole("button", { name: "Persoonsgegevens wissen" }).click();
  await expect(
    section.getByRole("link", { name: /Vink aan dat u begrijpt dat het wissen niet ongedaan kan worden/ }),
  ).toBeVisible();
  await expectAccessible(admin);

  await section.getByLabel("Ik begrijp dat dit niet ongedaan kan worden").check();
  await section.getByRole("button", { name: "Persoonsgegevens wissen" }).click();
  await expect(admin).toHaveURL(`/admin/users/${person.memberId}?gewist=ja`);
  await expect(admin.getByRole("heading", { level: 1, name: "Voormalig gebruiker" })).toBeVisible();
  await expect(admin.getByText("De persoonsgegevens zijn gewist.")).toBeVisible();
  await expect(admin.getByRole("main")).not.toContainText(person.email);
  await expect(admin.getByRole("button", { name: "Account weer aanzetten" })).toHaveCount(0);
  await expectAccessible(admin);

  // The log: their sign-in and acceptance under "Voormalig gebruiker", their invitation without the address.
  await admin.goto(`/admin/activity?actor=${person.userId}`);
  const log = admin.getByRole("table", { name: "Gebeurtenissen, nieuwste eerst" });
  await expect(log.getByText("Voormalig gebruiker logde in")).toBeVisible();
  await expect(log.getByText("Voormalig gebruiker nam de uitnodiging van Gemeente Voorbeeld aan")).toBeVisible();
  await expect(admin.getByRole("main")).not.toContainText(person.name);
  await expect(admin.getByRole("main")).not.toContainText(person.email);
  await expectAccessible(admin);
  await admin.goto("/admin/activity?action=user.anonymised");
  await expect(
    admin.getByText("Fatima el Amrani wiste de persoonsgegevens van Voormalig gebruiker").first(),
  ).toBeVisible();

  // Their account is gone for good: the old address and password open nothing.
  const stranger = await anonymousContext(browser);
  const again = new LoginPage(await stranger.newPage());
  await again.goto();
  await again.signIn(person.email, person.password);
  await expect(again.form.getByText("Het e-mailadres of wachtwoord klopt niet")).toBeVisible();
  await stranger.close();
});

test("a person downloads their own data, and only their own", async ({ browser, database }) => {
  const person = await makePerson(database);
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(person.email, person.password, person.name);

  await page.goto("/account");
  const section = page.getByRole("region", { name: "Mijn gegevens downloaden" });
  await expect(section).toBeVisible();
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await section.getByRole("link", { name: "Mijn gegevens downloaden (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^impactkoers-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync((await download.path()) ?? "", "utf8");
  const data = JSON.parse(text);
  expect(data.profile).toMatchObject({ name: person.name, email: person.email, locale: "nl" });
  expect(data.gemeenten).toEqual([
    expect.objectContaining({ gemeente: "Gemeente Voorbeeld", role: "teamlid", active: true }),
  ]);
  expect(data.sessions.length).toBeGreaterThan(0);
  expect(data.sessions[0]).toEqual(
    expect.objectContaining({ device: expect.stringContaining("Chrome"), endedAt: null }),
  );
  expect(data.auditEvents).toContainEqual(expect.objectContaining({ action: "auth.sign_in", by: "self" }));
  expect(data.auditEvents).toContainEqual(
    expect.objectContaining({ action: "membership.invited", by: "someone else" }),
  );
  // Nothing of the beheerder who invited them, nor of anyone else.
  for (const other of ["Fatima el Amrani", "beheerder@voorbeeld.example", "Joost van Dijk", "tokenHash"]) {
    expect(text).not.toContain(other);
  }

  // The file is never kept by a cache on the way.
  const response = await page.request.get("/api/account/data");
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="impactkoers-mijn-gegevens-/);
  await context.close();
});
