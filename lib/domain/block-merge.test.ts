import { describe, expect, it } from "vitest";
import { changedCount, mergeParts, mergeText, splitBlocks } from "./block-merge";

describe("splitBlocks", () => {
  it("splits on blank lines and puts every heading in a block of its own", () => {
    expect(splitBlocks("# Kop\nEerste alinea\nloopt door.\n\n\n- een\n- twee\r\n\r\nLaatste")).toEqual([
      "# Kop",
      "Eerste alinea\nloopt door.",
      "- een\n- twee",
      "Laatste",
    ]);
  });

  it("keeps a fenced code block whole, blank lines and all", () => {
    expect(splitBlocks("Voor\n\n```\na\n\nb\n```\n\nNa")).toEqual(["Voor", "```\na\n\nb\n```", "Na"]);
  });

  it("has no blocks for an empty text", () => {
    expect(splitBlocks("  \n\n")).toEqual([]);
  });
});

describe("mergeParts and mergeText", () => {
  const mine = "# Afspraken\n\nWe beginnen om tien uur.\n\nDe koffie staat klaar.\n\nJoost neemt koekjes mee.";
  const theirs = "# Afspraken\n\nWe beginnen om half tien.\n\nDe koffie staat klaar.\n\nSanne ruimt op.";

  it("finds the runs that differ between the texts", () => {
    const parts = mergeParts(mine, theirs);
    expect(parts).toEqual([
      { kind: "same", blocks: ["# Afspraken"] },
      { kind: "changed", mine: ["We beginnen om tien uur."], theirs: ["We beginnen om half tien."] },
      { kind: "same", blocks: ["De koffie staat klaar."] },
      { kind: "changed", mine: ["Joost neemt koekjes mee."], theirs: ["Sanne ruimt op."] },
    ]);
    expect(changedCount(parts)).toBe(2);
  });

  it("takes per run mine, theirs or both, and keeps the rest", () => {
    const parts = mergeParts(mine, theirs);
    expect(mergeText(parts, ["theirs", "both"])).toBe(
      "# Afspraken\n\nWe beginnen om half tien.\n\nDe koffie staat klaar.\n\nJoost neemt koekjes mee.\n\nSanne ruimt op.",
    );
    expect(mergeText(parts, ["mine", "theirs"])).toBe(
      "# Afspraken\n\nWe beginnen om tien uur.\n\nDe koffie staat klaar.\n\nSanne ruimt op.",
    );
  });

  it("keeps one's own text where no choice was made", () => {
    expect(mergeText(mergeParts(mine, theirs), [])).toBe(mine);
  });

  it("handles a run that only one side has", () => {
    const parts = mergeParts("Een\n\nTwee", "Een\n\nNieuw\n\nTwee");
    expect(parts).toEqual([
      { kind: "same", blocks: ["Een"] },
      { kind: "changed", mine: [], theirs: ["Nieuw"] },
      { kind: "same", blocks: ["Twee"] },
    ]);
    expect(mergeText(parts, ["mine"])).toBe("Een\n\nTwee");
    expect(mergeText(parts, ["both"])).toBe("Een\n\nNieuw\n\nTwee");
  });

  it("has nothing to choose when the texts say the same", () => {
    expect(changedCount(mergeParts("Een\n\nTwee\n", "Een\n\n\nTwee"))).toBe(0);
  });
});
