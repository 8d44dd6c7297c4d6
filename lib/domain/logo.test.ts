import { describe, expect, it } from "vitest";
import { checkLogo, MAX_LOGO_BYTES } from "./logo";

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("checkLogo", () => {
  it("takes a PNG by its signature and an SVG by its svg element", () => {
    expect(checkLogo(new Uint8Array([...PNG_START, 0, 0, 0, 13]))).toEqual({ ok: true, kind: "png" });
    expect(checkLogo(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ ok: true, kind: "svg" });
    expect(checkLogo(bytes('\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({
      ok: true,
      kind: "svg",
    });
    expect(checkLogo(bytes("<!-- logo -->\n<svg>\n</svg>"))).toEqual({ ok: true, kind: "svg" });
  });

  it("refuses an empty file, a file over 500 kB and anything that is not a PNG or SVG", () => {
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, error: "logoEmpty" });
    const large = new Uint8Array(MAX_LOGO_BYTES + 1);
    large.set(PNG_START);
    expect(checkLogo(large)).toEqual({ ok: false, error: "logoTooLarge" });
    const justRight = new Uint8Array(MAX_LOGO_BYTES);
    justRight.set(PNG_START);
    expect(checkLogo(justRight)).toEqual({ ok: true, kind: "png" });
    // A JPEG, a PDF, an HTML page and plain text, whatever their names would say.
    expect(checkLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ ok: false, error: "logoType" });
    expect(checkLogo(bytes("%PDF-1.7"))).toEqual({ ok: false, error: "logoType" });
    expect(checkLogo(bytes("<html><body><svg></svg></body></html>"))).toEqual({ ok: false, error: "logoType" });
    expect(checkLogo(bytes("Dit is geen logo."))).toEqual({ ok: false, error: "logoType" });
    expect(checkLogo(bytes("<?xml version='1.0'?><note/>"))).toEqual({ ok: false, error: "logoType" });
  });
});
