import { describe, expect, it } from "vitest";
import { numberForInput } from "./number-text";
import { parseDutchNumber } from "./numbers";

describe("numberForInput", () => {
  it("writes numbers the Dutch way, as a form field expects them typed", () => {
    expect(numberForInput(12.5)).toBe("12,5");
    expect(numberForInput(-3)).toBe("-3");
    expect(numberForInput(1234567.891)).toBe("1234567,891");
    expect(numberForInput(-0)).toBe("0");
    expect(numberForInput(0.1 + 0.2)).toBe("0,3");
  });

  it("never writes an exponent, however large or small", () => {
    for (const value of [1e23, 1e302, 1e-7, 1.5e-7, 1.2345e20]) {
      expect(numberForInput(value)).not.toMatch(/e/i);
    }
    expect(numberForInput(1e21)).toBe("1000000000000000000000");
    expect(numberForInput(1e-7)).toBe("0,0000001");
  });

  it("reads back as the same number", () => {
    for (const value of [12.5, 0.0000015, 987654.25, 1e12]) expect(parseDutchNumber(numberForInput(value))).toBe(value);
  });

  it("leaves nothing for an empty or impossible value", () => {
    expect(numberForInput(null)).toBe("");
    expect(numberForInput(Number.NaN)).toBe("");
    expect(numberForInput(Number.POSITIVE_INFINITY)).toBe("");
  });
});
