// The gemeente's own look: the beheerder uploads a logo and chooses a colour; the header, the report and its PDF show
// them. A colour too light for white text, and a file that is too large or not an image, are refused next to the
// field. Each test works in a gemeente of its own, so no other test sees its look change.

import { inflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { anonymousContext } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, type FreshGemeente, makeGemeente, test } from "./support/fixtures";
import { lastUsedStep, nextCode } from "./support/totp";

const SVG_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">
  <script>document.title = "gehackt"</script>
  <rect width="120" height="40" fill="#8a1538" onload="alert(1)"/>
  <circle cx="20" cy="20" r="12" fill="#ffffff"/>
</svg>`;

async function signInAsBeheerder(browser: import("@playwright/test").Browser, gemeente: FreshGemeente) {
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(gemeente.email, gemeente.password);
  await login.enterCode(nextCode(gemeente.totpSecret, lastUsedStep(gemeente.email)));
  await expect(page).toHaveURL("/");
  return { context, page };
}

const colourField = (page: Page) => page.getByRole("textbox", { name: /^Kleur/ });
const logoField = (page: Page) => page.getByLabel("Bestand met het logo");

/** The text of a PDF as it is stored: every stream unpacked, for the strings of its tags and outline. */
function pdfText(pdf: Buffer): string {
  const parts = [pdf.toString("latin1")];
  const raw = pdf.toString("latin1");
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf("endstream", start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // Not a Flate stream (an image, a font): it holds no text of ours.
    }
  }
  return parts.join("\n");
}

/** Whether a PDF string holds `text`, written as plain bytes or as UTF-16 in hexadecimal. */
function pdfHasString(pdf: Buffer, text: string): boolean {
  const all = pdfText(pdf);
  const utf16 = Buffer.from(text, "utf16le").swap16().toString("hex").toUpperCase();
  return all.includes(text) || all.toUpperCase().includes(utf16);
}

test("the beheerder's colour and logo appear in the header, on the report's cover and in its PDF", async ({
  browser,
  database,
}) => {
  test.slow();
  const gemeente = await makeGemeente(database);
  const { context, page } = await signInAsBeheerder(browser, gemeente);
  const header = page.getByRole("banner");
  // Before: Impactkoers's own colour, no logo.
  await expect(header).toHaveCSS("background-color", "rgb(29, 79, 115)");
  await expect(header.getByRole("img")).toHaveCount(0);

  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Huisstijl en helpdesk" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Huisstijl en helpdesk" })).toBeVisible();
  await expect(page.getByText("Er staat nog geen logo in Impactkoers.", { exact: false })).toBeVisible();
  await expectAccessible(page);

  await colourField(page).fill("#8A1538");
  await page.getByRole("button", { name: "Kleur opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De kleur is opgeslagen." })).toBeVisible();
  await expect(header).toHaveCSS("background-color", "rgb(138, 21, 56)");
  await expect(page.getByText("Nu: #8a1538")).toBeVisible();

  await logoField(page).setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(SVG_LOGO) });
  await page.getByRole("button", { name: "Logo opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het logo is opgeslagen." })).toBeVisible();
  const logo = header.getByRole("img", { name: `Logo van ${gemeente.name}` });
  await expect(logo).toBeVisible();
  await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalHeight)).toBe(96);
  await expect(page).not.toHaveTitle(/gehackt/);
  await expectAccessible(page);

  // What is served is the PNG the server drew: nothing of the SVG's script is left, and only members get it.
  const source = await logo.getAttribute("src");
  const image = await page.request.get(source ?? "");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const png = await image.body();
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(png.toString("latin1")).not.toMatch(/script|alert|gehackt/);
  const stranger = await anonymousContext(browser);
  expect((await stranger.request.get(source ?? "")).status()).toBe(404);
  // The footer's pages carry the look for a member; for someone signed out they are Impactkoers's own.
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/help");
  await expect(strangerPage.getByRole("banner").getByRole("img")).toHaveCount(0);
  await stranger.close();
  await page.goto("/help");
  await expect(page.getByRole("banner").getByRole("img", { name: `Logo van ${gemeente.name}` })).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCSS("background-color", "rgb(138, 21, 56)");

  // The report's cover page, on paper only.
  await page.goto(`${gemeente.programme.path}/report`);
  const cover = page.getByRole("region", { name: "Voorblad" });
  await expect(cover).toBeHidden();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(cover).toBeVisible();
  await expect(cover.getByRole("img", { name: `Logo van ${gemeente.name}` })).toBeVisible();
  await expect(cover.getByText(gemeente.name, { exact: true })).toBeVisible();
  await expect(cover.getByRole("heading", { level: 1, name: gemeente.programme.name })).toBeVisible();
  await expect(cover.getByText(/^Opgesteld op \d{1,2} \S+ \d{4}$/)).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // And in the PDF the server prints: the cover's logo, tagged with its text alternative (the header's is not printed).
  const response = await page.request.get(`/api/programmes/${gemeente.programme.id}/report.pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = await response.body();
  expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
  expect(pdfHasString(pdf, `Logo van ${gemeente.name}`)).toBe(true);
  await context.close();
});

test("a colour too light for white text, and a logo that is too large or no image, are refused next to the field", async ({
  browser,
  database,
}) => {
  const gemeente = await makeGemeente(database);
  const { context, page } = await signInAsBeheerder(browser, gemeente);
  await page.goto("/admin/gemeente");

  await colourField(page).fill("#ffdd00");
  await page.getByRole("button", { name: "Kleur opslaan" }).click();
  await expect(colourField(page)).toHaveAccessibleDescription(/Deze kleur is te licht/);
  await expect(colourField(page)).toHaveAttribute("aria-invalid", "true");
  await expect(colourField(page)).toHaveValue("#ffdd00");
  await expect(page.getByRole("banner")).toHaveCSS("background-color", "rgb(29, 79, 115)");
  await expectAccessible(page);

  await colourField(page).fill("blauw");
  await page.getByRole("button", { name: "Kleur opslaan" }).click();
  await expect(colourField(page)).toHaveAccessibleDescription(/Vul een kleur in als # met zes tekens/);

  // Over 500 kB, though it starts like a PNG.
  const large = Buffer.alloc(600 * 1024);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(large);
  await logoField(page).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: large });
  await page.getByRole("button", { name: "Logo opslaan" }).click();
  await expect(logoField(page)).toHaveAccessibleDescription(
    /Dit bestand is te groot: het logo mag maximaal 500 kB zijn/,
  );
  await expectAccessible(page);

  // A text file named as a PNG.
  await logoField(page).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("Geen logo") });
  await page.getByRole("button", { name: "Logo opslaan" }).click();
  await expect(logoField(page)).toHaveAccessibleDescription(/Dit is geen PNG- of SVG-bestand/);

  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("img")).toHaveCount(0);
  await context.close();
});

test("only the beheerder reaches the page of the gemeente's look", async ({ asTeamlid: page }) => {
  await page.goto("/admin/gemeente");
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Huisstijl en helpdesk" }),
  ).toHaveCount(0);
});
