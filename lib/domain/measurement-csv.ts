// Reading many measurements at once, pasted from Excel, uploaded as CSV or text, or read from an Excel workbook
// (measurement-xlsx.ts): every row is checked by the same rules, all or nothing.
import { CsvError, parse } from "csv-parse/sync";
import { formatCsvNumber } from "./csv";
import { MAX_ROWS } from "./import-limits";
import { parseDay } from "./time";

/**
 * The rules, as the help text can tell them:
 *
 * Columns: peildatum, waarde and optionally toelichting. Lines that are empty (or hold only separators, as Excel
 * writes them) are skipped; a UTF-8 BOM and Windows, Unix or old Mac line endings are fine. The first non-empty line
 * is a header when its first cell is text without a digit ("peildatum", "Datum", "date", ...): a real date always
 * has digits, so no measurement can be skipped this way. When every name in the header is one we know (Dutch or
 * English: datum/date, waarde/value, toelichting/notitie/note, ... see COLUMN_NAMES) and it names a date and a value,
 * the columns are taken by name, in any order; otherwise by position. Line numbers count every line of the text from
 * 1, including the header, empty lines and the lines of a quoted note (in a workbook: Excel's row numbers); 0 means
 * the paste as a whole.
 *
 * Separator, one for the whole paste (quoted text does not count): a tab when there is one anywhere (copying cells
 * from Excel gives tabs), otherwise a semicolon when there is one (a Dutch Excel CSV), otherwise a comma. With commas
 * between the columns a decimal comma must be quoted ("12,5"); a row that looks like an unquoted decimal comma (a
 * number, then a note of only digits: date,12,5) is refused rather than read as value 12 with note "5". Fields may be
 * quoted, with "" for a quote inside; a quoted toelichting may span lines. Extra empty columns are ignored, extra
 * filled ones are refused.
 *
 * Dates: day-month-year as 27-11-2026, 27/11/2026 or 27.11.2026 (leading zeros optional), or 2026-11-27 (also with
 * slashes). Two-digit years are refused: 26 could be 1926 or 2026. A time of day after the date (Excel's
 * "27-11-2026 00:00") is ignored. The date must exist. Each date may appear only once. In a workbook a date may also
 * be a real Excel date: a date cell, or a number in the date column (Excel's day number, as in 46353).
 *
 * Values: a comma is the decimal separator ("12,5"); dots before it group thousands in threes ("1.234,5"), as do
 * spaces ("1 234,5"). Without a comma, several dots group thousands ("1.234.567") and one dot is a decimal point
 * ("12.5", "0.125") — except a single dot with exactly three digits after it and one to three before it, not
 * starting with 0 ("1.234", "12.500"): that is 1234 to a Dutch reader and 1.234 to an English one. The other values
 * in the same paste settle it: decimal commas or dot-grouped thousands there mean thousands here, decimal points there
 * mean a decimal point here; with no evidence, or evidence both ways, the row is refused and the user asked to write
 * it unambiguously. A sign (+, -, −), a euro sign and a trailing % are allowed; a percentage keeps its number
 * (12,5% is 12.5, in the indicator's own unit). In a workbook a number cell is taken as it is.
 *
 * A formula in a workbook counts with the result Excel saved with it; a formula without a saved result is refused.
 *
 * At most MAX_ROWS measurements per paste. Any error means no rows are returned, so nothing can be half imported.
 */
export { MAX_ROWS };

export type CsvErrorCode =
  | "noRows"
  | "tooManyRows"
  | "unclosedQuote"
  | "misplacedQuote"
  | "tooManyColumns"
  | "ambiguousComma"
  | "formulaWithoutResult"
  | "dateMissing"
  | "dateInvalid"
  | "dateNonexistent"
  | "duplicateDate"
  | "valueMissing"
  | "valueInvalid"
  | "valueAmbiguous";

export type CsvRowError = {
  /** 1-based line of the pasted text, counting header and empty lines; 0 for the paste as a whole. */
  line: number;
  field: "date" | "value" | "row";
  code: CsvErrorCode;
  /** In Dutch, naming the line and what was wrong. */
  text: string;
  /** The text as given, where one field was wrong, so the interface can word the message in another language. */
  input?: string;
};

export type ParsedMeasurement = { line: number; measuredOn: string; value: number; note: string };
export type ParsedMeasurements = { rows: ParsedMeasurement[]; errors: CsvRowError[] };

/**
 * One cell as read: text (pasted, from a text file, or a text cell of a workbook), or what a workbook holds typed:
 * a number, a date (`day`, as 2026-11-27) or a formula whose result was not saved (`formula`, as =B2*2).
 */
export type ImportCell = string | number | { readonly day: string } | { readonly formula: string };
/** A row of cells and the line (or the workbook's row number) it starts on. */
export type ImportRecord = { line: number; cells: ImportCell[] };

export type ReadOptions = {
  /** Where the measurements come from, for the messages about the whole: pasted text or a file. */
  source?: "text" | "file";
  /** The separator of a text, for the hints about it; none for a workbook. */
  separator?: string;
  /** Whether a workbook counts its day numbers from 1904 (old Excel for Mac) instead of 1900. */
  date1904?: boolean;
};

const QUOTED = /"(?:[^"]|"")*"/g;

function detectSeparator(text: string): string {
  const unquoted = text.replace(QUOTED, "");
  if (unquoted.includes("\t")) return "\t";
  if (unquoted.includes(";")) return ";";
  return ",";
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Splits the text into records with csv-parse. A quote opens a quoted field only at the start of a field (spaces
 * before it do not count), as in Excel; a quote elsewhere is an ordinary character. A quote that is never closed, or
 * text after a closing quote, ends the reading: the records before it are returned with the problem.
 */
function tokenize(text: string, separator: string): { records: ImportRecord[]; problem: CsvRowError | null } {
  const records: ImportRecord[] = [];
  let line = 1;
  try {
    parse(text, {
      delimiter: separator,
      bom: true,
      trim: true,
      relax_quotes: true,
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      on_record: (fields: string[]) => {
        records.push({ line, cells: fields.map((field) => field.replace(LINE_BREAK, "\n")) });
        // Only a quoted field can hold line breaks; they are lines of the text all the same.
        line += 1 + fields.reduce((breaks, field) => breaks + (field.match(LINE_BREAK)?.length ?? 0), 0);
        return null;
      },
    });
  } catch (caught) {
    if (!(caught instanceof CsvError)) throw caught;
    if (caught.code === "CSV_QUOTE_NOT_CLOSED") {
      const text = "een aanhalingsteken wordt niet afgesloten. Zet er een tweede aanhalingsteken achter de tekst.";
      return { records, problem: error(line, "row", "unclosedQuote", text) };
    }
    const text =
      "na een aanhalingsteken dat een tekst afsluit, staat nog meer tekst. " +
      'Staat er een aanhalingsteken in de tekst zelf? Schrijf het dan dubbel ("").';
    return { records, problem: error(line, "row", "misplacedQuote", text) };
  }
  return { records, problem: null };
}

type DateResult = { ok: string } | { error: "dateInvalid" } | { error: "dateNonexistent"; dayAfterMonth: boolean };

function readDate(input: string): DateResult {
  const text = input.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, "");
  const dmy = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  const ymd = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(text);
  const [year, month, day] = dmy ? [dmy[4], dmy[3], dmy[1]] : ymd ? [ymd[1], ymd[3], ymd[4]] : [];
  if (!year || !month || !day) return { error: "dateInvalid" };
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (parseDay(iso)) return { ok: iso };
  // 11/27/2026 is an American date; saying so helps more than "does not exist".
  return { error: "dateNonexistent", dayAfterMonth: Number(month) > 12 && Number(day) <= 12 };
}

/** A date typed as text, or a day number of Excel. */
function readDateCell(cell: string | number, date1904 = false): DateResult {
  if (typeof cell === "string") return readDate(cell);
  const day = excelSerialDay(cell, date1904);
  return day ? { ok: day } : { error: "dateInvalid" };
}

type Notation = "decimalComma" | "decimalPoint" | "neutral";
type ValueResult =
  | { ok: number; notation: Notation }
  | { error: "valueInvalid" }
  | { error: "valueAmbiguous"; asThousands: number; asDecimal: number };

function readValue(input: string): ValueResult {
  const match = /^([+\-−]?)\s*€?\s*([+\-−]?)(.*?)\s*%?$/.exec(input);
  const signs = `${match?.[1] ?? ""}${match?.[2] ?? ""}`;
  const body = (match?.[3] ?? "").replace(/[\u00a0\u202f]/g, " ");
  if (signs.length > 1) return { error: "valueInvalid" };
  const sign = signs === "-" || signs === "−" ? -1 : 1;
  const number = (digits: string) => {
    const value = sign * Number(digits);
    return value === 0 ? 0 : value; // no -0
  };
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(body)) {
    return { error: "valueAmbiguous", asThousands: number(body.replace(".", "")), asDecimal: number(body) };
  }
  if (/^\d+$/.test(body)) return { ok: number(body), notation: "neutral" };
  if (/^\d+,\d+$/.test(body)) return { ok: number(body.replace(",", ".")), notation: "decimalComma" };
  if (/^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(body)) {
    return { ok: number(body.replace(/\./g, "").replace(",", ".")), notation: "decimalComma" };
  }
  const spaced = /^[1-9]\d{0,2}( \d{3})+([.,]\d+)?$/.exec(body);
  if (spaced) {
    const notation = spaced[2]?.startsWith(",") ? "decimalComma" : spaced[2] ? "decimalPoint" : "neutral";
    return { ok: number(body.replace(/ /g, "").replace(",", ".")), notation };
  }
  if (/^\d+\.\d+$/.test(body)) return { ok: number(body), notation: "decimalPoint" };
  return { error: "valueInvalid" };
}

function dutchDate(iso: string): string {
  return iso.split("-").reverse().join("-");
}

function error(line: number, field: CsvRowError["field"], code: CsvErrorCode, text: string, input?: string) {
  const found: CsvRowError = { line, field, code, text: line > 0 ? `Regel ${line}: ${text}` : text };
  if (input !== undefined) found.input = input;
  return found;
}

// Errors of one line in the order of its columns.
const FIELD_ORDER: Record<CsvRowError["field"], number> = { row: 0, date: 1, value: 2 };

const SEPARATOR_NAMES: Record<string, string> = { "\t": "een tab", ";": "een puntkomma", ",": "een komma" };

const MS_PER_DAY = 86_400_000;

/**
 * Excel's day number as a calendar day. In the 1900 system day 1 is 1 January 1900 and Excel counts a 29 February
 * 1900 that never was (day 60), so later days are one less; in the 1904 system day 0 is 1 January 1904. A fraction
 * is the time of day and is ignored. Null for a number that is no day.
 */
export function excelSerialDay(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  let time: number;
  if (date1904) {
    if (whole < 0) return null;
    time = Date.UTC(1904, 0, 1) + whole * MS_PER_DAY;
  } else {
    if (whole < 1 || whole === 60) return null;
    time = Date.UTC(1899, 11, 31) + (whole > 60 ? whole - 1 : whole) * MS_PER_DAY;
  }
  const day = new Date(time).toISOString().slice(0, 10);
  return parseDay(day) ? day : null;
}

/** The names a header may give each column, compared without case, accents, spaces and anything in brackets. */
const COLUMN_NAMES = {
  date: ["peildatum", "datum", "meetdatum", "dag", "date", "day", "measurementdate", "measuredon"],
  value: ["waarde", "meetwaarde", "meting", "aantal", "score", "resultaat", "value", "measurement", "result"],
  note: ["toelichting", "notitie", "opmerking", "opmerkingen", "omschrijving", "note", "notes", "comment", "remark"],
} as const;

type Column = keyof typeof COLUMN_NAMES;
type Columns = { date: number; value: number; note: number | null };

const BY_POSITION: Columns = { date: 0, value: 1, note: 2 };

function columnName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\([^)]*\)/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/** The columns by the header's names, when every name is known and a date and a value are among them. */
function columnsByName(header: ImportCell[]): Columns | null {
  const found: Partial<Record<Column, number>> = {};
  for (const [index, cell] of header.entries()) {
    if (cell === "") continue;
    if (typeof cell !== "string") return null;
    const name = columnName(cell);
    const column = (Object.keys(COLUMN_NAMES) as Column[]).find((key) =>
      (COLUMN_NAMES[key] as readonly string[]).includes(name),
    );
    if (!column || found[column] !== undefined) return null;
    found[column] = index;
  }
  if (found.date === undefined || found.value === undefined) return null;
  return { date: found.date, value: found.value, note: found.note ?? null };
}

function isEmpty(cell: ImportCell | undefined): boolean {
  return cell === undefined || cell === "";
}

/** A cell as the text a note or a message shows. */
function cellText(cell: ImportCell | undefined): string {
  if (cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return formatCsvNumber(cell);
  return "day" in cell ? dutchDate(cell.day) : cell.formula;
}

type Checked = { line: number; measuredOn: string | null; value: ValueResult | null; valueText: string; note: string };

function formulaError(line: number, formula: string) {
  const text =
    `hier staat een formule zonder uitkomst (${formula}). ` +
    "Open het bestand in Excel en sla het daar opnieuw op, of zet de waarde zelf in de cel.";
  return error(line, "row", "formulaWithoutResult", text, formula);
}

/** Checks one row; what the date and value turn out to be is left for the whole paste to settle. */
function checkRow(
  { line, cells }: ImportRecord,
  columns: Columns,
  options: ReadOptions,
  errors: CsvRowError[],
): Checked | null {
  const used = [columns.date, columns.value, columns.note];
  if (cells.some((cell, index) => !used.includes(index) && !isEmpty(cell))) {
    const hint = options.separator
      ? ` Staat er ${SEPARATOR_NAMES[options.separator]} in de toelichting? Zet de toelichting dan tussen aanhalingstekens.`
      : "";
    const text = `er staan meer dan drie kolommen: verwacht zijn peildatum, waarde en eventueel een toelichting.${hint}`;
    errors.push(error(line, "row", "tooManyColumns", text));
    return null;
  }
  const dateCell = cells[columns.date] ?? "";
  const valueCell = cells[columns.value] ?? "";
  const noteCell = columns.note === null ? "" : (cells[columns.note] ?? "");
  const formula = [dateCell, valueCell, noteCell].find((cell) => typeof cell === "object" && "formula" in cell);
  if (formula) {
    errors.push(formulaError(line, cellText(formula)));
    return null;
  }
  const valueText = cellText(valueCell);
  const note = cellText(noteCell);
  if (
    options.separator === "," &&
    columns.note === columns.value + 1 &&
    /^[+\-−]?[\d.]+$/.test(valueText) &&
    /^\d+\s*%?$/.test(note)
  ) {
    const input = `${valueText},${note}`;
    const text =
      `‘${input}’ wordt gelezen als twee kolommen, omdat de kolommen met komma's gescheiden zijn. ` +
      `Bedoelt u een decimale komma? Zet de waarde dan tussen aanhalingstekens ("${input}") ` +
      "of gebruik puntkomma's tussen de kolommen.";
    errors.push(error(line, "value", "ambiguousComma", text, input));
    return null;
  }

  let measuredOn: string | null = null;
  const dateText = cellText(dateCell);
  if (dateText === "") {
    errors.push(error(line, "date", "dateMissing", "de peildatum ontbreekt."));
  } else if (typeof dateCell === "object" && "day" in dateCell) {
    measuredOn = dateCell.day;
  } else if (typeof dateCell !== "object") {
    const date = readDateCell(dateCell, options.date1904);
    if ("ok" in date) {
      measuredOn = date.ok;
    } else if (date.error === "dateInvalid") {
      const text = `‘${dateText}’ is geen datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 27-11-2026.`;
      errors.push(error(line, "date", "dateInvalid", text, dateText));
    } else {
      const hint = date.dayAfterMonth ? " Zet de dag vóór de maand, bijvoorbeeld 27-11-2026." : "";
      errors.push(error(line, "date", "dateNonexistent", `de datum ‘${dateText}’ bestaat niet.${hint}`, dateText));
    }
  }

  let value: ValueResult | null = null;
  if (valueText === "") {
    errors.push(error(line, "value", "valueMissing", "de waarde ontbreekt."));
  } else {
    value =
      typeof valueCell === "number"
        ? { ok: valueCell === 0 ? 0 : valueCell, notation: "neutral" }
        : typeof valueCell === "string"
          ? readValue(valueCell)
          : { error: "valueInvalid" };
    if ("error" in value && value.error === "valueInvalid") {
      errors.push(error(line, "value", "valueInvalid", `de waarde ‘${valueText}’ is geen getal.`, valueText));
    }
  }
  return { line, measuredOn, value, valueText, note };
}

/**
 * The rules above applied to rows of cells, from a text or a workbook. `problem` is what stopped the reading of a
 * text early (a quote not closed): it is reported after the problems of the rows before it.
 */
export function readMeasurementRecords(
  records: ImportRecord[],
  options: ReadOptions = {},
  problem: CsvRowError | null = null,
): ParsedMeasurements {
  const where = options.source === "file" ? "in het bestand" : "in de tekst";
  // trim() also removes a byte order mark (U+FEFF): the BOM Excel puts before the first cell needs no code of its own.
  const filled = records
    .map((r) => ({ line: r.line, cells: r.cells.map((c) => (typeof c === "string" ? c.trim() : c)) }))
    .filter((r) => r.cells.some((c) => !isEmpty(c)));
  const first = filled[0]?.cells[0];
  const hasHeader = typeof first === "string" && first !== "" && !/\d/.test(first);
  const columns = (hasHeader && filled[0] && columnsByName(filled[0].cells)) || BY_POSITION;
  const data = hasHeader ? filled.slice(1) : filled;

  if (data.length > MAX_ROWS) {
    const text =
      `Er staan ${data.length} metingen ${where}; per keer kunnen er hoogstens ${MAX_ROWS}. ` +
      (options.source === "file" ? "Verdeel ze over meerdere bestanden." : "Verdeel ze over meerdere keren.");
    return { rows: [], errors: [error(0, "row", "tooManyRows", text)] };
  }
  if (data.length === 0 && problem === null) {
    return { rows: [], errors: [error(0, "row", "noRows", `Er staan geen metingen ${where}.`)] };
  }

  const errors: CsvRowError[] = [];
  const checked = data.flatMap((record) => checkRow(record, columns, options, errors) ?? []);

  const firstLineOfDate = new Map<string, number>();
  for (const { line, measuredOn } of checked) {
    if (!measuredOn) continue;
    const earlier = firstLineOfDate.get(measuredOn);
    if (earlier === undefined) {
      firstLineOfDate.set(measuredOn, line);
    } else {
      const text =
        `de peildatum ${dutchDate(measuredOn)} staat ook al op regel ${earlier}. ` +
        "Elke datum mag maar één keer voorkomen.";
      errors.push(error(line, "date", "duplicateDate", text, dutchDate(measuredOn)));
    }
  }

  // How the unambiguous values of this paste are written decides what a lone "1.234" means.
  const notations = new Set(checked.map((c) => (c.value && "ok" in c.value ? c.value.notation : "neutral")));
  const dotGroupsThousands = notations.has("decimalComma") && !notations.has("decimalPoint");
  const dotIsDecimal = notations.has("decimalPoint") && !notations.has("decimalComma");

  const rows: ParsedMeasurement[] = [];
  for (const { line, measuredOn, value, valueText, note } of checked) {
    let number: number | null = null;
    if (value && "ok" in value) {
      number = value.ok;
    } else if (value?.error === "valueAmbiguous") {
      if (dotGroupsThousands) number = value.asThousands;
      else if (dotIsDecimal) number = value.asDecimal;
      else {
        const text =
          `bij de waarde ‘${valueText}’ is niet duidelijk of de punt duizendtallen scheidt ` +
          `of een decimaalteken is. Schrijf ${valueText.replace(".", "")} of ${valueText.replace(".", ",")}.`;
        errors.push(error(line, "value", "valueAmbiguous", text, valueText));
      }
    }
    if (measuredOn && number !== null) rows.push({ line, measuredOn, value: number, note });
  }

  if (problem) errors.push(problem);
  errors.sort((a, b) => a.line - b.line || FIELD_ORDER[a.field] - FIELD_ORDER[b.field]);
  return { rows: errors.length > 0 ? [] : rows, errors };
}

/** Measurements in a pasted text or the text of a file. */
export function parseMeasurementsCsv(text: string, source: ReadOptions["source"] = "text"): ParsedMeasurements {
  const separator = detectSeparator(text);
  const { records, problem } = tokenize(text, separator);
  return readMeasurementRecords(records, { source, separator }, problem);
}
