import { describe, expect, it } from "vitest";
import { createHealthLog } from "./health-log";

function recorded() {
  const lines: string[] = [];
  const health = createHealthLog({ error: (m) => lines.push(`error ${m}`), info: (m) => lines.push(`info ${m}`) });
  return { lines, health };
}

describe("the health check's log", () => {
  it("says nothing while all is well", () => {
    const { lines, health } = recorded();
    health.passed();
    health.passed();
    expect(lines).toEqual([]);
  });

  it("gives the reason once when writes start failing, and says when they work again", () => {
    const { lines, health } = recorded();
    health.passed();
    health.failed(new Error("attempt to write a readonly database"));
    health.failed(new Error("attempt to write a readonly database"));
    health.failed(new Error("attempt to write a readonly database"));
    health.passed();
    health.passed();
    expect(lines).toEqual([
      "error [health] the database cannot be written: attempt to write a readonly database",
      "info [health] the database takes writes again",
    ]);
  });

  it("logs again when the reason changes", () => {
    const { lines, health } = recorded();
    health.failed(new Error("attempt to write a readonly database"));
    health.failed(new Error("database or disk is full"));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("database or disk is full");
  });
});
