import { describe, expect, it } from "vitest";
import {
  attachmentHeader,
  csvDay,
  csvRecords,
  fileSlug,
  formatCsvCell,
  formatCsvMoment,
  formatCsvNumber,
  parseCsv,
  toCsv,
} from "./csv";
import { parseDutchNumber } from "./numbers";

describe("CSV for Dutch Excel", () => {
  it("starts with a byte-order mark, separates with ; and ends every line with CRLF", () => {
    const file = toCsv(["Naam", "Waarde"], [["één", 12.5]]);
    expect(file.startsWith("\uFEFFNaam;Waarde\r\n")).toBe(true);
    expect(file).toBe("\uFEFFNaam;Waarde\r\néén;12,5\r\n");
    expect(Buffer.from(file, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("writes numbers with a decimal comma, without grouping or exponent", () => {
    expect(formatCsvNumber(12.5)).toBe("12,5");
    expect(formatCsvNumber(1234567.25)).toBe("1234567,25");
    expect(formatCsvNumber(-3)).toBe("-3");
    expect(formatCsvNumber(-0)).toBe("0");
    expect(formatCsvNumber(0.1 + 0.2)).toBe("0,3");
    expect(formatCsvNumber(0.00000012)).toBe("0,00000012");
    expect(formatCsvNumber(1e21)).toBe("1000000000000000000000");
    expect(formatCsvNumber(Number.NaN)).toBe("");
    expect(formatCsvNumber(Number.POSITIVE_INFINITY)).toBe("");
  });

  it("writes calendar days and moments as dd-mm-jjjj", () => {
    expect(formatCsvCell(csvDay("2026-03-01"))).toBe("01-03-2026");
    expect(formatCsvCell(csvDay(null))).toBe("");
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(formatCsvMoment(new Date("2026-12-31T23:30:00Z"))).toBe("01-01-2027");
    expect(formatCsvCell(new Date("2026-07-15T10:00:00Z"))).toBe("15-07-2026");
    expect(formatCsvCell(new Date(Number.NaN))).toBe("");
  });

  it("quotes cells with a semicolon, a quote or a line break, and nothing else", () => {
    expect(formatCsvCell("a;b")).toBe('"a;b"');
    expect(formatCsvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(formatCsvCell("regel 1\r\nregel 2")).toBe('"regel 1\r\nregel 2"');
    expect(formatCsvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(formatCsvCell("komma, prima")).toBe("komma, prima");
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(undefined)).toBe("");
  });

  it.each([
    ['=HYPERLINK("https://voorbeeld.example";"klik")', `"'=HYPERLINK(""https://voorbeeld.example"";""klik"")"`],
    ["=1+1", "'=1+1"],
    ["+31 6 12345678", "'+31 6 12345678"],
    ["-3", "'-3"],
    ["- een opsomming", "'- een opsomming"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", `"'\r=1+1"`],
    ["\uFF1D1+1", "'\uFF1D1+1"],
  ])("makes the text %j harmless as %s", (text, cell) => {
    expect(formatCsvCell(text)).toBe(cell);
  });

  it("neutralises a 'day' that is no real day like any other text", () => {
    expect(formatCsvCell(csvDay("=1+1"))).toBe("'=1+1");
    expect(formatCsvCell(csvDay("2026-02-30"))).toBe("2026-02-30");
  });

  it("keeps real numbers numbers, negative ones too, and leaves ordinary text alone", () => {
    expect(formatCsvCell(-3)).toBe("-3");
    expect(formatCsvCell(-12.5)).toBe("-12,5");
    expect(formatCsvCell("Minder eenzaamheid = het doel")).toBe("Minder eenzaamheid = het doel");
    expect(formatCsvCell("'al een apostrof")).toBe("'al een apostrof");
  });

  it("reads its own files back, cell for cell", () => {
    const rows = [
      ["gewoon", 12.5, csvDay("2026-11-27")],
      ["met ; erin", -3, null],
      ['met "quotes"', 0, csvDay("2027-01-02")],
      ["twee\r\nregels", 1234.5, null],
      ['=HYPERLINK("x")', 0.25, null],
      ["", "", ""],
    ] as const;
    const parsed = parseCsv(toCsv(["Tekst", "Getal", "Datum"], rows));
    expect(parsed).toEqual([
      ["Tekst", "Getal", "Datum"],
      ["gewoon", "12,5", "27-11-2026"],
      ["met ; erin", "-3", ""],
      ['met "quotes"', "0", "02-01-2027"],
      ["twee\r\nregels", "1234,5", ""],
      ['\'=HYPERLINK("x")', "0,25", ""],
      ["", "", ""],
    ]);
    expect(parsed.slice(1).map((row) => parseDutchNumber(row[1] ?? ""))).toEqual([12.5, -3, 0, 1234.5, 0.25, null]);
  });

  it("reads files with LF or CR line ends, without a final line end and without a BOM", () => {
    expect(parseCsv("a;b\nc;d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a;b\rc;d\r")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv('"";x\r\n')).toEqual([["", "x"]]);
    expect(parseCsv("")).toEqual([]);
    expect(() => parseCsv('"niet gesloten')).toThrow();
  });

  it("gives records by header name", () => {
    expect(csvRecords(toCsv(["Naam", "Waarde"], [["a", 1], ["b"]]))).toEqual([
      { Naam: "a", Waarde: "1" },
      { Naam: "b", Waarde: "" },
    ]);
  });

  it("makes plain file names and a safe Content-Disposition", () => {
    expect(fileSlug("Samen minder eenzaam in Oost")).toBe("samen-minder-eenzaam-in-oost");
    expect(fileSlug("Taalcafé voor nieuwkomers!")).toBe("taalcafe-voor-nieuwkomers");
    expect(fileSlug("???")).toBe("bestand");
    expect(fileSlug("a".repeat(80)).length).toBe(60);
    expect(attachmentHeader("aannames-oost.csv")).toBe(
      `attachment; filename="aannames-oost.csv"; filename*=UTF-8''aannames-oost.csv`,
    );
    expect(attachmentHeader('café "x".csv')).toBe(
      `attachment; filename="caf_ _x_.csv"; filename*=UTF-8''caf%C3%A9%20%22x%22.csv`,
    );
  });
});
