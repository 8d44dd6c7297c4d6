import { describe, expect, it } from "vitest";
import { draftKey, isDraftKey, parseDraft, sameValues } from "./drafts";

describe("drafts", () => {
  it("keys a draft by form, record and version, so another version gets none", () => {
    expect(draftKey("page", 12, 3)).toBe("impactkoers.concept:page:12:v3");
    expect(draftKey("page", 12, 3)).not.toBe(draftKey("page", 12, 4));
    expect(draftKey("page", "new", 0)).not.toBe(draftKey("lesson", "new", 0));
  });

  it("compares values without caring about line ends or the order of choices", () => {
    expect(sameValues({ body: "a\r\nb", ids: ["2", "1"] }, { body: "a\nb", ids: ["1", "2"] })).toBe(true);
    expect(sameValues({ body: "a" }, { body: "a", title: "" })).toBe(true);
    expect(sameValues({ body: "a" }, { body: "b" })).toBe(false);
    expect(sameValues({ ids: ["1"] }, { ids: ["1", "2"] })).toBe(false);
  });

  it("reads only well-formed drafts and drops values of the wrong shape", () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft("{not json")).toBeNull();
    expect(parseDraft(JSON.stringify({ savedAt: "gisteren", values: {} }))).toBeNull();
    expect(parseDraft(JSON.stringify({ savedAt: "2026-12-01T10:00:00.000Z", values: [] }))).toBeNull();
    expect(
      parseDraft(
        JSON.stringify({
          savedAt: "2026-12-01T10:00:00.000Z",
          values: { body: "tekst", n: 3, ids: ["1", 2], tags: ["a"] },
        }),
      ),
    ).toEqual({ savedAt: "2026-12-01T10:00:00.000Z", values: { body: "tekst", tags: ["a"] } });
  });

  it("knows its own keys among the browser's others", () => {
    expect(isDraftKey(draftKey("page-edit", 12, 3))).toBe(true);
    expect(isDraftKey("impactkoers.taal")).toBe(false);
    expect(isDraftKey("impactkoers.concept")).toBe(false);
    expect(isDraftKey("iets.anders:impactkoers.concept:x")).toBe(false);
  });
});
