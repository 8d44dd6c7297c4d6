import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { dateFormatter, formatDate } from "./date-format";
import { formats, TIME_ZONE } from "./settings";

describe("date formats kept per process", () => {
  it("write what next-intl's formatter writes, in both languages and every format", () => {
    const moments = [
      new Date("2026-03-29T00:30:00Z"),
      new Date("2026-10-25T23:59:00Z"),
      new Date("2027-01-01T12:00:00Z"),
    ];
    for (const locale of ["nl-NL", "en-GB"]) {
      const intl = createFormatter({ locale, formats, timeZone: TIME_ZONE });
      for (const format of ["date", "short", "dateTime"] as const) {
        for (const moment of moments) expect(formatDate(locale, format, moment)).toBe(intl.dateTime(moment, format));
      }
    }
  });

  it("make each formatter once", () => {
    expect(dateFormatter("nl-NL", "date")).toBe(dateFormatter("nl-NL", "date"));
    expect(dateFormatter("nl-NL", "date")).not.toBe(dateFormatter("en-GB", "date"));
  });

  it("give the date's own text for a date that is none", () => {
    expect(formatDate("nl-NL", "date", new Date("geen"))).toBe("Invalid Date");
  });
});
