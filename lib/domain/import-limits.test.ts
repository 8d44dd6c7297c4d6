import { createRequire } from "node:module";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, MAX_PASTE_BYTES, megabytes, pastedBytes } from "./import-limits";

const configFile = new URL("../../next.config.mjs", import.meta.url).href;
const nextConfig = ((await import(configFile)) as { default: NextConfig }).default;

// Next's own reading of "2mb" (the same module its server action handler uses).
const bytes = createRequire(import.meta.url)("next/dist/compiled/bytes") as { parse(value: string): number };

describe("the limits of an import", () => {
  it("leave a pasted text and a file together below the server action body limit, with room for the form", () => {
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(typeof limit).toBe("string");
    const room = 64 * 1024;
    expect(MAX_PASTE_BYTES + MAX_FILE_BYTES + room).toBeLessThan(bytes.parse(String(limit)));
  });

  it("count a pasted text as the browser sends it: UTF-8, with CRLF line breaks", () => {
    expect(pastedBytes("abc")).toBe(3);
    expect(pastedBytes("€")).toBe(3);
    expect(pastedBytes("a\nb")).toBe(4);
    expect(pastedBytes("a\r\nb\rc")).toBe(7);
  });

  it("are named in whole megabytes", () => {
    expect(megabytes(1_000_000)).toBe("1 MB");
    expect(megabytes(MAX_PASTE_BYTES)).toBe("1 MB");
  });
});
