import { describe, expect, it } from "vitest";
import { confirmedArchive, DELETE_WINDOW_MS, deleteRefusal } from "./archive";

const made = new Date("2026-11-27T09:00:00Z");
const later = (ms: number) => new Date(made.getTime() + ms);
const check = {
  createdAt: made,
  now: later(60_000),
  isCreator: () => true,
  mayDeleteOthers: false,
  references: () => 0,
};
const notCreator = () => false;
const referredTo = () => 1;

describe("deleting something made by mistake", () => {
  it("is for its maker, or whoever may delete what others made", () => {
    expect(deleteRefusal(check)).toBeNull();
    expect(deleteRefusal({ ...check, isCreator: notCreator })).toBe("notCreator");
    expect(deleteRefusal({ ...check, isCreator: notCreator, mayDeleteOthers: true })).toBeNull();
  });

  it("only within a day of making it", () => {
    expect(deleteRefusal({ ...check, now: later(DELETE_WINDOW_MS) })).toBeNull();
    expect(deleteRefusal({ ...check, now: later(DELETE_WINDOW_MS + 1) })).toBe("tooLate");
    expect(deleteRefusal({ ...check, now: later(-1) })).toBe("tooLate");
  });

  it("only while nothing refers to it", () => {
    expect(deleteRefusal({ ...check, references: referredTo })).toBe("inUse");
    expect(deleteRefusal({ ...check, isCreator: notCreator, references: referredTo })).toBe("notCreator");
  });

  it("counts what refers to it only when every other rule allows the deletion", () => {
    let counted = 0;
    const references = () => {
      counted += 1;
      return 0;
    };
    deleteRefusal({ ...check, now: later(DELETE_WINDOW_MS + 1), references });
    deleteRefusal({ ...check, isCreator: notCreator, references });
    expect(counted).toBe(0);
    expect(deleteRefusal({ ...check, references })).toBeNull();
    expect(counted).toBe(1);
  });
});

describe("the steps a route decision archives", () => {
  it("are those the person saw, but for the ones they keep", () => {
    expect(confirmedArchive([3, 1, 2], [1, 2, 3], [2])).toEqual([1, 3]);
    expect(confirmedArchive([], [], [])).toEqual([]);
    expect(confirmedArchive([1, 2], [2, 1], [9])).toEqual([1, 2]);
  });

  it("are refused when the roadmap changed since the person looked", () => {
    expect(confirmedArchive([1, 2], [1], [])).toBeNull();
    expect(confirmedArchive([1], [1, 2], [])).toBeNull();
    expect(confirmedArchive([1, 3], [1, 2], [])).toBeNull();
  });
});
