import { describe, expect, it } from "vitest";
import {
  brandTokens,
  contrastRatio,
  darken,
  meetsContrastWithWhite,
  normaliseHex,
  relativeLuminance,
} from "./contrast";

describe("contrast", () => {
  it("reads a colour of six hexadecimal digits, with or without #, and nothing else", () => {
    expect(normaliseHex("#1D4F73")).toBe("#1d4f73");
    expect(normaliseHex(" 1d4f73 ")).toBe("#1d4f73");
    for (const wrong of ["", "#fff", "#12345", "#1234567", "rood", "#gg0000", "red;}body{", "#1d4f73;"]) {
      expect(normaliseHex(wrong), wrong).toBeNull();
    }
  });

  it("computes the relative luminance and contrast ratio as WCAG 2.1 does", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 10);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
    // Known values (WebAIM's contrast checker).
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#0000ff", "#ffffff")).toBeCloseTo(8.59, 2);
  });

  it("accepts a colour only from 4.5:1 against white", () => {
    expect(meetsContrastWithWhite("#767676")).toBe(true);
    expect(meetsContrastWithWhite("#777777")).toBe(false);
    expect(meetsContrastWithWhite("#1d4f73")).toBe(true);
    expect(meetsContrastWithWhite("#ffdd00")).toBe(false);
    expect(meetsContrastWithWhite("#e17000")).toBe(false);
    expect(meetsContrastWithWhite("#000000")).toBe(true);
  });

  it("derives the theme from the colour, its hover darker and still readable", () => {
    expect(darken("#808080", 0.5)).toBe("#404040");
    expect(darken("#1d4f73", 0)).toBe("#1d4f73");
    const tokens = brandTokens("#8a1538");
    expect(tokens["--ik-color-primary"]).toBe("#8a1538");
    expect(tokens["--ik-color-header"]).toBe("#8a1538");
    const hover = tokens["--ik-color-primary-hover"]!;
    expect(contrastRatio(hover, "#ffffff")).toBeGreaterThan(contrastRatio("#8a1538", "#ffffff"));
  });
});
