// Sessions that end on the server: a token copied before signing out opens nothing afterwards, a session idle for
// longer than the timeout is over, and a person sees where they are signed in and signs out there or everywhere.
import { createUserAsBeheerder, signInAsNew } from "./pages/users-page";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";

test("a session token copied before signing out opens nothing afterwards", async ({ browser }) => {
  const user = await createUserAsBeheerder(browser);
  const { context, page } = await signInAsNew(browser, user);
  const copied = await context.storageState();
  await page.goto("/account");
  await page.getByRole("banner").locator("summary", { hasText: user.name }).click();
  await page.getByRole("banner").getByRole("button", { name: "Afmelden" }).click();
  await expect(page.getByText("U bent afgemeld.")).toBeVisible();

  const thief = await browser.newContext({ storageState: copied });
  const stolen = await thief.newPage();
  await stolen.goto("/account");
  await expect(stolen).toHaveURL(/\/login/);
  const download = await thief.request.get("/api/export", { maxRedirects: 0 });
  expect(download.status()).toBe(307);
  expect(download.headers().location).toMatch(/^\/login/);
  await thief.close();
  await context.close();
});

test("a session without a request for longer than the idle time is over", async ({ browser, database }) => {
  const user = await createUserAsBeheerder(browser);
  const { context, page } = await signInAsNew(browser, user);
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();
  // The last request was 61 minutes ago: as if the person left the browser open over lunch.
  database.$client
    .prepare(
      "update user_sessions set last_seen_at = last_seen_at - 61 * 60000 where user_id = (select id from users where email = ?) and ended_at is null",
    )
    .run(user.email);
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});

test("a person sees where they are signed in, signs out one other device, then everywhere", async ({ browser }) => {
  const user = await createUserAsBeheerder(browser);
  const phone = await signInAsNew(browser, user);
  const laptop = await signInAsNew(browser, user);
  const tablet = await signInAsNew(browser, user);
  const page = laptop.page;
  await page.goto("/account");
  const sessions = page.getByRole("region", { name: "Waar u bent aangemeld" });
  await expect(sessions.getByRole("listitem")).toHaveCount(3);
  await expect(sessions.getByRole("listitem").filter({ hasText: "dit apparaat" })).toHaveCount(1);
  await expectAccessible(page);

  // The most recently used other session is the tablet's.
  await tablet.page.goto("/account");
  await page.reload();
  const others = sessions.getByRole("listitem").filter({ hasNotText: "dit apparaat" });
  await others
    .first()
    .getByRole("button", { name: /^Afmelden/ })
    .click();
  await expect(page.getByText("U bent op dat apparaat afgemeld.")).toBeVisible();
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await tablet.page.reload();
  await expect(tablet.page).toHaveURL(/\/login/);
  await phone.page.goto("/account");
  await expect(phone.page.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();

  await page.getByRole("button", { name: "Overal afmelden" }).click();
  await expect(page.getByText("U bent op alle apparaten afgemeld.")).toBeVisible();
  await phone.page.reload();
  await expect(phone.page).toHaveURL(/\/login/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);

  for (const context of [phone.context, laptop.context, tablet.context]) await context.close();
});
