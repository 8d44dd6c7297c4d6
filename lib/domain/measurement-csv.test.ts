import { describe, expect, it } from "vitest";
import { excelSerialDay, MAX_ROWS, parseMeasurementsCsv } from "./measurement-csv";

/** The value read from one row dated 2026-01-01, or the codes of the errors. */
function readValue(text: string): number | string[] {
  const { rows, errors } = parseMeasurementsCsv(`2026-01-01;${text}`);
  return errors.length > 0 ? errors.map((e) => e.code) : (rows[0]?.value ?? []);
}

function readDate(text: string): string | string[] {
  const { rows, errors } = parseMeasurementsCsv(`${text};1`);
  return errors.length > 0 ? errors.map((e) => e.code) : (rows[0]?.measuredOn ?? []);
}

function days(count: number): string[] {
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10));
}

describe("a paste from Dutch Excel", () => {
  it("reads a CSV with a BOM, a header, Windows line endings, empty lines and a quoted note", () => {
    const text =
      "\uFEFFPeildatum;Waarde;Toelichting\r\n" +
      "1-1-2026;12,5;Start\r\n" +
      "01-02-2026;1.234,5;\r\n" +
      "\r\n" +
      ';;\r\n01-03-2026;-3%;"Na de ""zomer""; veel regen"\r\n';
    expect(parseMeasurementsCsv(text)).toEqual({
      rows: [
        { line: 2, measuredOn: "2026-01-01", value: 12.5, note: "Start" },
        { line: 3, measuredOn: "2026-02-01", value: 1234.5, note: "" },
        { line: 6, measuredOn: "2026-03-01", value: -3, note: 'Na de "zomer"; veel regen' },
      ],
      errors: [],
    });
  });

  it("reads cells copied straight from Excel, which are separated by tabs", () => {
    const text = "Datum\tAantal\tOpmerking\n27-11-2026\t12,5\tmet ; en , erin\n27-12-2026\t14\t\n";
    expect(parseMeasurementsCsv(text).rows).toEqual([
      { line: 2, measuredOn: "2026-11-27", value: 12.5, note: "met ; en , erin" },
      { line: 3, measuredOn: "2026-12-27", value: 14, note: "" },
    ]);
  });

  it("ignores a byte order mark before the first date, quoted or not", () => {
    for (const text of ["\uFEFF2026-01-01;1", '\uFEFF"2026-01-01";1']) {
      expect(parseMeasurementsCsv(text).rows).toEqual([{ line: 1, measuredOn: "2026-01-01", value: 1, note: "" }]);
    }
  });

  it("reads lines ending in \\n, \\r\\n or \\r alike", () => {
    for (const end of ["\n", "\r\n", "\r"]) {
      const { rows } = parseMeasurementsCsv(["2026-01-01;1", "2026-02-01;2", "", "2026-03-01;3"].join(end));
      expect(rows.map((r) => [r.line, r.value])).toEqual([
        [1, 1],
        [2, 2],
        [4, 3],
      ]);
    }
  });

  it("ignores extra empty columns, which Excel writes when other rows are wider", () => {
    expect(parseMeasurementsCsv("2026-01-01;12;goed;;;\n").rows).toEqual([
      { line: 1, measuredOn: "2026-01-01", value: 12, note: "goed" },
    ]);
  });
});

describe("one bad row among good ones", () => {
  it("is reported with its line number, and no row is returned", () => {
    const text = "peildatum;waarde\n01-01-2026;10\n\n31-02-2026;11\n01-03-2026;12\n";
    expect(parseMeasurementsCsv(text)).toEqual({
      rows: [],
      errors: [
        {
          line: 4,
          field: "date",
          code: "dateNonexistent",
          text: "Regel 4: de datum ‘31-02-2026’ bestaat niet.",
          input: "31-02-2026",
        },
      ],
    });
  });

  it("are all reported, in line order and per line in column order", () => {
    const text = "x;y\n;abc\n2026-01-01;5\n2026-01-01;\n2026-01-02;1;a;b\n";
    expect(parseMeasurementsCsv(text).errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [2, "date", "dateMissing"],
      [2, "value", "valueInvalid"],
      [4, "date", "duplicateDate"],
      [4, "value", "valueMissing"],
      [5, "row", "tooManyColumns"],
    ]);
  });
});

describe("the header", () => {
  it.each(["peildatum;waarde", "Datum;Waarde;Toelichting", "DATE;value", "Meetdatum"])("skips %s", (header) => {
    const { rows, errors } = parseMeasurementsCsv(`${header}\n2026-01-01;1`);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.line).toBe(2);
  });

  it("may follow empty lines, which still count for the line numbers", () => {
    expect(parseMeasurementsCsv("\n\npeildatum;waarde\n2026-01-01;1").rows[0]?.line).toBe(4);
  });

  it("is only the first non-empty line", () => {
    expect(parseMeasurementsCsv("peildatum;waarde\n2026-01-01;1\npeildatum;waarde").errors).toMatchObject([
      { line: 3, code: "dateInvalid" },
      { line: 3, code: "valueInvalid" },
    ]);
  });

  it("is never a first row that lacks its date", () => {
    expect(parseMeasurementsCsv(";12\n2026-01-01;1").errors).toMatchObject([{ line: 1, code: "dateMissing" }]);
  });
});

describe("the names in the header", () => {
  it("place the columns in any order, in Dutch or English", () => {
    expect(parseMeasurementsCsv("Waarde;Opmerking;Datum\n12,5;goed;27-11-2026").rows).toEqual([
      { line: 2, measuredOn: "2026-11-27", value: 12.5, note: "goed" },
    ]);
    expect(parseMeasurementsCsv("note\tdate\tvalue\nfine\t2026-11-27\t3").rows).toEqual([
      { line: 2, measuredOn: "2026-11-27", value: 3, note: "fine" },
    ]);
  });

  it("leave the columns by position when one name is unknown", () => {
    expect(parseMeasurementsCsv("Datum;Waarde;Bron\n27-11-2026;12;CBS").rows).toEqual([
      { line: 2, measuredOn: "2026-11-27", value: 12, note: "CBS" },
    ]);
  });
});

describe("the separator", () => {
  it("may be a comma when there is no semicolon or tab, with decimal points", () => {
    const text = 'date,value,note\n2026-11-27,12.5,ok\n2026-12-27,"12,5","a; b, c"\n';
    expect(parseMeasurementsCsv(text).rows).toEqual([
      { line: 2, measuredOn: "2026-11-27", value: 12.5, note: "ok" },
      { line: 3, measuredOn: "2026-12-27", value: 12.5, note: "a; b, c" },
    ]);
  });

  it("refuses a comma row that looks like an unquoted decimal comma, instead of reading value 12 and note 5", () => {
    const { rows, errors } = parseMeasurementsCsv("2026-11-27,12,5\n2026-12-27,13,50%");
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.field, e.code, e.input])).toEqual([
      [1, "value", "ambiguousComma", "12,5"],
      [2, "value", "ambiguousComma", "13,50%"],
    ]);
    expect(errors[0]?.text).toContain("Regel 1:");
    expect(errors[0]?.text).toContain('"12,5"');
  });

  it("with commas still allows a note that is text", () => {
    expect(parseMeasurementsCsv("2026-11-27,12,5 deelnemers").rows[0]).toMatchObject({
      value: 12,
      note: "5 deelnemers",
    });
  });

  it("is a semicolon for the whole paste when any line has one outside quotes", () => {
    expect(parseMeasurementsCsv('2026-01-01;1\n2026-01-02,2\n2026-01-03;"3;4"').errors).toMatchObject([
      { line: 2, code: "dateInvalid", input: "2026-01-02,2" },
      { line: 2, code: "valueMissing" },
      { line: 3, code: "valueInvalid", input: "3;4" },
    ]);
  });

  it("refuses filled extra columns and points at a separator in the note", () => {
    const { errors } = parseMeasurementsCsv("2026-01-01;1;veel regen; weinig zon");
    expect(errors).toMatchObject([{ line: 1, field: "row", code: "tooManyColumns" }]);
    expect(errors[0]?.text).toMatch(/^Regel 1: .*puntkomma.*aanhalingstekens/);
  });
});

describe("quoted fields", () => {
  it("keep separators and doubled quotes, and may span lines without upsetting the line numbers", () => {
    const text = '"2026-01-01";"12,5";"eerste regel\r\ntweede ""regel"""\n2026-01-02;13;\n';
    expect(parseMeasurementsCsv(text).rows).toEqual([
      { line: 1, measuredOn: "2026-01-01", value: 12.5, note: 'eerste regel\ntweede "regel"' },
      { line: 3, measuredOn: "2026-01-02", value: 13, note: "" },
    ]);
  });

  it("treat a quote inside an unquoted field as an ordinary character", () => {
    expect(parseMeasurementsCsv('2026-01-01;1;scherm van 5" breed').rows[0]?.note).toBe('scherm van 5" breed');
  });

  it("report text after a closing quote at the line where the field starts, after the lines before it", () => {
    const { rows, errors } = parseMeasurementsCsv('2026-01-01;x\n2026-01-02;2;"Na de "zomer""\n2026-01-03;3\n');
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [1, "valueInvalid"],
      [2, "misplacedQuote"],
    ]);
    expect(errors[1]?.text).toMatch(/^Regel 2: .*dubbel \(""\)\.$/);
  });

  it("report a quote that is never closed at the line where it opens", () => {
    const { rows, errors } = parseMeasurementsCsv('2026-01-01;1\n2026-01-02;2;"open\n2026-01-03;3\n');
    expect(rows).toEqual([]);
    expect(errors).toMatchObject([{ line: 2, field: "row", code: "unclosedQuote" }]);
    expect(errors[0]?.text).toMatch(/^Regel 2: /);
  });
});

describe("dates", () => {
  it.each([
    ["27-11-2026", "2026-11-27"],
    ["27/11/2026", "2026-11-27"],
    ["27.11.2026", "2026-11-27"],
    ["1-2-2026", "2026-02-01"],
    ["2026-11-27", "2026-11-27"],
    ["2026/1/5", "2026-01-05"],
    ["27-11-2026 00:00", "2026-11-27"],
    ["29-02-2028", "2028-02-29"],
  ])("reads %s as %s", (text, day) => {
    expect(readDate(text)).toBe(day);
  });

  it.each(["27-11-26", "november 2026", "46353", "27-11/2026", "2026-11-27T10:00", "27112026"])(
    "does not recognise %s",
    (text) => {
      const { errors } = parseMeasurementsCsv(`${text};1`);
      expect(errors).toEqual([
        {
          line: 1,
          field: "date",
          code: "dateInvalid",
          text: `Regel 1: ‘${text}’ is geen datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 27-11-2026.`,
          input: text,
        },
      ]);
    },
  );

  it.each(["31-02-2026", "29-02-2026", "2026-04-31", "00-01-2026", "15-13-2026"])("knows %s does not exist", (text) => {
    expect(readDate(text)).toEqual(["dateNonexistent"]);
  });

  it("says so in the words of the brief", () => {
    expect(parseMeasurementsCsv("a;b\n\n31-02-2026;1").errors[0]?.text).toBe(
      "Regel 3: de datum ‘31-02-2026’ bestaat niet.",
    );
  });

  it("suggests putting the day first for an American date", () => {
    expect(parseMeasurementsCsv("11/27/2026;1").errors[0]?.text).toBe(
      "Regel 1: de datum ‘11/27/2026’ bestaat niet. Zet de dag vóór de maand, bijvoorbeeld 27-11-2026.",
    );
  });

  it("must be given", () => {
    expect(parseMeasurementsCsv(";12").errors).toEqual([
      { line: 1, field: "date", code: "dateMissing", text: "Regel 1: de peildatum ontbreekt." },
    ]);
  });

  it("may appear only once, however it is written", () => {
    const { rows, errors } = parseMeasurementsCsv("27-11-2026;1\n28-11-2026;2\n2026-11-27;3");
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 3,
        field: "date",
        code: "duplicateDate",
        text: "Regel 3: de peildatum 27-11-2026 staat ook al op regel 1. Elke datum mag maar één keer voorkomen.",
        input: "27-11-2026",
      },
    ]);
  });
});

describe("values", () => {
  it.each([
    ["12", 12],
    ["12,5", 12.5],
    ["0,05", 0.05],
    ["1.234,5", 1234.5],
    ["1.234.567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["12.5", 12.5],
    ["0.125", 0.125],
    ["1234.567", 1234.567],
    ["-3", -3],
    ["−3,5", -3.5],
    ["+4", 4],
    ["45%", 45],
    ["12,5 %", 12.5],
    ["-12,5%", -12.5],
    ["€ 1.250,00", 1250],
    ["-€ 5", -5],
    ["1 234,5", 1234.5],
    ["1\u00a0234", 1234],
    ["1 234.5", 1234.5],
    ["  7  ", 7],
  ])("reads %s as %d", (text, value) => {
    expect(readValue(text)).toBe(value);
  });

  it("reads minus zero as zero", () => {
    expect(Object.is(readValue("-0"), 0)).toBe(true);
  });

  it.each([
    "twaalf",
    "1,2,3",
    "12,",
    ",5",
    ".5",
    "1.23,4",
    "12.34.5",
    "--1",
    "- -1",
    "%",
    "1e5",
    "12 5",
    "1 23",
    "0.125,5",
    "0 123",
  ])("refuses %s", (text) => {
    const { errors } = parseMeasurementsCsv(`2026-01-01;${text}`);
    expect(errors).toEqual([
      {
        line: 1,
        field: "value",
        code: "valueInvalid",
        text: `Regel 1: de waarde ‘${text.trim()}’ is geen getal.`,
        input: text.trim(),
      },
    ]);
  });

  it("must be given", () => {
    for (const text of ["2026-01-01;", "2026-01-01", "2026-01-01;;toelichting"]) {
      expect(parseMeasurementsCsv(text).errors).toEqual([
        { line: 1, field: "value", code: "valueMissing", text: "Regel 1: de waarde ontbreekt." },
      ]);
    }
  });
});

describe("a single dot with three digits after it", () => {
  it("is refused when nothing in the paste tells thousands from decimals", () => {
    const { rows, errors } = parseMeasurementsCsv("2026-01-01;1.234\n2026-02-01;12");
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 1,
        field: "value",
        code: "valueAmbiguous",
        text:
          "Regel 1: bij de waarde ‘1.234’ is niet duidelijk of de punt duizendtallen scheidt " +
          "of een decimaalteken is. Schrijf 1234 of 1,234.",
        input: "1.234",
      },
    ]);
  });

  it("groups thousands when the paste also has decimal commas", () => {
    expect(
      parseMeasurementsCsv("2026-01-01;1.234\n2026-02-01;12,5\n2026-03-01;-12.500").rows.map((r) => r.value),
    ).toEqual([1234, 12.5, -12500]);
  });

  it("is a decimal point when the paste also has decimal points", () => {
    expect(parseMeasurementsCsv("2026-01-01;1.234\n2026-02-01;12.5").rows.map((r) => r.value)).toEqual([1.234, 12.5]);
  });

  it("is refused when the paste has both", () => {
    expect(parseMeasurementsCsv("2026-01-01;1.234\n2026-02-01;12.5\n2026-03-01;1,5").errors).toMatchObject([
      { line: 1, code: "valueAmbiguous" },
    ]);
  });
});

describe("Excel's day numbers", () => {
  it.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [61, false, "1900-03-01"],
    [46023, false, "2026-01-01"],
    [46023.75, false, "2026-01-01"],
    [0, true, "1904-01-01"],
    [44561, true, "2026-01-01"],
  ])("read %d (1904: %s) as %s", (serial, date1904, day) => {
    expect(excelSerialDay(serial, date1904)).toBe(day);
  });

  it.each([0, 60, -1, 2_958_466, Number.NaN])("know %d is no day of the 1900 system", (serial) => {
    expect(excelSerialDay(serial)).toBeNull();
  });
});

describe("the size of a paste", () => {
  it.each(["", "   ", "\n\r\n\n", "\uFEFF", ";;\n;;", "peildatum;waarde;toelichting\r\n"])(
    "without measurements (%j) says so for the paste as a whole",
    (text) => {
      expect(parseMeasurementsCsv(text)).toEqual({
        rows: [],
        errors: [{ line: 0, field: "row", code: "noRows", text: "Er staan geen metingen in de tekst." }],
      });
    },
  );

  it("says so for a file as a whole when the text comes from a file", () => {
    expect(parseMeasurementsCsv("peildatum;waarde\r\n", "file").errors).toEqual([
      { line: 0, field: "row", code: "noRows", text: "Er staan geen metingen in het bestand." },
    ]);
  });

  it(`takes ${MAX_ROWS} measurements at once`, () => {
    const text = ["peildatum;waarde", ...days(MAX_ROWS).map((d) => `${d};1`)].join("\n");
    const { rows, errors } = parseMeasurementsCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(MAX_ROWS);
    expect(rows.at(-1)?.line).toBe(MAX_ROWS + 1);
  });

  it("refuses one more", () => {
    const text = days(MAX_ROWS + 1)
      .map((d) => `${d};1`)
      .join("\n");
    expect(parseMeasurementsCsv(text)).toEqual({
      rows: [],
      errors: [
        {
          line: 0,
          field: "row",
          code: "tooManyRows",
          text:
            "Er staan 2001 metingen in de tekst; per keer kunnen er hoogstens 2000. " +
            "Verdeel ze over meerdere keren.",
        },
      ],
    });
  });
});
