// The pages the law and users expect, linked from the footer of every page: the accessibility statement, the privacy
// statement, the help and the contact page. Anyone can open them, in Dutch and in English; signed in, the contact page
// shows the helpdesk the gemeente's beheerder set.
import type { Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { anonymousContext } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, makeGemeente, test } from "./support/fixtures";
import { lastUsedStep, nextCode } from "./support/totp";

const PAGES = [
  {
    link: "Toegankelijkheid",
    path: "/accessibility",
    nl: "Toegankelijkheidsverklaring",
    en: "Accessibility statement",
  },
  { link: "Privacy", path: "/privacy", nl: "Privacyverklaring", en: "Privacy statement" },
  { link: "Hoe werkt dit?", path: "/help", nl: "Hoe werkt dit?", en: "How does it work?" },
  { link: "Contact", path: "/contact", nl: "Contact", en: "Contact" },
] as const;

const footer = (page: Page) => page.getByRole("navigation", { name: "Over Impactkoers" });

test("signed out, the footer pages open from the sign-in page, in Dutch and in English", async ({ browser }) => {
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  for (const { link, path, nl } of PAGES) {
    await page.goto("/login");
    await footer(page).getByRole("link", { name: link }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { level: 1, name: nl })).toBeVisible();
    await expectAccessible(page);
  }

  await page.goto("/accessibility");
  await expect(
    page.getByText("Impactkoers voldoet gedeeltelijk aan de eisen van WCAG 2.1 op niveau AA."),
  ).toBeVisible();
  await expect(page.getByText(/controleren die met axe-core/)).toBeVisible();
  await expect(page.getByText(/De gemeente die Impactkoers gebruikt wil dat iedereen/)).toBeVisible();

  await page.goto("/privacy");
  const data = page.getByRole("table", { name: "Persoonsgegevens in Impactkoers" });
  await expect(data.getByRole("cell", { name: /30 dagen nadat de sessie eindigde/ })).toBeVisible();
  await expect(data.getByRole("cell", { name: /het IP-adres/ })).toBeVisible();

  await page.goto("/contact");
  await expect(page.getByText(/Iedere gemeente heeft een eigen helpdesk/)).toBeVisible();

  // In English, through the language switch of the page itself.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Nederlands" })).toBeVisible();
  for (const { path, en } of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: en })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "About Impactkoers" })).toBeVisible();
    await expectAccessible(page);
  }
  await context.close();
});

test("signed in, the footer of the app leads to the same pages, and a task's help link to its explanation", async ({
  asTeamlid: page,
  freshProgramme,
}) => {
  await page.goto("/");
  for (const { link, path, nl } of PAGES) {
    await page.goto("/");
    await footer(page).getByRole("link", { name: link }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { level: 1, name: nl })).toBeVisible();
    await expect(page.getByRole("link", { name: "Naar Impactkoers" })).toBeVisible();
    await expectAccessible(page);
  }
  // The statements speak for the gemeente the person works for.
  await page.goto("/privacy");
  await expect(page.getByText(/Gemeente Voorbeeld is verantwoordelijk voor de gegevens/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Mijn gegevens downloaden" })).toHaveAttribute(
    "href",
    "/api/account/data",
  );

  // From the page where measurements are entered, to how to do that.
  await page.goto(`${freshProgramme.path}/indicators`);
  await page.getByRole("link", { name: /^Hoe werkt dit\? Uitleg: Metingen invoeren$/ }).click();
  await expect(page).toHaveURL("/help#metingen");
  await expect(page.getByRole("heading", { level: 2, name: "Metingen invoeren" })).toBeInViewport();
});

test("the helpdesk the beheerder sets shows on the contact page of the gemeente's members", async ({
  browser,
  database,
}) => {
  const gemeente = await makeGemeente(database);
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(gemeente.email, gemeente.password);
  await login.enterCode(nextCode(gemeente.totpSecret, lastUsedStep(gemeente.email)));
  await expect(page).toHaveURL("/");

  // Nothing set yet: the contact page says whom to ask.
  await page.goto("/contact");
  await expect(page.getByRole("heading", { level: 2, name: `Helpdesk van ${gemeente.name}` })).toBeVisible();
  await expect(page.getByText("Uw gemeente heeft nog geen helpdesk ingevuld.", { exact: false })).toBeVisible();

  await page.goto("/admin/gemeente");
  const helpdesk = page.getByRole("region", { name: "Helpdesk" });
  await helpdesk.getByLabel("Naam van de helpdesk").fill("Servicedesk Informatievoorziening");
  await helpdesk.getByLabel("E-mailadres").fill("geen adres");
  await helpdesk.getByLabel("Telefoonnummer").fill("14 020");
  await helpdesk.getByLabel("Wanneer bereikbaar").fill("Maandag tot en met vrijdag van 9.00 tot 17.00 uur");
  await helpdesk.getByRole("button", { name: "Helpdesk opslaan" }).click();
  // A wrong address is refused next to its field, and what was typed stays.
  await expect(helpdesk.getByLabel("E-mailadres")).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
  await expect(helpdesk.getByLabel("Naam van de helpdesk")).toHaveValue("Servicedesk Informatievoorziening");
  await expectAccessible(page);

  await helpdesk.getByLabel("E-mailadres").fill("Servicedesk@Eigen.example");
  await helpdesk.getByRole("button", { name: "Helpdesk opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De helpdeskgegevens zijn opgeslagen." })).toBeVisible();

  await page.goto("/contact");
  const details = page.getByRole("region", { name: `Helpdesk van ${gemeente.name}` });
  await expect(details.getByText("Servicedesk Informatievoorziening")).toBeVisible();
  await expect(details.getByRole("link", { name: "servicedesk@eigen.example" })).toHaveAttribute(
    "href",
    "mailto:servicedesk@eigen.example",
  );
  await expect(details.getByRole("link", { name: "14 020" })).toHaveAttribute("href", "tel:14020");
  await expect(details.getByText("Maandag tot en met vrijdag van 9.00 tot 17.00 uur")).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
