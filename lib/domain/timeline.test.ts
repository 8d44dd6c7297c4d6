import { describe, expect, it } from "vitest";
import { buildTimeline } from "./timeline";

describe("programme timeline", () => {
  it("puts events in order and groups them by month in Amsterdam", () => {
    const months = buildTimeline([
      { at: new Date("2026-03-02T10:00:00Z"), kind: "phase", title: "Naar onderzoeken" },
      { at: new Date("2026-01-31T23:30:00Z"), kind: "study", title: "Interviews" },
      { at: new Date("2026-01-10T09:00:00Z"), kind: "programme", title: "Gestart" },
    ]);
    // 31 January 23:30 UTC is already 1 February in Amsterdam.
    expect(months.map((m) => [m.month, m.entries.map((e) => e.title)])).toEqual([
      ["2026-01", ["Gestart"]],
      ["2026-02", ["Interviews"]],
      ["2026-03", ["Naar onderzoeken"]],
    ]);
  });

  it("folds the many small additions of one day into one entry", () => {
    const day = (hour: number) => new Date(`2026-04-14T${String(hour).padStart(2, "0")}:00:00Z`);
    const months = buildTimeline([
      { at: day(9), kind: "toc", foldable: true, title: "Huisbezoeken" },
      { at: day(10), kind: "toc", foldable: true, title: "Ontmoetingsochtend" },
      { at: day(11), kind: "assumption", foldable: true, title: "Ouderen doen open" },
      { at: day(12), kind: "statusChange", title: "Ongetoetst → weerlegd" },
      { at: day(13), kind: "statusChange", title: "Ongetoetst → bevestigd" },
    ]);
    const entries = months[0]?.entries ?? [];
    expect(entries.map((e) => [e.kind, e.titles])).toEqual([
      ["toc", ["Huisbezoeken", "Ontmoetingsochtend"]],
      ["assumption", ["Ouderen doen open"]],
      ["statusChange", ["Ongetoetst → weerlegd"]],
      ["statusChange", ["Ongetoetst → bevestigd"]],
    ]);
  });
});
