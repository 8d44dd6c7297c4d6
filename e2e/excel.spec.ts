// Excel in and out: measurements from the files Dutch Excel writes (a CSV in Windows-1252, a workbook), the limit
// on pasted text, and the Excel twin of a programme's CSV download.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { expectAccessible } from "./support/axe";
import { expect, type FreshProgramme, test } from "./support/fixtures";
import { captureServerAction, replayServerAction } from "./support/server-action";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// A note with what Windows-1252 holds in 0x80–0x9F and an accent: each one is easily lost on the way in.
const NOTE = "€ ‘café’ – …";

/** The measurement form of the fresh programme's indicator, and what shows the measurements. */
async function openIndicator(page: Page, programme: FreshProgramme) {
  await page.goto(programme.indicator.path);
  await expect(page.getByRole("heading", { level: 2, name: programme.indicator.name })).toBeVisible();
  const form = page.getByRole("region", { name: "Meerdere metingen tegelijk toevoegen" });
  return {
    form,
    box: form.getByRole("textbox", { name: /^Metingen plakken/ }),
    file: form.getByLabel(/^Of kies een bestand/),
    submit: form.getByRole("button", { name: "Metingen toevoegen" }),
    rows: page
      .getByRole("region", { name: `Metingen van ${programme.indicator.name}`, exact: true })
      .locator("tbody tr"),
    problems: page.getByRole("region", { name: "Er is niets toegevoegd" }),
  };
}

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Metingen");
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(1).numFmt = "dd-mm-yyyy";
  return Buffer.from(await book.xlsx.writeBuffer());
}

test.describe("a programme manager imports measurements", () => {
  test("from a CSV that Dutch Excel saved in Windows-1252, keeping € ‘ ’ – … exactly", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const indicator = await openIndicator(page, freshProgramme);
    const count = freshProgramme.indicator.measurements;
    // The fresh indicator counts people: whole numbers, written as Dutch Excel may ("24,0").
    const csv = `Peildatum;Waarde;Toelichting\r\n15-04-2026;24,0;${NOTE}\r\n15-05-2026;26;\r\n`;
    const bytes = iconv.encode(csv, "windows-1252");
    expect(bytes.includes(0x80)).toBe(true);

    await indicator.file.setInputFiles({ name: "metingen.csv", mimeType: "application/vnd.ms-excel", buffer: bytes });
    await indicator.submit.click();
    await expect(indicator.form.getByText("2 metingen zijn toegevoegd.")).toBeVisible();
    await expect(indicator.rows).toHaveCount(count + 2);
    const april = indicator.rows.filter({ hasText: "15 april 2026" });
    await expect(april.getByRole("cell", { name: NOTE, exact: true })).toBeVisible();
    await expect(april).toContainText("24");
  });

  test("from an Excel workbook, and a wrong row is named by its row in Excel", async ({
    asManager: page,
    freshProgramme,
  }) => {
    const indicator = await openIndicator(page, freshProgramme);
    const count = freshProgramme.indicator.measurements;

    // An empty file is about the file, not about the text box.
    await indicator.file.setInputFiles({ name: "leeg.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.alloc(0) });
    await indicator.submit.click();
    await expect(page.locator("#file-error")).toContainText("Het gekozen bestand is leeg.");
    await expect(page.locator("#csv-error")).toHaveCount(0);

    const wrong = await workbook([
      ["Datum", "Waarde", "Notitie"],
      [new Date("2026-04-15T00:00:00Z"), 30, "goed"],
      [new Date("2026-05-15T00:00:00Z"), "dertig", null],
    ]);
    await indicator.file.setInputFiles({ name: "metingen.xlsx", mimeType: XLSX_TYPE, buffer: wrong });
    await indicator.submit.click();
    await expect(indicator.problems).toBeFocused();
    await expect(indicator.problems).toContainText("Regel 3: de waarde ‘dertig’ is geen getal.");
    await expect(indicator.problems).toContainText("Verbeter de rijen in het Excel-bestand");
    await expect(indicator.problems.getByRole("link", { name: "Naar het bestandsveld" })).toHaveAttribute(
      "href",
      "#file",
    );
    await expect(page.locator("#file-error")).toContainText("Er is één probleem");
    await expect(indicator.rows).toHaveCount(count);
    await expectAccessible(page);

    const right = await workbook([
      ["Datum", "Waarde", "Notitie"],
      [new Date("2026-04-15T00:00:00Z"), 30, NOTE],
      [new Date("2026-05-15T00:00:00Z"), { formula: "B2+2", result: 32 }, null],
      ["15-06-2026", "35,0", "als tekst"],
    ]);
    await indicator.file.setInputFiles({ name: "metingen.xlsx", mimeType: XLSX_TYPE, buffer: right });
    await indicator.submit.click();
    await expect(indicator.form.getByText("3 metingen zijn toegevoegd.")).toBeVisible();
    await expect(indicator.rows).toHaveCount(count + 3);
    await expect(indicator.rows.filter({ hasText: "15 april 2026" })).toContainText(NOTE);
    await expect(indicator.rows.filter({ hasText: "15 mei 2026" })).toContainText("32");
    await expect(indicator.rows.filter({ hasText: "15 juni 2026" })).toContainText("35");
  });

  test("pasted beyond the size limit: the browser names the limit and keeps the text, the server says the same", async ({
    asManager: page,
    freshProgramme,
  }) => {
    // A megabyte in a text box makes every layout, click and accessibility scan of the page slow.
    test.slow();
    const indicator = await openIndicator(page, freshProgramme);
    const count = freshProgramme.indicator.measurements;
    const line = "15-04-2026;24,5;een toelichting die de regel wat langer maakt\n";
    // Just over the limit of 1 MB (1,000,000 bytes) as the browser sends it, with CRLF line breaks.
    const large = line.repeat(Math.ceil(1_000_100 / (line.length + 1)));

    // As a paste puts it there: all at once (typing a megabyte through fill() takes the browser minutes).
    await indicator.box.evaluate((box: HTMLTextAreaElement, text) => {
      box.focus();
      box.setRangeText(text, 0, box.value.length, "end");
      box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }, large);
    await indicator.submit.click();
    await expect(page.locator("#csv-error")).toContainText("De geplakte tekst is groter dan 1 MB.");
    await expect(indicator.box).toBeFocused();
    expect(await indicator.box.evaluate((box: HTMLTextAreaElement) => box.value.length)).toBe(large.length);
    await expect(indicator.rows).toHaveCount(count);
    await expectAccessible(page);

    // The same request sent past the browser's check (a paste of one line, enlarged on the way) gets the same answer
    // from the server, as a message in the form, and adds nothing.
    await page.reload();
    await indicator.box.fill("15-04-2026;1");
    const action = await captureServerAction(page, () => indicator.submit.click());
    const body = action.body.toString("utf8");
    expect(body).toContain("15-04-2026;1");
    const response = await replayServerAction(page.request, {
      ...action,
      body: Buffer.from(body.replace("15-04-2026;1", large), "utf8"),
    });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("De geplakte tekst is groter dan 1 MB.");
    await page.reload();
    await expect(indicator.rows).toHaveCount(count);
  });
});

test("the Excel twin of a CSV download has typed cells, a readable header and the same access", async ({
  asManager: page,
  asTestdorp,
  freshProgramme,
}) => {
  const { id, name } = freshProgramme;
  await page.goto("/exports");
  const csvLink = page.getByRole("link", { name: `Indicatoren en metingen van ${name} (CSV)` });
  const xlsxLink = page.getByRole("link", { name: `Indicatoren en metingen van ${name} (Excel)` });
  await expect(csvLink).toBeVisible();
  await expect(xlsxLink).toHaveAttribute("href", `/api/programmes/${id}/export/indicators.xlsx`);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), xlsxLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^indicatoren-en-metingen-e2e-programma-.*-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  expect(sheet.name).toBe("Indicatoren en metingen");

  const header = sheet.getRow(1);
  const columns = (header.values as ExcelJS.CellValue[]).slice(1);
  expect(columns.slice(0, 4)).toEqual(["Indicator", "Eenheid", "Wat is beter", "Nulmeting"]);
  expect(header.getCell(1).font?.bold).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  const column = (label: string) => columns.indexOf(label) + 1;

  // The fresh programme's indicator: three measurements, 22, 18 and 15, in January to March 2026.
  const rows = [2, 3, 4].map((r) => sheet.getRow(r));
  expect(rows.map((row) => row.getCell(column("Waarde")).value)).toEqual([22, 18, 15]);
  expect(rows.map((row) => row.getCell(column("Peildatum")).value)).toEqual(
    ["2026-01-15", "2026-02-15", "2026-03-15"].map((day) => new Date(`${day}T00:00:00Z`)),
  );
  expect(rows[0]?.getCell(column("Peildatum")).numFmt).toBe("dd-mm-yyyy");
  expect(rows[0]?.getCell(column("Nulmeting")).value).toBe(20);
  expect(rows[0]?.getCell(column("Indicator")).value).toBe(freshProgramme.indicator.name);
  sheet.eachRow((row) => {
    row.eachCell((cell) => expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula));
  });

  // Another gemeente finds neither file.
  for (const path of [`/api/programmes/${id}/export/indicators.xlsx`, `/api/programmes/${id}/export/lessons.xlsx`]) {
    expect((await asTestdorp.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  expect((await page.request.get(`/api/programmes/${id}/export/indicators.pdf`)).status()).toBe(404);
});
