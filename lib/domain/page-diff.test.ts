import { describe, expect, it } from "vitest";
import { decideSave, diffStats, diffTextLines, foldUnchanged, normaliseText, sameContent } from "./page-diff";

describe("diffTextLines", () => {
  it("marks added and removed lines and keeps the unchanged ones in order", () => {
    const lines = diffTextLines("een\ntwee\ndrie", "een\nTWEE\ndrie\nvier");
    expect(lines).toEqual([
      { kind: "unchanged", text: "een" },
      { kind: "removed", text: "twee" },
      { kind: "added", text: "TWEE" },
      { kind: "unchanged", text: "drie" },
      { kind: "added", text: "vier" },
    ]);
    expect(diffStats(lines)).toEqual({ added: 2, removed: 1 });
  });

  it("treats CRLF from a textarea and a trailing newline as no change", () => {
    const lines = diffTextLines("een\ntwee\n", "een\r\ntwee");
    expect(lines.every((line) => line.kind === "unchanged")).toBe(true);
    expect(lines).toHaveLength(2);
  });

  it("shows a new text as all added and an emptied text as all removed", () => {
    expect(diffTextLines("", "a\nb")).toEqual([
      { kind: "added", text: "a" },
      { kind: "added", text: "b" },
    ]);
    expect(diffTextLines("a", "")).toEqual([{ kind: "removed", text: "a" }]);
    expect(diffTextLines("", "")).toEqual([]);
  });

  it("keeps blank lines inside the text", () => {
    expect(diffTextLines("a\n\nb", "a\n\nc").map((line) => line.kind)).toEqual([
      "unchanged",
      "unchanged",
      "removed",
      "added",
    ]);
  });
});

describe("foldUnchanged", () => {
  it("folds long unchanged runs and keeps context around a change", () => {
    const before = Array.from({ length: 10 }, (_, i) => `regel ${i + 1}`).join("\n");
    const after = before.replace("regel 6", "regel zes");
    const parts = foldUnchanged(diffTextLines(before, after), 2);
    expect(parts).toEqual([
      { kind: "skipped", count: 3 },
      { kind: "unchanged", text: "regel 4" },
      { kind: "unchanged", text: "regel 5" },
      { kind: "removed", text: "regel 6" },
      { kind: "added", text: "regel zes" },
      { kind: "unchanged", text: "regel 7" },
      { kind: "unchanged", text: "regel 8" },
      { kind: "skipped", count: 2 },
    ]);
  });

  it("folds everything when nothing changed", () => {
    expect(foldUnchanged(diffTextLines("a\nb\nc\nd", "a\nb\nc\nd"))).toEqual([{ kind: "skipped", count: 4 }]);
  });
});

describe("normaliseText and sameContent", () => {
  it("normalises line ends and trailing blank space only", () => {
    expect(normaliseText("  a\r\nb\rc  \n\n")).toBe("  a\nb\nc");
  });

  it("compares title and text", () => {
    expect(sameContent({ title: "T", body: "a\r\nb\n" }, { title: "T ", body: "a\nb" })).toBe(true);
    expect(sameContent({ title: "T", body: "a" }, { title: "Andere titel", body: "a" })).toBe(false);
  });
});

describe("decideSave", () => {
  const v1 = { title: "Afspraken", body: "We beginnen om negen uur." };
  const v2 = { title: "Afspraken", body: "We beginnen om half tien." };

  it("saves when nobody saved in between", () => {
    expect(decideSave({ baseVersion: 1, base: v1, current: { ...v1, version: 1 }, mine: v2 })).toBe("save");
  });

  it("is a conflict when someone else changed the text in between", () => {
    const mine = { title: "Afspraken", body: "We beginnen om tien uur." };
    expect(decideSave({ baseVersion: 1, base: v1, current: { ...v2, version: 2 }, mine })).toBe("conflict");
  });

  it("is a conflict when someone else changed only the title", () => {
    const current = { title: "Afspraken met de buurtcoaches", body: v1.body, version: 2 };
    expect(decideSave({ baseVersion: 1, base: v1, current, mine: v2 })).toBe("conflict");
  });

  it("changes nothing when the submitted page is what is saved now", () => {
    expect(decideSave({ baseVersion: 1, base: v1, current: { ...v1, version: 1 }, mine: v1 })).toBe("unchanged");
    expect(decideSave({ baseVersion: 1, base: v1, current: { ...v2, version: 2 }, mine: v2 })).toBe("unchanged");
  });

  it("saves when the saves in between brought the page back to what the editor started from", () => {
    expect(decideSave({ baseVersion: 1, base: v1, current: { ...v1, version: 3 }, mine: v2 })).toBe("save");
  });

  it("is a conflict when the claimed version does not exist or lies ahead", () => {
    expect(decideSave({ baseVersion: 7, base: null, current: { ...v1, version: 2 }, mine: v2 })).toBe("conflict");
    expect(decideSave({ baseVersion: 9, base: v1, current: { ...v1, version: 2 }, mine: v2 })).toBe("conflict");
  });
});
