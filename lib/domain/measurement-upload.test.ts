import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, MAX_PASTE_BYTES } from "./import-limits";
import { decodeTextFile, readMeasurementUpload, type Upload } from "./measurement-upload";

// Notes as Dutch Excel writes them: the characters Windows-1252 keeps in 0x80–0x9F, and accents.
const NOTE = "€ ‘café’ – “zo” — … ë";
const CSV = `peildatum;waarde;toelichting\r\n15-01-2026;12,5;${NOTE}\r\n15-02-2026;14;\r\n`;
const ROWS = [
  { line: 2, measuredOn: "2026-01-15", value: 12.5, note: NOTE },
  { line: 3, measuredOn: "2026-02-15", value: 14, note: "" },
];

/** What the browser sends when no file was chosen. */
const NO_FILE = new File([], "", { type: "application/octet-stream" });
/** The same after the server action's form parser, which names the nameless file. */
const NO_FILE_PARSED = new File([], "undefined", { type: "application/octet-stream" });

function file(bytes: Uint8Array | string, name: string, type = ""): File {
  return new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
}

function withBom(bom: number[], body: Buffer): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(bom), body]));
}

async function refusal(upload: Promise<Upload>) {
  const result = await upload;
  return result.ok ? result : { field: result.field, problem: result.problem, pasted: result.pasted };
}

describe("the text of a file", () => {
  it("is read from Windows-1252, as Dutch Excel saves a CSV, with € ‘ ’ “ ” – — … kept exactly", () => {
    const bytes = iconv.encode(CSV, "windows-1252");
    // The bytes Windows-1252 has for € ‘ ’ – … ; in UTF-8 or Latin-1 they would be read as something else.
    for (const byte of [0x80, 0x91, 0x92, 0x96, 0x85]) expect(bytes.includes(byte)).toBe(true);
    expect(decodeTextFile(new Uint8Array(bytes))).toBe(CSV);
  });

  it("is read from UTF-8, with or without a byte-order mark", () => {
    expect(decodeTextFile(new Uint8Array(Buffer.from(CSV, "utf8")))).toBe(CSV);
    expect(decodeTextFile(withBom([0xef, 0xbb, 0xbf], Buffer.from(CSV, "utf8")))).toBe(CSV);
  });

  it("is read from UTF-16 little endian with a byte-order mark, as Excel saves Unicode text", () => {
    const text = CSV.replaceAll(";", "\t");
    expect(decodeTextFile(withBom([0xff, 0xfe], iconv.encode(text, "utf-16le")))).toBe(text);
  });

  it("is read from UTF-16 big endian with a byte-order mark", () => {
    expect(decodeTextFile(withBom([0xfe, 0xff], iconv.encode(CSV, "utf-16be")))).toBe(CSV);
  });

  it("is no text when it holds zero bytes without saying it is UTF-16", () => {
    expect(decodeTextFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toBeNull();
  });
});

describe("an upload", () => {
  it("of a Windows-1252 CSV gives the measurements, and its text for the text box", async () => {
    const bytes = new Uint8Array(iconv.encode(CSV, "windows-1252"));
    const upload = await readMeasurementUpload("", file(bytes, "metingen.csv", "application/vnd.ms-excel"));
    expect(upload).toEqual({ ok: true, from: "textFile", text: CSV, parsed: { rows: ROWS, errors: [] } });
  });

  it("of Excel's Unicode text (UTF-16, tabs) gives the measurements instead of 'not a text file'", async () => {
    const text = CSV.replaceAll(";", "\t");
    for (const [bom, encoding] of [
      [[0xff, 0xfe], "utf-16le"],
      [[0xfe, 0xff], "utf-16be"],
    ] as const) {
      const upload = await readMeasurementUpload(
        "",
        file(withBom([...bom], iconv.encode(text, encoding)), "metingen.txt", "text/plain"),
      );
      expect(upload.ok && upload.parsed).toEqual({ rows: ROWS, errors: [] });
    }
  });

  it("of an Excel workbook gives its measurements and leaves the text box as it was", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Metingen");
    sheet.addRow(["Datum", "Waarde", "Notitie"]);
    sheet.addRow([new Date("2026-01-15T00:00:00Z"), 12.5, NOTE]);
    sheet.addRow([new Date("2026-02-15T00:00:00Z"), 14]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    // Browsers call a workbook by its type, or (some) by nothing at all.
    for (const type of ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ""]) {
      const upload = await readMeasurementUpload("", file(bytes, "metingen.xlsx", type));
      expect(upload).toEqual({ ok: true, from: "workbook", text: "", parsed: { rows: ROWS, errors: [] } });
    }
  });

  it("of an empty file gets a message about the file, not about the paste box", async () => {
    for (const empty of [file("", "metingen.csv", "text/csv"), file("\uFEFF\r\n", "metingen.csv", "text/csv")]) {
      expect(await refusal(readMeasurementUpload("", empty))).toEqual({
        field: "file",
        problem: "fileEmpty",
        pasted: "",
      });
    }
  });

  it("without a file and without text asks for one of the two", async () => {
    expect(await refusal(readMeasurementUpload("  \n", NO_FILE))).toEqual({
      field: "csv",
      problem: "csvRequired",
      pasted: "  \n",
    });
    expect(await refusal(readMeasurementUpload(null, null))).toEqual({
      field: "csv",
      problem: "csvRequired",
      pasted: "",
    });
    expect(await refusal(readMeasurementUpload("", NO_FILE_PARSED))).toMatchObject({ problem: "csvRequired" });
  });

  it("of a file beside pasted text refuses the file and keeps the text", async () => {
    expect(await refusal(readMeasurementUpload("15-01-2026;3", file(CSV, "metingen.csv", "text/csv")))).toEqual({
      field: "file",
      problem: "csvOrFile",
      pasted: "15-01-2026;3",
    });
  });

  it("refuses a file over the size limit", async () => {
    const large = file("x".repeat(MAX_FILE_BYTES + 1), "metingen.csv", "text/csv");
    expect(await refusal(readMeasurementUpload("", large))).toMatchObject({ field: "file", problem: "fileTooLarge" });
  });

  it("refuses a picture, an old Excel file and a zip that is no workbook, each with its own message", async () => {
    const png = file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), "foto.png", "image/png");
    const xls = file(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "oud.xls",
      "application/vnd.ms-excel",
    );
    const zip = file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "kapot.xlsx");
    expect(await refusal(readMeasurementUpload("", png))).toMatchObject({ field: "file", problem: "fileNotText" });
    expect(await refusal(readMeasurementUpload("", xls))).toMatchObject({ field: "file", problem: "xlsOld" });
    expect(await refusal(readMeasurementUpload("", zip))).toMatchObject({ field: "file", problem: "xlsxUnreadable" });
  });
});

describe("pasted text", () => {
  it("is read as it is, beside the empty file field the browser sends with it", async () => {
    for (const noFile of [NO_FILE, NO_FILE_PARSED, null]) {
      const upload = await readMeasurementUpload(CSV, noFile);
      expect(upload).toEqual({ ok: true, from: "paste", text: CSV, parsed: { rows: ROWS, errors: [] } });
    }
  });

  it("over the size limit is refused on the server too, with the text kept for the box", async () => {
    // Line breaks count as the browser sends them (CRLF): this text is just over the limit only because of them.
    const line = "15-01-2026;12,5;toelichting\n";
    const text = line.repeat(Math.floor(MAX_PASTE_BYTES / (line.length + 1)) + 1);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_PASTE_BYTES);
    expect(await refusal(readMeasurementUpload(text, NO_FILE))).toEqual({
      field: "csv",
      problem: "pasteTooLarge",
      pasted: text,
    });
  });
});
