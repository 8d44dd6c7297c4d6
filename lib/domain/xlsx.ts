// Excel workbooks (.xlsx) as the twin of each CSV download: the same header and rows (CsvValue, lib/domain/csv.ts),
// but typed, so Excel calculates and sorts without converting anything.
import ExcelJS from "exceljs";
import { type CsvValue, formatCsvNumber, isCsvDay } from "./csv";
import { dayIn, parseDay, TIME_ZONE } from "./time";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Stored as Excel's format code; Dutch Excel shows it as dd-mm-jjjj. */
export const XLSX_DATE_FORMAT = "dd-mm-yyyy";

/**
 * The rules of the workbooks we write:
 *
 * - One sheet, named after the download. Row 1 holds the column names as a person reads them, in bold, frozen so it
 *   stays in view, with a filter button; each column is as wide as its content, up to a limit beyond which text
 *   wraps (as does text of several lines).
 * - Numbers are number cells; calendar days and moments are date cells (a moment as the day it falls on in
 *   Amsterdam, as in the CSV) with the format dd-mm-jjjj.
 * - Text is always a text cell: Excel never runs it as a formula, whatever it starts with, so it needs no ' in front
 *   (the CSV does, because there Excel decides what a cell is). No cell we write is a formula.
 */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const DATE_WIDTH = 12;
const HEADER_FILL = "FFE8EEF4";

type Cell = { value: string | number | Date | null; date: boolean; width: number; lines?: boolean };

/** A day as Excel stores it: a date at midnight UTC, which Excel shows as that day wherever it is opened. */
function excelDay(day: string): Date | null {
  const parts = parseDay(day);
  return parts ? new Date(Date.UTC(parts.year, parts.month - 1, parts.day)) : null;
}

function longestLine(text: string): number {
  return text.split(/\r\n|\r|\n/).reduce((longest, line) => Math.max(longest, line.length), 0);
}

function cellOf(value: CsvValue, timeZone: string): Cell {
  if (value === null || value === undefined) return { value: null, date: false, width: 0 };
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { value, date: false, width: formatCsvNumber(value).length }
      : { value: null, date: false, width: 0 };
  }
  if (value instanceof Date) {
    const day = Number.isNaN(value.getTime()) ? null : excelDay(dayIn(value, timeZone));
    return { value: day, date: day !== null, width: DATE_WIDTH };
  }
  if (isCsvDay(value)) {
    const day = excelDay(value.day);
    return day
      ? { value: day, date: true, width: DATE_WIDTH }
      : { value: value.day, date: false, width: value.day.length };
  }
  return { value, date: false, width: longestLine(value), lines: /[\r\n]/.test(value) };
}

/** Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  const name = title
    .replace(/[:\\/?*[\]]/g, " ")
    .trim()
    .slice(0, 31)
    .trim();
  return name || "Gegevens";
}

/** A workbook with one sheet: the header in row 1, then one row per row. */
export async function toXlsx({
  title,
  header,
  rows,
  timeZone = TIME_ZONE,
}: {
  title: string;
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
  timeZone?: string;
}): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Impactkoers";
  workbook.title = title;
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });

  const widths = header.map((name) => longestLine(name));
  const head = sheet.addRow([...header]);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: "thin" } };
    cell.alignment = { vertical: "top", wrapText: true };
  });

  for (const row of rows) {
    const cells = header.map((_, index) => cellOf(row[index], timeZone));
    const added = sheet.addRow(cells.map((cell) => cell.value));
    cells.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.width);
      const target = added.getCell(index + 1);
      if (cell.date) target.numFmt = XLSX_DATE_FORMAT;
      // Text wider than the widest column, or of several lines, wraps: all of it shows.
      target.alignment = { vertical: "top", wrapText: cell.width > MAX_WIDTH || cell.lines === true };
    });
  }

  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
  if (header.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
