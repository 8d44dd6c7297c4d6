// Reading many measurements at once, pasted from Excel or uploaded as CSV: every row is checked, all or nothing.
import { parseDay } from "./time";

/**
 * The rules, as the help text can tell them:
 *
 * Columns: peildatum, waarde and optionally toelichting. Lines that are empty (or hold only separators, as Excel
 * writes them) are skipped; a UTF-8 BOM and Windows, Unix or old Mac line endings are fine. The first non-empty line
 * is a header when its first cell is text without a digit ("peildatum", "Datum", "date", ...): a real date always
 * has digits, so no measurement can be skipped this way. Line numbers count every line of the text from 1, including
 * the header, empty lines and the lines of a quoted note; 0 means the paste as a whole.
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
 * "27-11-2026 00:00") is ignored. The date must exist. Each date may appear only once.
 *
 * Values: a comma is the decimal separator ("12,5"); dots before it group thousands in threes ("1.234,5"), as do
 * spaces ("1 234,5"). Without a comma, several dots group thousands ("1.234.567") and one dot is a decimal point
 * ("12.5", "0.125") — except a single dot with exactly three digits after it and one to three before it, not
 * starting with 0 ("1.234", "12.500"): that is 1234 to a Dutch reader and 1.234 to an English one. The other values
 * in the same paste settle it: decimal commas or dot-grouped thousands there mean thousands here, decimal points there
 * mean a decimal point here; with no evidence, or evidence both ways, the row is refused and the user asked to write
 * it unambiguously. A sign (+, -, −), a euro sign and a trailing % are allowed; a percentage keeps its number
 * (12,5% is 12.5, in the indicator's own unit).
 *
 * At most MAX_ROWS measurements per paste. Any error means no rows are returned, so nothing can be half imported.
 */
export const MAX_ROWS = 2000;

export type CsvErrorCode =
  | "noRows"
  | "tooManyRows"
  | "unclosedQuote"
  | "tooManyColumns"
  | "ambiguousComma"
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

type CsvRecord = { line: number; fields: string[] };

const QUOTED = /"(?:[^"]|"")*"/g;

function detectSeparator(text: string): string {
  const unquoted = text.replace(QUOTED, "");
  if (unquoted.includes("\t")) return "\t";
  if (unquoted.includes(";")) return ";";
  return ",";
}

/** Splits the text into records; a quote opens a quoted field only at the start of a field, as in Excel. */
function tokenize(text: string, separator: string): { records: CsvRecord[]; unclosedAt: number | null } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const newline = ch === "\n" || ch === "\r";
    const width = ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        field += newline ? "\n" : ch;
        if (newline) line += 1;
        i += width;
      }
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
      i += 1;
    } else if (ch === separator) {
      fields.push(field);
      field = "";
      i += 1;
    } else if (newline) {
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = "";
      line += 1;
      recordLine = line;
      i += width;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted) return { records, unclosedAt: recordLine };
  fields.push(field);
  records.push({ line: recordLine, fields });
  return { records, unclosedAt: null };
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

type Checked = { line: number; measuredOn: string | null; value: ValueResult | null; valueText: string; note: string };

/** Checks one row; what the date and value turn out to be is left for the whole paste to settle. */
function checkRow(line: number, fields: string[], separator: string, errors: CsvRowError[]): Checked | null {
  const [dateText = "", valueText = "", note = "", ...extra] = fields;
  if (extra.some((f) => f !== "")) {
    const text =
      "er staan meer dan drie kolommen: verwacht zijn peildatum, waarde en eventueel een toelichting. " +
      `Staat er ${SEPARATOR_NAMES[separator]} in de toelichting? Zet de toelichting dan tussen aanhalingstekens.`;
    errors.push(error(line, "row", "tooManyColumns", text));
    return null;
  }
  if (separator === "," && /^[+\-−]?[\d.]+$/.test(valueText) && /^\d+\s*%?$/.test(note)) {
    const input = `${valueText},${note}`;
    const text =
      `‘${input}’ wordt gelezen als twee kolommen, omdat de kolommen met komma's gescheiden zijn. ` +
      `Bedoelt u een decimale komma? Zet de waarde dan tussen aanhalingstekens ("${input}") ` +
      "of gebruik puntkomma's tussen de kolommen.";
    errors.push(error(line, "value", "ambiguousComma", text, input));
    return null;
  }

  let measuredOn: string | null = null;
  if (dateText === "") {
    errors.push(error(line, "date", "dateMissing", "de peildatum ontbreekt."));
  } else {
    const date = readDate(dateText);
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
    value = readValue(valueText);
    if ("error" in value && value.error === "valueInvalid") {
      errors.push(error(line, "value", "valueInvalid", `de waarde ‘${valueText}’ is geen getal.`, valueText));
    }
  }
  return { line, measuredOn, value, valueText, note };
}

export function parseMeasurementsCsv(text: string): { rows: ParsedMeasurement[]; errors: CsvRowError[] } {
  const separator = detectSeparator(text);
  const { records, unclosedAt } = tokenize(text, separator);
  // trim() also removes a byte order mark (U+FEFF): the BOM Excel puts before the first cell needs no code of its own.
  const filled = records
    .map((r) => ({ line: r.line, fields: r.fields.map((f) => f.trim()) }))
    .filter((r) => r.fields.some((f) => f !== ""));
  const first = filled[0]?.fields[0];
  const data = first && !/\d/.test(first) ? filled.slice(1) : filled;

  if (data.length > MAX_ROWS) {
    const text =
      `Er staan ${data.length} metingen in de tekst; per keer kunnen er hoogstens ${MAX_ROWS}. ` +
      "Verdeel ze over meerdere keren.";
    return { rows: [], errors: [error(0, "row", "tooManyRows", text)] };
  }
  if (data.length === 0 && unclosedAt === null) {
    return { rows: [], errors: [error(0, "row", "noRows", "Er staan geen metingen in de tekst.")] };
  }

  const errors: CsvRowError[] = [];
  const checked = data.flatMap(({ line, fields }) => checkRow(line, fields, separator, errors) ?? []);

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

  if (unclosedAt !== null) {
    const text = "een aanhalingsteken wordt niet afgesloten. Zet er een tweede aanhalingsteken achter de tekst.";
    errors.push(error(unclosedAt, "row", "unclosedQuote", text));
  }
  errors.sort((a, b) => a.line - b.line || FIELD_ORDER[a.field] - FIELD_ORDER[b.field]);
  return { rows: errors.length > 0 ? [] : rows, errors };
}
