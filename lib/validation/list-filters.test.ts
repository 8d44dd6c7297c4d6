import { describe, expect, it } from "vitest";
import {
  parseActionItemFilter,
  parseAssumptionFilter,
  parseCorrectionFilter,
  parseIndicatorFilter,
  parsePeriodFilter,
  parseReportingPages,
  periodFilterSearch,
} from "./list-filters";

describe("the filters of a programme's lists", () => {
  it("reads known values", () => {
    expect(parseIndicatorFilter({ status: "uit_koers" })).toEqual({ status: "uit_koers" });
    expect(parseIndicatorFilter({ overdue: "1" })).toEqual({ overdue: true });
    expect(parseAssumptionFilter({ criticality: "hoog", status: "weerlegd" })).toEqual({
      criticality: "hoog",
      status: "weerlegd",
      sort: "risk",
      page: 1,
    });
    expect(parseAssumptionFilter({ sort: "recent", pagina: "3" })).toEqual({ sort: "recent", page: 3 });
    expect(parseCorrectionFilter({ status: "voorgesteld" })).toEqual({ status: "voorgesteld", page: 1 });
    expect(parseActionItemFilter({ overdue: "1", pagina: "2" })).toEqual({ overdue: true, page: 2 });
  });

  it("leaves out an unknown value and keeps the others", () => {
    expect(parseIndicatorFilter({ status: "kapot", overdue: "1" })).toEqual({ overdue: true });
    expect(parseIndicatorFilter({ status: "UIT_KOERS", overdue: "ja" })).toEqual({});
    expect(parseAssumptionFilter({ criticality: "heel hoog", status: "weerlegd", sort: "x" })).toEqual({
      status: "weerlegd",
      sort: "risk",
      page: 1,
    });
    expect(parseCorrectionFilter({ status: "misschien", pagina: "-3" })).toEqual({ page: 1 });
    expect(parseActionItemFilter({ status: "<script>", pagina: "twee" })).toEqual({ page: 1 });
  });

  it("takes the first of a repeated parameter", () => {
    expect(parseIndicatorFilter({ status: ["aandacht", "uit_koers"] })).toEqual({ status: "aandacht" });
  });

  it("filters corrections on a step within a period only with both days in order", () => {
    const step = { step: "besloten", from: "2026-09-01", to: "2026-11-30" };
    expect(parseCorrectionFilter(step).step).toEqual({ status: "besloten", from: "2026-09-01", to: "2026-11-30" });
    expect(parseCorrectionFilter({ ...step, to: undefined }).step).toBeUndefined();
    expect(parseCorrectionFilter({ ...step, from: "2026-12-01" }).step).toBeUndefined();
    expect(parseCorrectionFilter({ ...step, from: "2026-02-30" }).step).toBeUndefined();
    expect(parseCorrectionFilter({ ...step, step: "afgewezen" }).step).toBeUndefined();
  });
});

describe("the filter of a programme's reporting periods", () => {
  it("reads a partner, a state by its Dutch name and a page, and leaves out what does not hold", () => {
    expect(parsePeriodFilter({ partner: "3", status: "te_laat", pagina: "2" })).toEqual({
      partnerOrganisationId: 3,
      state: "overdue",
      page: 2,
    });
    expect(parsePeriodFilter({ partner: "nul", status: "overdue", pagina: "-1" })).toEqual({
      partnerOrganisationId: undefined,
      state: undefined,
      page: 1,
    });
    for (const state of ["overdue", "due", "open", "submitted", "sent_back", "approved"] as const) {
      expect(parsePeriodFilter({ status: periodFilterSearch({ state, page: 1 }).status }).state).toBe(state);
    }
    expect(periodFilterSearch({ partnerOrganisationId: 4, page: 1 })).toEqual({
      partner: 4,
      status: undefined,
      pagina: undefined,
    });
    expect(parseReportingPages({ werk: "2", programmas: "x" })).toEqual({
      werk: 2,
      beoordelen: 1,
      partners: 1,
      programmas: 1,
    });
  });
});
