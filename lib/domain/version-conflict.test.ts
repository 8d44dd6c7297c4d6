import { describe, expect, it } from "vitest";
import { differingFields, isConflict } from "./version-conflict";

describe("comparing a save with what is saved now", () => {
  it("names the fields that differ, the user's own fields first", () => {
    expect(
      differingFields(
        { title: "Terugblik maart", heldOn: "2026-03-12", guests: "" },
        { title: "Terugblik", heldOn: "2026-03-12", guests: "wijkagent", participantIds: [] },
      ),
    ).toEqual(["title", "guests"]);
  });

  it("ignores outer spaces, line ends and the order of a set of choices", () => {
    expect(
      differingFields(
        { notes: " Eerst bellen\r\ndan mailen ", teamMemberIds: ["3", "1"] },
        { notes: "Eerst bellen\ndan mailen", teamMemberIds: ["1", "3"] },
      ),
    ).toEqual([]);
  });

  it("sees a choice taken away or added in a group of checkboxes", () => {
    expect(differingFields({ participantIds: ["1"] }, { participantIds: ["1", "2"] })).toEqual(["participantIds"]);
    expect(differingFields({}, { participantIds: ["2"] })).toEqual(["participantIds"]);
  });

  it("refuses a save from an older version only when it would change something saved differently", () => {
    expect(isConflict({ submitted: 2, current: 3 }, ["title"])).toBe(true);
    expect(isConflict({ submitted: 2, current: 3 }, [])).toBe(false);
    expect(isConflict({ submitted: 3, current: 3 }, ["title"])).toBe(false);
    // A version from the future is no version this record had: refused as well.
    expect(isConflict({ submitted: 9, current: 3 }, ["title"])).toBe(true);
  });
});
