import { describe, expect, it } from "vitest";
import { configuredOrigin, publicOrigin, servedOverHttps, trustsProxy } from "./request-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("trustsProxy", () => {
  it("is on only when TRUST_PROXY says so", () => {
    for (const value of ["true", "1", "yes", "TRUE", " ja "])
      expect(trustsProxy({ TRUST_PROXY: value }), value).toBe(true);
    for (const value of [undefined, "", "false", "0", "no"])
      expect(trustsProxy({ TRUST_PROXY: value }), value).toBe(false);
  });
});

describe("configuredOrigin", () => {
  it("is the origin of APP_URL, without path or slash", () => {
    expect(configuredOrigin({ APP_URL: "https://impactkoers.zuidstad.nl/app/" })).toBe(
      "https://impactkoers.zuidstad.nl",
    );
    expect(configuredOrigin({ APP_URL: "http://localhost:3100" })).toBe("http://localhost:3100");
  });

  it("is nothing for an unset or unusable APP_URL", () => {
    expect(configuredOrigin({})).toBeUndefined();
    expect(configuredOrigin({ APP_URL: "  " })).toBeUndefined();
    expect(configuredOrigin({ APP_URL: "impactkoers.zuidstad.nl" })).toBeUndefined();
    expect(configuredOrigin({ APP_URL: "javascript:alert(1)" })).toBeUndefined();
  });
});

describe("servedOverHttps", () => {
  const forwardedHttps = headers({ "x-forwarded-proto": "https" });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(servedOverHttps(forwardedHttps, {})).toBe(false);
    expect(servedOverHttps(forwardedHttps, { TRUST_PROXY: "false" })).toBe(false);
    expect(servedOverHttps(forwardedHttps, { TRUST_PROXY: "true" })).toBe(true);
    expect(servedOverHttps(headers({ "x-forwarded-proto": "HTTPS, http" }), { TRUST_PROXY: "1" })).toBe(true);
    expect(servedOverHttps(headers({ "x-forwarded-proto": "http, https" }), { TRUST_PROXY: "1" })).toBe(false);
    expect(servedOverHttps(headers({}), { TRUST_PROXY: "1" })).toBe(false);
  });

  it("is always so when APP_URL is an https address", () => {
    expect(servedOverHttps(headers({}), { APP_URL: "https://impactkoers.zuidstad.nl" })).toBe(true);
    expect(servedOverHttps(headers({}), { APP_URL: "http://impactkoers.intern" })).toBe(false);
    expect(servedOverHttps(forwardedHttps, { APP_URL: "http://impactkoers.intern" })).toBe(false);
  });
});

describe("publicOrigin", () => {
  const evil = { host: "localhost:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

  it("is APP_URL whatever the request says", () => {
    const env = { APP_URL: "https://impactkoers.zuidstad.nl/", TRUST_PROXY: "true" };
    expect(publicOrigin(headers(evil), env)).toBe("https://impactkoers.zuidstad.nl");
  });

  it("ignores X-Forwarded-Host and -Proto without a trusted proxy", () => {
    expect(publicOrigin(headers(evil), {})).toBe("http://localhost:3000");
  });

  it("follows the trusted proxy's host and protocol", () => {
    expect(publicOrigin(headers(evil), { TRUST_PROXY: "true" })).toBe("https://evil.example");
    expect(
      publicOrigin(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "ik.zuidstad.nl" }), { TRUST_PROXY: "1" }),
    ).toBe("http://ik.zuidstad.nl");
  });

  it("skips a host that is no host name, and falls back to localhost at the port", () => {
    expect(
      publicOrigin(headers({ host: "ik.zuidstad.nl", "x-forwarded-host": "a/b@evil" }), { TRUST_PROXY: "1" }),
    ).toBe("http://ik.zuidstad.nl");
    expect(publicOrigin(headers({ host: "bad host" }), { PORT: "3100" })).toBe("http://localhost:3100");
    expect(publicOrigin(headers({}), {})).toBe("http://localhost:3000");
  });
});
