import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { toLogoPng } from "./logo-image";

vi.mock("server-only", () => ({}));

const svg = (body: string, size = 'width="40" height="20"') =>
  new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 40 20">${body}</svg>`);

describe("toLogoPng", () => {
  it("draws an SVG as a PNG at most 96 pixels high, without its script", async () => {
    const result = await toLogoPng(
      svg('<script>alert("logo")</script><rect width="40" height="20" fill="#8a1538" onclick="alert(1)"/>'),
      "svg",
    );
    if (!result.ok) throw new Error("not converted");
    expect([...result.png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const meta = await sharp(result.png).metadata();
    expect(meta.format).toBe("png");
    expect(result.height).toBe(96);
    expect(result.width).toBe(192);
    expect(meta.height).toBe(result.height);
    expect(result.png.toString("latin1")).not.toMatch(/script|alert|onclick/);
  });

  it("makes a large PNG smaller and keeps a small one as it is", async () => {
    const large = await sharp({ create: { width: 1000, height: 400, channels: 4, background: "#1d4f73" } })
      .png()
      .toBuffer();
    const made = await toLogoPng(large, "png");
    expect(made).toMatchObject({ ok: true, width: 240, height: 96 });
    const small = await sharp({ create: { width: 30, height: 10, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    expect(await toLogoPng(small, "png")).toMatchObject({ ok: true, width: 30, height: 10 });
  });

  it("refuses what only starts like an image", async () => {
    const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    expect(await toLogoPng(broken, "png")).toEqual({ ok: false, error: "logoUnreadable" });
    expect(await toLogoPng(new TextEncoder().encode("<svg><g></svg"), "svg")).toEqual({
      ok: false,
      error: "logoUnreadable",
    });
  });
});
