import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

// Editing a page without knowing Markdown: a formatting toolbar used by keyboard alone, a preview with the page's own
// renderer, and a conflict merged per block by choosing versions. What is stored stays Markdown.

const body = (page: Page) => page.getByLabel("Tekst (optioneel)", { exact: true });

async function createPage(page: Page, title: string, text: string, programme?: string) {
  await page.goto("/pages/new");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  if (programme) await page.getByLabel(/^Programma/).selectOption({ label: programme });
  await body(page).fill(text);
  await page.getByRole("button", { name: "Pagina toevoegen" }).click();
  await expect(page.getByText("De pagina is toegevoegd.")).toBeVisible();
  return new URL(page.url()).pathname;
}

test("formats a page with the toolbar by keyboard alone and the Markdown is what is stored", async ({
  asTeamlid: page,
}) => {
  const title = uniqueName("Opgemaakte pagina");
  await page.goto("/pages/new");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  const text = body(page);
  const toolbar = page.getByRole("toolbar", { name: "Opmaak van de tekst" });
  await expect(toolbar.getByRole("button")).toHaveText([
    "Kop",
    "Vet",
    "Cursief",
    "Lijst",
    "Genummerde lijst",
    "Link",
    "Tabel",
  ]);
  await expect(toolbar.getByRole("button", { name: "Vet" })).toHaveAttribute("title", "Vet (Ctrl+B)");
  await expect(toolbar.getByRole("button", { name: "Vet" })).toHaveAttribute("aria-keyshortcuts", "Control+B Meta+B");
  await expect(toolbar.getByRole("button", { name: "Link" })).toHaveAttribute("aria-keyshortcuts", "Control+K Meta+K");

  // From the text, Shift+Tab goes to the toolbar: one stop, its first button.
  await text.focus();
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Kop" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  // The focus is back in the text with the placeholder selected: typing replaces it.
  await expect(text).toBeFocused();
  await page.keyboard.type("Afspraken");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");

  // Arrow keys move within the toolbar; Tab leaves it.
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Kop" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Vet" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(text).toBeFocused();
  await page.keyboard.type("Koffie");
  // Past the closing markers, then the shortcuts.
  await page.keyboard.press("End");
  await page.keyboard.type(" is ");
  await page.keyboard.press("ControlOrMeta+I");
  await page.keyboard.type("gratis");
  await page.keyboard.press("End");
  await page.keyboard.type(", zie ");
  await page.keyboard.press("ControlOrMeta+K");
  await page.keyboard.type("https://www.voorbeeld.nl");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Vet" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Lijst", exact: true })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(text).toBeFocused();
  await page.keyboard.type("Kopjes afwassen");

  const markdown =
    "## Afspraken\n\n**Koffie** is _gratis_, zie [linktekst](https://www.voorbeeld.nl)\n\n- Kopjes afwassen";
  await expect(text).toHaveValue(markdown);

  // The preview shows it with the page's own renderer.
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld van de tekst" });
  await expect(preview.getByRole("heading", { level: 3, name: "Afspraken" })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("Koffie");
  await expect(preview.locator("em")).toHaveText("gratis");
  await expect(preview.getByRole("link", { name: "linktekst" })).toHaveAttribute("href", "https://www.voorbeeld.nl");
  await expect(preview.getByRole("listitem")).toHaveText(["Kopjes afwassen"]);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Verder met bewerken" }).click();

  await page.getByRole("button", { name: "Pagina toevoegen" }).click();
  await expect(page.getByText("De pagina is toegevoegd.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Inhoud van de pagina" }).locator("strong")).toHaveText("Koffie");
  // What is stored is the Markdown itself.
  await page.getByRole("link", { name: "Pagina bewerken" }).click();
  await expect(body(page)).toHaveValue(markdown);
});

test("a table goes in after the current line, ready to be typed over", async ({ asTeamlid: page }) => {
  await page.goto("/pages/new");
  const text = body(page);
  await text.fill("Rooster");
  await text.press("End");
  const toolbar = page.getByRole("toolbar", { name: "Opmaak van de tekst" });
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  await expect(toolbar.getByRole("button", { name: "Tabel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Dag");
  await expect(text).toHaveValue("Rooster\n\n| Dag | Kolom 2 |\n| --- | --- |\n|  |  |\n");
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  const table = page.getByRole("region", { name: "Voorbeeld van de tekst" }).getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["Dag", "Kolom 2"]);
});

test("two people change the same page and the second merges per block by choosing versions", async ({
  asTeamlid: sanne,
  asManager: joost,
  freshProgramme,
}) => {
  const start = "# Afspraken\n\nWe beginnen om tien uur.\n\nDe koffie staat klaar.";
  const path = await createPage(sanne, uniqueName("Samen samenvoegen"), start, freshProgramme.name);
  await sanne.goto(`${path}/edit`);
  await joost.goto(`${path}/edit`);
  await body(sanne).fill(start.replace("tien uur", "half tien"));
  await sanne.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(sanne.getByText("De pagina is opgeslagen als versie 2.")).toBeVisible();

  await body(joost).fill(`${start.replace("tien uur", "elf uur")}\n\nJoost neemt koekjes mee.`);
  await joost.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(
    joost.getByRole("region", { name: "Iemand anders heeft deze pagina intussen opgeslagen" }),
  ).toBeFocused();

  const merge = joost.getByRole("region", { name: "Per deel kiezen" });
  const first = merge.getByRole("group", { name: "Verschil 1 van 2" });
  const second = merge.getByRole("group", { name: "Verschil 2 van 2" });
  await expect(first).toContainText("We beginnen om elf uur.");
  await expect(first).toContainText("We beginnen om half tien.");
  await expect(second).toContainText("Joost neemt koekjes mee.");
  await expect(first.getByRole("radio", { name: "Mijn versie" })).toBeChecked();
  await expectAccessible(joost);

  const mine = joost.getByRole("region", { name: "Uw tekst", exact: true }).getByLabel("Tekst (optioneel)");
  await first.getByRole("radio", { name: "Allebei (eerst de mijne)" }).check();
  await expect(mine).toHaveValue(
    "# Afspraken\n\nWe beginnen om elf uur.\n\nWe beginnen om half tien.\n\nDe koffie staat klaar.\n\nJoost neemt koekjes mee.",
  );
  await first.getByRole("radio", { name: "Hun versie" }).check();
  await expect(merge.getByRole("status")).toHaveText("Het tekstvak is bijgewerkt met uw keuzes.");
  const merged = "# Afspraken\n\nWe beginnen om half tien.\n\nDe koffie staat klaar.\n\nJoost neemt koekjes mee.";
  await expect(mine).toHaveValue(merged);
  await expectAccessible(joost);

  await joost.getByRole("button", { name: "Uw samengevoegde tekst opslaan" }).click();
  await expect(joost.getByText("De pagina is opgeslagen als versie 3.")).toBeVisible();
  const content = joost.getByRole("region", { name: "Inhoud van de pagina" });
  await expect(content).toContainText("We beginnen om half tien.");
  await expect(content).toContainText("Joost neemt koekjes mee.");
  await expect(content).not.toContainText("elf uur");
  await joost.getByRole("link", { name: "Pagina bewerken" }).click();
  await expect(body(joost)).toHaveValue(merged);
});

test("a lesson is formatted with the same toolbar; its page shows the formatting and the library's excerpt the words", async ({
  asManager: page,
  freshProgramme,
}) => {
  const title = uniqueName("Opgemaakte les");
  const word = `kaartje${Date.now().toString(36)}`;
  await page.goto("/lessons/new");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel(/^Programma/).selectOption({ label: freshProgramme.name });
  const text = page.getByLabel("Wat is de les?");
  await text.fill(`Een ${word} vooraf helpt.\nZo ging het:`);
  await page.keyboard.press("Enter");
  const list = page
    .getByRole("toolbar", { name: "Opmaak van de tekst" })
    .getByRole("button", { name: "Lijst", exact: true });
  await list.click();
  await expect(text).toBeFocused();
  await page.keyboard.type("Eerst bellen");
  await page.keyboard.press("Enter");
  await list.click();
  await page.keyboard.press("ControlOrMeta+B");
  await page.keyboard.type("dan langsgaan");
  const stored = await text.inputValue();
  expect(stored).toMatch(/^[-*] \*\*dan langsgaan\*\*$/m);
  expect(stored).toMatch(/^[-*] Eerst bellen$/m);

  // The preview shows it as it will be, the typed new line kept.
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld van de tekst" });
  await expect(preview.getByRole("listitem")).toHaveText(["Eerst bellen", "dan langsgaan"]);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Les vastleggen" }).click();
  await expect(page.getByText("De les is vastgelegd.")).toBeVisible();

  const lesson = page.getByRole("region", { name: "Wat we hebben geleerd" });
  await expect(lesson.getByRole("listitem")).toHaveText(["Eerst bellen", "dan langsgaan"]);
  await expect(lesson.locator("strong")).toHaveText("dan langsgaan");
  await expect(lesson.locator("br")).toHaveCount(1);

  await page.goto(`/lessons?q=${word}`);
  const excerpt = page.getByRole("article", { name: title });
  await expect(excerpt).toContainText(`Een ${word} vooraf helpt. Zo ging het: Eerst bellen dan langsgaan`);
  await expect(excerpt).not.toContainText("**");
});
