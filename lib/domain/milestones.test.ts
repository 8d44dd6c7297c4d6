import { describe, expect, it } from "vitest";
import { milestoneChangeNeedsReason } from "./milestones";

const agreed = { year: 2027, description: "Tien buurtkamers open", ownerId: 3 };

describe("changing an agreed milestone", () => {
  it("needs a reason when what, when or who changes", () => {
    expect(milestoneChangeNeedsReason(agreed, { ...agreed, year: 2028 })).toBe(true);
    expect(milestoneChangeNeedsReason(agreed, { ...agreed, description: "Acht buurtkamers open" })).toBe(true);
    expect(milestoneChangeNeedsReason(agreed, { ...agreed, ownerId: 4 })).toBe(true);
  });
  it("needs none when only its state changes, or the text differs only in spaces and line ends", () => {
    expect(milestoneChangeNeedsReason(agreed, agreed)).toBe(false);
    expect(milestoneChangeNeedsReason(agreed, { ...agreed, description: " Tien buurtkamers open\r\n" })).toBe(false);
  });
});
