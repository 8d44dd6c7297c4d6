import { describe, expect, it } from "vitest";
import { readableValue } from "./field-values";
import { fieldChanges, withAssumptionBasis } from "./record-history";

const FIELDS = ["activity", "status", "elementIds", "notes"];

describe("the history of a record from its audit events", () => {
  it("lists the fields an edit changed, in the form's order, with their old and new values", () => {
    expect(
      fieldChanges(
        {
          before: { status: "open", activity: "huisbezoeken", notes: "", elementIds: [3, 1] },
          after: { activity: "huisbezoeken door vrijwilligers", status: "ondersteund", notes: "", elementIds: [1, 3] },
        },
        FIELDS,
      ),
    ).toEqual([
      { field: "activity", before: "huisbezoeken", after: "huisbezoeken door vrijwilligers" },
      { field: "status", before: "open", after: "ondersteund" },
    ]);
  });

  it("leaves out a field one side does not mention, and events without before and after", () => {
    expect(fieldChanges({ before: { status: "open" }, after: { status: "open", elementIds: [2] } }, FIELDS)).toEqual(
      [],
    );
    expect(fieldChanges({ after: { status: "open" } }, FIELDS)).toEqual([]);
    expect(fieldChanges(null, FIELDS)).toEqual([]);
  });

  it("reads an assumption's basis from the hypothesis or link it was recorded with", () => {
    expect(
      fieldChanges(
        {
          before: { statement: "A", hypothesisId: 4, tocLinkId: null },
          after: { statement: "A", hypothesisId: null, tocLinkId: 9 },
        },
        ["statement", "basis"],
        withAssumptionBasis,
      ),
    ).toEqual([{ field: "basis", before: "h:4", after: "l:9" }]);
    // An older event recorded no basis: nothing is made up.
    expect(
      fieldChanges({ before: { statement: "A" }, after: { statement: "B" } }, ["basis"], withAssumptionBasis),
    ).toEqual([]);
  });
});

describe("a value as a person reads it", () => {
  const day = (value: string) => `dag ${value}`;
  it("names chosen options by their label, days in words, and nothing for an empty value", () => {
    const options = [
      { value: "1", label: "Anna" },
      { value: "2", label: "Bram" },
    ];
    expect(readableValue([2, 1], { options }, day)).toEqual(["Bram", "Anna"]);
    expect(readableValue("2026-03-12", { day: true }, day)).toEqual(["dag 2026-03-12"]);
    expect(readableValue(null, undefined, day)).toEqual([]);
    expect(readableValue(" ", undefined, day)).toEqual([]);
    // An option since removed still shows what was recorded.
    expect(readableValue(7, { options }, day)).toEqual(["7"]);
  });
});
