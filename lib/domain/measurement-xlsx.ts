// Measurements from an Excel workbook (.xlsx): the first sheet, read into cells that keep what Excel typed (numbers,
// dates, the saved result of a formula) and then checked by the same rules as a pasted text (measurement-csv.ts).
import ExcelJS, { type CellValue } from "exceljs";
import JSZip from "jszip";
import { type ImportCell, type ImportRecord, type ParsedMeasurements, readMeasurementRecords } from "./measurement-csv";

/**
 * How much a workbook may hold once unpacked. A workbook is a zip file: 1 MB can unpack to a thousand times as much,
 * and Excel's reader keeps all of it in memory. 50,000 rows of measurements with a short note take about 8 MB, so a
 * workbook with far too many rows is still read and refused for its rows, with a message that says how many.
 */
export const MAX_UNPACKED_BYTES = 16_000_000;

export type WorkbookProblem = "fileNotText" | "xlsxTooLarge" | "xlsxUnreadable";

/** Unpacks every part of the zip, counting, and stops at the limit; so Excel's reader never sees more than that. */
async function checkUnpackedSize(bytes: Uint8Array): Promise<WorkbookProblem | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return "xlsxUnreadable";
  }
  // Another kind of zip file (a Word document, a folder someone zipped) is not a workbook.
  if (!zip.file("xl/workbook.xml")) return "fileNotText";
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const fits = await new Promise<boolean | null>((resolve) => {
      const stream = entry.nodeStream("nodebuffer");
      stream.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total <= MAX_UNPACKED_BYTES) return;
        // Paused, the unpacking stops here.
        stream.pause();
        stream.removeAllListeners("data");
        resolve(false);
      });
      stream.on("end", () => resolve(true));
      stream.on("error", () => resolve(null));
    });
    if (fits === false) return "xlsxTooLarge";
    if (fits === null) return "xlsxUnreadable";
  }
  return null;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * One cell as the rules read it. Excel's dates come as Dates at midnight UTC of their day (Excel stores no time
 * zone); a formula counts with its saved result; rich text and links with their text; an error value by its code
 * (#N/A, #DIV/0!), which the row rules then name as a value that is no number or date.
 */
function importCell(value: CellValue, formula?: string): ImportCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : { day: isoDay(value) };
  if ("formula" in value || "sharedFormula" in value) {
    const text = `=${formula ?? value.formula ?? ""}`;
    return value.result === undefined ? { formula: text } : importCell(value.result);
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return importCell(value.text as CellValue);
  if ("error" in value) return value.error;
  return "";
}

function firstSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.state === "visible" || sheet.state === undefined);
}

/**
 * The measurements on the first visible sheet of a workbook, with Excel's row numbers as line numbers. Columns that
 * are empty on every row before the first filled one are left out, so a table that starts in column B reads as one
 * that starts in A. A problem with the file itself comes back as `problem`.
 */
export async function readMeasurementsXlsx(
  bytes: Uint8Array,
): Promise<ParsedMeasurements | { problem: WorkbookProblem }> {
  const problem = await checkUnpackedSize(bytes);
  if (problem) return { problem };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return { problem: "xlsxUnreadable" };
  }
  const sheet = firstSheet(workbook);
  const records: ImportRecord[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: ImportCell[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const cell = row.getCell(column);
      cells.push(importCell(cell.value, cell.formula));
    }
    records.push({ line: rowNumber, cells });
  });
  const filled = (cell: ImportCell) => cell !== "" && !(typeof cell === "string" && cell.trim() === "");
  const offsets = records.map((r) => r.cells.findIndex(filled)).filter((index) => index >= 0);
  const skip = offsets.reduce((least, index) => Math.min(least, index), offsets[0] ?? 0);
  const date1904 = Boolean(workbook.properties?.date1904);
  return readMeasurementRecords(
    records.map((r) => ({ line: r.line, cells: r.cells.slice(skip) })),
    { source: "file", date1904 },
  );
}
