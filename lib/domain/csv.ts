// CSV files made for Excel in Dutch, and a reader for them (the tests read our own files back with it). The
// formats themselves are left to csv-stringify and csv-parse; this module holds the dialect and how values look.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { dayIn, parseDay, TIME_ZONE } from "./time";

/**
 * The rules of the files we write:
 *
 * - Encoding UTF-8 with a byte-order mark, so Excel shows ë, é and € correctly; lines end in CRLF, the last one too.
 * - A semicolon between cells: Dutch Excel splits on it when the file is opened with a double click (it expects a
 *   comma only where the comma is not the decimal separator).
 * - A cell is put between double quotes when it holds a semicolon, a double quote or a line break; a double quote
 *   inside is written twice. Other cells are written as they are.
 * - Numbers have a decimal comma and no thousands separator ("1234,5", "-3"): Dutch Excel reads them as numbers.
 *   At most 15 significant digits, so 0.1 + 0.2 is written as "0,3"; never in exponent notation.
 * - Calendar days and moments are written as dd-mm-jjjj ("27-11-2026"), a moment as the day it falls on in
 *   Amsterdam. Excel reads that as a date.
 * - Formula injection: Excel runs a cell that starts with =, +, - or @ as a formula (and a leading tab or carriage
 *   return can hide one). Every TEXT cell that starts with one of those characters (or their full-width forms) gets
 *   a ' in front ("'=HYPERLINK(…)"), which Excel shows as text and does not run. What counts is the type of the
 *   value, not how the text looks: a value that is a number (typed number, such as a measurement of -3) is written
 *   as the number "-3" and stays a number in Excel; a text that merely looks like one ("-3" typed in a note) is text
 *   and gets the '. Dates are always digits first, so they never need it.
 */
export const CSV_SEPARATOR = ";";
export const CSV_LINE_END = "\r\n";
export const CSV_BOM = "\uFEFF";

/** A calendar day ("2026-11-27") to be written as a date; a plain string would be written as text. */
export type CsvDay = { readonly day: string };
export type CsvValue = string | number | Date | CsvDay | null | undefined;

export function csvDay(value: string | null | undefined): CsvDay | null {
  return value ? { day: value } : null;
}

export function isCsvDay(value: CsvValue): value is CsvDay {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "day" in value;
}

/** A number with a decimal comma, no grouping and no exponent; empty for NaN and infinity. */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  if (Object.is(value, -0) || value === 0) return "0";
  // 15 significant digits drop the noise of binary fractions (0.30000000000000004).
  const tidy = Number(value.toPrecision(15));
  let text = String(tidy);
  if (/e/i.test(text)) {
    const abs = Math.abs(tidy);
    text = abs >= 1 ? BigInt(Math.round(tidy)).toString() : tidy.toFixed(20).replace(/0+$/, "");
  }
  return text.replace(".", ",");
}

function two(value: number) {
  return String(value).padStart(2, "0");
}

/** "2026-11-27" as "27-11-2026"; anything that is no real day comes back unchanged. */
export function formatCsvDay(value: string): string {
  const day = parseDay(value);
  return day ? `${two(day.day)}-${two(day.month)}-${day.year}` : value;
}

/** The day a moment falls on in Amsterdam, as dd-mm-jjjj. */
export function formatCsvMoment(value: Date, timeZone = TIME_ZONE): string {
  return formatCsvDay(dayIn(value, timeZone));
}

// Numbers and days are written by their type; csv-stringify leaves a number's "-3" alone (escape_formulas looks at
// the value before casting) and puts a ' before every text that could start a formula.
const WRITE_OPTIONS = {
  delimiter: CSV_SEPARATOR,
  record_delimiter: CSV_LINE_END,
  // A lone LF or CR in a cell must be quoted too, or Excel would start a new row there.
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: {
    number: (value: number) => formatCsvNumber(value),
    date: (value: Date) => (Number.isNaN(value.getTime()) ? "" : formatCsvMoment(value)),
    // The only objects in a row are calendar days; one that is not a real day is written as the text it holds.
    object: (value: object) => {
      const day = (value as CsvDay).day;
      return parseDay(day) ? formatCsvDay(day) : day;
    },
  },
};

/** One cell as it appears in the file, quoted where needed. */
export function formatCsvCell(value: CsvValue): string {
  return stringify([[value]], { ...WRITE_OPTIONS, eof: false });
}

/** A whole file: byte-order mark, the header line and one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify([header, ...rows] as CsvValue[][], { ...WRITE_OPTIONS, bom: true });
}

/**
 * Reads a file written by toCsv (or by Dutch Excel) into rows of text cells, exactly as they stand in the file: the
 * ' of a neutralised formula stays. A byte-order mark is skipped; CRLF, LF and CR all end a line; quoted cells may
 * hold semicolons, "" for a quote and line breaks. The line break after the last row does not make an empty row.
 * Throws on a quote that is never closed.
 */
export function parseCsv(text: string, separator = CSV_SEPARATOR): string[][] {
  return parse(text, {
    delimiter: separator,
    bom: true,
    relax_column_count: true,
    record_delimiter: ["\r\n", "\n", "\r"],
  }) as string[][];
}

/** Rows as objects by the header's names; for reading a file back in tests and checks. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}

/** A file-name part of plain letters, digits and hyphens: "Samen minder eenzaam in Oost" → "samen-minder-eenzaam-in-oost". */
export function fileSlug(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
  return slug || "bestand";
}

/** The Content-Disposition of a download: a plain ASCII name, and the same name per RFC 5987 for good measure. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
