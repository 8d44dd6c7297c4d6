import { describe, expect, it } from "vitest";
import { cameOverHttps, printOrigin } from "./print-origin";

describe("printOrigin", () => {
  it("prints from this server on loopback, at its port", () => {
    expect(printOrigin({ PORT: "3100" })).toBe("http://127.0.0.1:3100");
    expect(printOrigin({})).toBe("http://127.0.0.1:3000");
  });

  it("ignores a port that cannot be right", () => {
    expect(printOrigin({ PORT: "99999" })).toBe("http://127.0.0.1:3000");
    expect(printOrigin({ PORT: "drieduizend" })).toBe("http://127.0.0.1:3000");
  });
});

describe("cameOverHttps", () => {
  it("believes the first protocol the proxies name, else the request's own", () => {
    expect(cameOverHttps("https", "http:")).toBe(true);
    expect(cameOverHttps("https, http", "http:")).toBe(true);
    expect(cameOverHttps("http", "https:")).toBe(false);
    expect(cameOverHttps(null, "https:")).toBe(true);
    expect(cameOverHttps(null, "http:")).toBe(false);
  });
});
