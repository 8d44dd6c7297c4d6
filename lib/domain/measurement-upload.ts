// What the import form sends, read into measurements: the pasted text, or the chosen file (an Excel workbook, or a
// CSV or text file in whatever encoding Excel wrote it). Problems with the input itself come back as a message key
// of the "validation" messages and the field they belong to; problems with rows come back from the row rules.
import iconv from "iconv-lite";
import { MAX_FILE_BYTES, MAX_PASTE_BYTES, pastedBytes } from "./import-limits";
import { type ParsedMeasurements, parseMeasurementsCsv } from "./measurement-csv";
import { readMeasurementsXlsx, type WorkbookProblem } from "./measurement-xlsx";

export type UploadProblem =
  | "csvRequired"
  | "csvOrFile"
  | "pasteTooLarge"
  | "fileEmpty"
  | "fileTooLarge"
  | "fileNotText"
  | "xlsOld"
  | WorkbookProblem;

export type Upload =
  | { ok: false; field: "csv" | "file"; problem: UploadProblem; pasted: string }
  /**
   * `text` is what the text box shows afterwards: the pasted text, or the text of a CSV or text file so its lines can
   * be corrected there. A workbook's rows are corrected in Excel: its `text` is the (empty) text box as it was.
   */
  | { ok: true; from: "paste" | "textFile" | "workbook"; text: string; parsed: ParsedMeasurements };

// What browsers report for a .csv or .txt file besides text/*: Windows calls a CSV an Excel file, some say nothing.
const LOOSE_TYPES = ["", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// The container of Excel 97–2003 files (.xls), which Excel also uses for a workbook with a password.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The text of a CSV or text file, or null when it is no text. A byte-order mark says the encoding: UTF-16 little
 * endian is what Excel saves as "Unicode-tekst" (tab-separated), big endian is rarer; UTF-8 with or without it. A
 * file that is not valid UTF-8 is Windows-1252, which Dutch Excel uses for "CSV (gescheiden door
 * lijstscheidingsteken)": there 0x80–0x9F are € ‘ ’ “ ” – — … and not control characters.
 */
export function decodeTextFile(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xff, 0xfe])) return iconv.decode(buffer.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return iconv.decode(buffer.subarray(2), "utf-16be");
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(buffer, "windows-1252");
  }
}

/**
 * Without a chosen file, browsers still send the field: an empty file without a name. On its way through the server
 * action's form parser that nameless file is called "undefined" (or "blob"); a file someone chose has its own name.
 */
const NO_NAME = ["", "undefined", "blob"];

function chosenFile(value: FormDataEntryValue | null): File | null {
  if (typeof value !== "object" || value === null) return null;
  return value.size > 0 || !NO_NAME.includes(value.name) ? value : null;
}

/** Reads the form's `csv` (pasted text) and `file` fields; at most one of the two may be used. */
export async function readMeasurementUpload(
  pastedValue: FormDataEntryValue | null,
  fileValue: FormDataEntryValue | null,
): Promise<Upload> {
  const pasted = typeof pastedValue === "string" ? pastedValue : "";
  const refuse = (field: "csv" | "file", problem: UploadProblem): Upload => ({ ok: false, field, problem, pasted });
  if (pastedBytes(pasted) > MAX_PASTE_BYTES) return refuse("csv", "pasteTooLarge");

  const file = chosenFile(fileValue);
  if (!file) {
    if (!pasted.trim()) return refuse("csv", "csvRequired");
    return { ok: true, from: "paste", text: pasted, parsed: parseMeasurementsCsv(pasted) };
  }
  // Both at once would leave one of them unused without saying so; the pasted text stays in the box.
  if (pasted.trim()) return refuse("file", "csvOrFile");
  if (file.size === 0) return refuse("file", "fileEmpty");
  if (file.size > MAX_FILE_BYTES) return refuse("file", "fileTooLarge");

  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWith(bytes, ZIP)) {
    const parsed = await readMeasurementsXlsx(bytes);
    if ("problem" in parsed) return refuse("file", parsed.problem);
    return { ok: true, from: "workbook", text: pasted, parsed };
  }
  if (startsWith(bytes, OLE)) return refuse("file", "xlsOld");
  const textual =
    file.type.startsWith("text/") || (LOOSE_TYPES.includes(file.type) && /\.(csv|tsv|txt)$/i.test(file.name));
  const text = textual ? decodeTextFile(bytes) : null;
  if (text === null) return refuse("file", "fileNotText");
  if (!text.trim()) return refuse("file", "fileEmpty");
  return { ok: true, from: "textFile", text, parsed: parseMeasurementsCsv(text, "file") };
}
