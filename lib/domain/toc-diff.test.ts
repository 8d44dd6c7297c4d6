import { describe, expect, it } from "vitest";
import { diffToc, isEmptyDiff } from "./toc-diff";

const before = {
  elements: [
    { id: 1, level: "activiteit", title: "Huisbezoeken" },
    { id: 2, level: "effect", title: "Meer contacten" },
    { id: 3, level: "activiteit", title: "Folders" },
  ],
  links: [
    { fromElementId: 1, toElementId: 2 },
    { fromElementId: 3, toElementId: 2 },
  ],
};

describe("theory-of-change differences", () => {
  it("finds added, removed and renamed elements and the links that came and went", () => {
    const after = {
      elements: [
        { id: 1, level: "activiteit", title: "Huisbezoeken op afspraak" },
        { id: 2, level: "effect", title: "Meer contacten" },
        { id: 4, level: "activiteit", title: "Bellen vooraf" },
      ],
      links: [
        { fromElementId: 1, toElementId: 2 },
        { fromElementId: 4, toElementId: 2 },
      ],
    };
    const diff = diffToc(before, after);
    expect(diff.added.map((e) => e.title)).toEqual(["Bellen vooraf"]);
    expect(diff.removed.map((e) => e.title)).toEqual(["Folders"]);
    expect(diff.renamed).toEqual([
      { id: 1, level: "activiteit", before: "Huisbezoeken", after: "Huisbezoeken op afspraak" },
    ]);
    expect(diff.linksAdded).toEqual([{ from: "Bellen vooraf", to: "Meer contacten" }]);
    expect(diff.linksRemoved).toEqual([{ from: "Folders", to: "Meer contacten" }]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it("sees no difference between equal versions", () => {
    expect(isEmptyDiff(diffToc(before, structuredClone(before)))).toBe(true);
  });
});
