import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { MAX_ROWS } from "./measurement-csv";
import { MAX_UNPACKED_BYTES, readMeasurementsXlsx } from "./measurement-xlsx";

type Row = ExcelJS.CellValue[];

/** A workbook made the way Excel saves one, with the rows on its first sheet. */
async function workbook(
  rows: Row[],
  shape: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void = () => {},
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Metingen");
  for (const row of rows) sheet.addRow(row);
  shape(sheet, book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

async function read(rows: Row[], shape?: Parameters<typeof workbook>[1]) {
  const result = await readMeasurementsXlsx(await workbook(rows, shape));
  if ("problem" in result) throw new Error(`unexpected problem ${result.problem}`);
  return result;
}

describe("a workbook's first sheet", () => {
  it("reads a Dutch header, Excel dates, numbers and notes, with Excel's row numbers", async () => {
    const rows: Row[] = [
      ["Peildatum", "Waarde", "Toelichting"],
      [utcDay("2026-01-15"), 42.5, "na de zomer"],
      [utcDay("2026-02-15"), 47, null],
    ];
    expect(await read(rows)).toEqual({
      rows: [
        { line: 2, measuredOn: "2026-01-15", value: 42.5, note: "na de zomer" },
        { line: 3, measuredOn: "2026-02-15", value: 47, note: "" },
      ],
      errors: [],
    });
  });

  it.each([
    [["date", "value", "note"]],
    [["Datum", "Waarde", "Notitie"]],
    [["DATE", "Value", "Notes"]],
    [["Meetdatum", "Waarde (aantal)", "Opmerking"]],
  ])("knows the header %j", async (header) => {
    const { rows, errors } = await read([header, [utcDay("2026-03-01"), 3, "goed"]]);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ line: 2, measuredOn: "2026-03-01", value: 3, note: "goed" }]);
  });

  it("takes named columns in any order, in English too", async () => {
    const { rows } = await read([
      ["Note", "Value", "Date"],
      ["first", 12, utcDay("2026-04-01")],
    ]);
    expect(rows).toEqual([{ line: 2, measuredOn: "2026-04-01", value: 12, note: "first" }]);
  });

  it("reads dates as Excel's day numbers, as date cells with a time and as text", async () => {
    const { rows, errors } = await read([
      ["datum", "waarde"],
      [46023, 1], // Excel's day number of 1 January 2026, in a cell without a date format
      [new Date("2026-01-02T15:30:00Z"), 2],
      ["3-1-2026", 3],
      ["2026-01-04", 4],
      ["05/01/2026", 5],
    ]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.measuredOn, r.value])).toEqual([
      [2, "2026-01-01", 1],
      [3, "2026-01-02", 2],
      [4, "2026-01-03", 3],
      [5, "2026-01-04", 4],
      [6, "2026-01-05", 5],
    ]);
  });

  it("reads a date cell with a date format as the day Excel shows", async () => {
    const { rows } = await read(
      [
        ["datum", "waarde"],
        [utcDay("2026-02-28"), 1],
      ],
      (sheet) => {
        sheet.getCell("A2").numFmt = "dd-mm-yyyy";
      },
    );
    expect(rows[0]?.measuredOn).toBe("2026-02-28");
  });

  it("counts day numbers from 1904 in a workbook that says so", async () => {
    const { rows } = await read(
      [
        ["datum", "waarde"],
        [44561, 1],
      ],
      (_sheet, book) => {
        book.properties.date1904 = true;
      },
    );
    expect(rows[0]?.measuredOn).toBe("2026-01-01");
  });

  it("reads numbers as numbers and Dutch text as the paste does", async () => {
    const { rows, errors } = await read([
      ["datum", "waarde"],
      ["2026-01-01", 12.5],
      ["2026-01-02", "12,5"],
      ["2026-01-03", "1.234,5"],
      ["2026-01-04", -3],
      ["2026-01-05", "45%"],
      ["2026-01-06", 0.1 + 0.2],
    ]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([12.5, 12.5, 1234.5, -3, 45, 0.1 + 0.2]);
  });

  it("reads a table that starts in column B, rich text and links", async () => {
    const { rows, errors } = await read([
      [null, "peildatum", "waarde", "toelichting"],
      [
        null,
        "2026-01-01",
        7,
        { richText: [{ text: "vet", font: { bold: true } }, { text: " en gewoon" }] } as ExcelJS.CellRichTextValue,
      ],
      [null, "2026-01-02", 8, { text: "verslag", hyperlink: "https://voorbeeld.example/verslag" }],
    ]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.note)).toEqual(["vet en gewoon", "verslag"]);
  });

  it("skips empty rows, which keep their numbers", async () => {
    const { rows } = await read([["datum", "waarde"], [], ["2026-01-01", 1], [], [], ["2026-01-02", 2]]);
    expect(rows.map((r) => r.line)).toEqual([3, 6]);
  });

  it("reads only the first visible sheet", async () => {
    const book = new ExcelJS.Workbook();
    const hidden = book.addWorksheet("Oud", { state: "hidden" });
    hidden.addRow(["datum", "waarde"]);
    hidden.addRow(["2030-01-01", 99]);
    const first = book.addWorksheet("Metingen");
    first.addRow(["datum", "waarde"]);
    first.addRow(["2026-01-01", 1]);
    book.addWorksheet("Tweede").addRow(["2031-01-01", 98]);
    const result = await readMeasurementsXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(result).toEqual({ rows: [{ line: 2, measuredOn: "2026-01-01", value: 1, note: "" }], errors: [] });
  });
});

describe("formulas", () => {
  it("count with the result Excel saved with them", async () => {
    const { rows, errors } = await read([
      ["datum", "waarde", "toelichting"],
      [{ formula: "DATE(2026,1,1)", result: utcDay("2026-01-01") }, { formula: "B3*2", result: 24 }, "som"],
      ["2026-01-02", 12, { formula: '"week "&1', result: "week 1" }],
    ]);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, measuredOn: "2026-01-01", value: 24, note: "som" },
      { line: 3, measuredOn: "2026-01-02", value: 12, note: "week 1" },
    ]);
  });

  it("without a saved result are refused, naming the row and the formula, and nothing is read", async () => {
    const { rows, errors } = await read([
      ["datum", "waarde"],
      ["2026-01-01", 1],
      ["2026-01-02", { formula: "B2*2" } as ExcelJS.CellFormulaValue],
    ]);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 3,
        field: "row",
        code: "formulaWithoutResult",
        text:
          "Regel 3: hier staat een formule zonder uitkomst (=B2*2). " +
          "Open het bestand in Excel en sla het daar opnieuw op, of zet de waarde zelf in de cel.",
        input: "=B2*2",
      },
    ]);
  });

  it("with an error as result give the error as the text that is wrong", async () => {
    const { errors } = await read([
      ["datum", "waarde"],
      ["2026-01-01", { formula: "1/0", result: { error: "#DIV/0!" } }],
    ]);
    expect(errors).toMatchObject([{ line: 2, code: "valueInvalid", input: "#DIV/0!" }]);
  });
});

describe("the row rules of a paste", () => {
  it("apply to a workbook with the same messages, and nothing is read when one row is wrong", async () => {
    const { rows, errors } = await read([
      ["datum", "waarde"],
      ["2026-01-01", 1],
      ["31-02-2026", 2],
      [utcDay("2026-01-01"), "twaalf"],
      [null, 4],
      [utcDay("2026-03-01"), utcDay("2026-03-02")],
      ["2026-04-01", 5, "een", "te veel"],
    ]);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.code, e.input])).toEqual([
      [3, "dateNonexistent", "31-02-2026"],
      [4, "duplicateDate", "01-01-2026"],
      [4, "valueInvalid", "twaalf"],
      [5, "dateMissing", undefined],
      [6, "valueInvalid", "02-03-2026"],
      [7, "tooManyColumns", undefined],
    ]);
    expect(errors[0]?.text).toBe("Regel 3: de datum ‘31-02-2026’ bestaat niet.");
    // No hint about separators: a workbook has none.
    expect(errors.at(-1)?.text).toBe(
      "Regel 7: er staan meer dan drie kolommen: verwacht zijn peildatum, waarde en eventueel een toelichting.",
    );
  });

  it("say a sheet without measurements has none in the file", async () => {
    expect(await read([["peildatum", "waarde", "toelichting"]])).toEqual({
      rows: [],
      errors: [{ line: 0, field: "row", code: "noRows", text: "Er staan geen metingen in het bestand." }],
    });
  });

  it("refuse a workbook of 50,000 rows as a whole, saying how many there are", async () => {
    const start = Date.UTC(1900, 0, 1);
    const rows: Row[] = [["datum", "waarde"]];
    for (let i = 0; i < 50_000; i += 1) rows.push([new Date(start + i * 86_400_000), i]);
    const bytes = await workbook(rows);
    const result = await readMeasurementsXlsx(bytes);
    expect(result).toEqual({
      rows: [],
      errors: [
        {
          line: 0,
          field: "row",
          code: "tooManyRows",
          text: `Er staan 50000 metingen in het bestand; per keer kunnen er hoogstens ${MAX_ROWS}. Verdeel ze over meerdere bestanden.`,
        },
      ],
    });
  }, 60_000);
});

describe("a file that is no workbook to read", () => {
  it("is unreadable when the zip is broken", async () => {
    const bytes = await workbook([["datum", "waarde"]]);
    expect(await readMeasurementsXlsx(bytes.subarray(0, bytes.length / 2))).toEqual({ problem: "xlsxUnreadable" });
  });

  it("is no workbook when it is another kind of zip file", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(await readMeasurementsXlsx(bytes)).toEqual({ problem: "fileNotText" });
  });

  it("is too large when it unpacks to more than the limit, however small the file", async () => {
    const zip = await JSZip.loadAsync(await workbook([["datum", "waarde"]]));
    zip.file("xl/media/opvulling.bin", new Uint8Array(MAX_UNPACKED_BYTES + 1));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(100_000);
    expect(await readMeasurementsXlsx(bytes)).toEqual({ problem: "xlsxTooLarge" });
  });
});
