import { describe, expect, it } from "vitest";
import {
  assignmentSchema,
  checkDocument,
  customPeriodSchema,
  MAX_DOCUMENT_BYTES,
  periodSeriesSchema,
  reopenSchema,
  sanitiseFileName,
  sendBackSchema,
  submissionValueSchema,
} from "./reporting";

const errors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("setting up reporting", () => {
  it("assigns chosen indicators or all of them, and asks to choose when none is", () => {
    expect(assignmentSchema.parse({ partnerOrganisationId: "3", indicatorIds: ["7", "9", "7"] })).toEqual({
      partnerOrganisationId: 3,
      indicatorIds: [7, 9],
    });
    expect(assignmentSchema.parse({ partnerOrganisationId: "3", scope: "all" })).toEqual({
      partnerOrganisationId: 3,
      indicatorIds: "all",
    });
    expect(errors(assignmentSchema.safeParse({ partnerOrganisationId: "", indicatorIds: [] }))).toEqual({
      partnerOrganisationId: "choosePartner",
      indicatorIds: "chooseIndicators",
    });
    expect(errors(assignmentSchema.safeParse({ partnerOrganisationId: "3", indicatorIds: ["-1"] }))).toEqual({
      indicatorIds: "invalid",
    });
  });

  it("keeps a custom period's days in order and its due day within reason, every problem at once", () => {
    const period = { partnerOrganisationId: "3", startsOn: "2026-04-01", endsOn: "2026-03-31", dueOn: "2026-03-01" };
    expect(errors(customPeriodSchema.safeParse(period))).toEqual({ endsOn: "endBeforeStart", dueOn: "dueBeforeEnd" });
    expect(errors(customPeriodSchema.safeParse({ ...period, endsOn: "2028-06-30", dueOn: "2029-06-30" }))).toEqual({
      endsOn: "periodTooLong",
      dueOn: "dueTooLate",
    });
    expect(errors(customPeriodSchema.safeParse({ ...period, endsOn: "31-13-2026", dueOn: "" }))).toEqual({
      endsOn: "date",
      dueOn: "dateRequired",
    });
    expect(customPeriodSchema.safeParse({ ...period, endsOn: "2026-06-30", dueOn: "2026-06-30" }).success).toBe(true);
  });

  it("makes a series of at most sixty periods", () => {
    const series = { partnerOrganisationId: "3", frequency: "maand", from: "2026-01-01", dueAfterDays: "14" };
    expect(periodSeriesSchema.safeParse({ ...series, to: "2030-12-31" }).success).toBe(true);
    expect(errors(periodSeriesSchema.safeParse({ ...series, to: "2031-01-01" }))).toEqual({ to: "tooManyPeriods" });
    expect(errors(periodSeriesSchema.safeParse({ ...series, to: "2025-12-31", dueAfterDays: "-1" }))).toEqual({
      to: "endBeforeStart",
      dueAfterDays: "dueAfterDays",
    });
  });
});

describe("a partner's report", () => {
  it("takes a value typed the Dutch way with the version the page was opened on, 0 before the first save", () => {
    expect(
      submissionValueSchema.parse({
        indicatorId: "4",
        measuredOn: "2026-08-15",
        value: "1.250",
        note: " ",
        version: "0",
      }),
    ).toEqual({ indicatorId: 4, measuredOn: "2026-08-15", value: 1250, note: "", version: 0 });
    expect(
      errors(submissionValueSchema.safeParse({ indicatorId: "", measuredOn: "x", value: "veel", version: "-1" })),
    ).toEqual({
      indicatorId: "chooseIndicator",
      measuredOn: "date",
      value: "number",
      version: "versionMissing",
    });
  });

  it("makes a document's name safe and knows a file by its content, not only its name", () => {
    expect(sanitiseFileName("C:\\Users\\ahmed\\..\\Verslag  <Q3>?.PDF")).toBe("Verslag Q3.pdf");
    expect(sanitiseFileName("../../.bashrc")).toBe("bashrc");
    expect(sanitiseFileName(`${"a".repeat(300)}.xlsx`)).toHaveLength(120);
    const pdf = new TextEncoder().encode("%PDF-1.4 rest");
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(checkDocument({ fileName: "verslag.pdf", content: pdf })).toEqual({
      ok: true,
      fileName: "verslag.pdf",
      contentType: "application/pdf",
      size: pdf.byteLength,
    });
    expect(checkDocument({ fileName: "cijfers.xlsx", content: zip })).toMatchObject({ ok: true });
    expect(checkDocument({ fileName: "cijfers.xlsx", content: pdf })).toEqual({ ok: false, error: "documentType" });
    expect(checkDocument({ fileName: "script.js", content: pdf })).toEqual({ ok: false, error: "documentType" });
    expect(checkDocument({ fileName: "leeg.pdf", content: new Uint8Array() })).toEqual({
      ok: false,
      error: "documentEmpty",
    });
    const large = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    large.set(pdf);
    expect(checkDocument({ fileName: "groot.pdf", content: large })).toEqual({ ok: false, error: "documentTooLarge" });
  });
});

describe("the review", () => {
  it("sends back with a comment on the whole or on single items, at least one", () => {
    expect(
      sendBackSchema.parse({ comment: "", "comment-v-12": " Klopt dit? ", "comment-i-3": "", version: "4" }),
    ).toEqual({ comment: "", values: [{ id: 12, comment: "Klopt dit?" }], insights: [], version: 4 });
    expect(errors(sendBackSchema.safeParse({ comment: " ", "comment-v-12": "", version: "4" }))).toEqual({
      comment: "sendBackCommentRequired",
    });
    expect(errors(reopenSchema.safeParse({ reason: "  ", version: "4" }))).toEqual({ reason: "reopenReasonRequired" });
  });
});
