import { describe, expect, it } from "vitest";
import { euroCents, parseDutchNumber } from "./numbers";

describe("Dutch numbers", () => {
  it.each([
    ["12,5", 12.5],
    ["1.234,50", 1234.5],
    ["1.234", 1234],
    ["12.5", 12.5],
    ["0.125", 0.125],
    ["€ 12.500", 12500],
    ["-3", -3],
    ["45%", 45],
    ["0,05", 0.05],
    ["1 234,5", 1234.5],
  ])("reads %s as %d", (text, value) => {
    expect(parseDutchNumber(text)).toBe(value);
  });

  it.each(["", "abc", "1,2,3", "12.34.5", "1.23,4", "--1", "12,"])("refuses %s", (text) => {
    expect(parseDutchNumber(text)).toBeNull();
  });

  it("turns euros into cents", () => {
    expect(euroCents(12500.5)).toBe(1250050);
    expect(euroCents(0.1 + 0.2)).toBe(30);
  });
});
