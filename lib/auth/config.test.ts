import { describe, expect, it } from "vitest";
import { authTrustsHost, relativeRedirect } from "./config";

const baseUrl = "http://localhost:3000";

describe("relativeRedirect", () => {
  it("keeps a path of this site, relative", () => {
    expect(relativeRedirect({ url: "/programmes/3?tab=x", baseUrl })).toBe("/programmes/3?tab=x");
    expect(relativeRedirect({ url: "http://localhost:3000/login?afgemeld=1", baseUrl })).toBe("/login?afgemeld=1");
  });

  it("sends anything else to the start page", () => {
    for (const url of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "http://localhost:3001/",
      "nonsense",
    ]) {
      expect(relativeRedirect({ url, baseUrl }), url).toBe("/");
    }
  });
});

describe("authTrustsHost", () => {
  const production = { NODE_ENV: "production" };

  it("trusts the request's address only when AUTH_URL pins it, a proxy sets it, or in development", () => {
    expect(authTrustsHost(production)).toBe(false);
    expect(authTrustsHost({ ...production, AUTH_TRUST_HOST: "false" })).toBe(false);
    expect(authTrustsHost({ ...production, AUTH_URL: "http://localhost:3000" })).toBe(true);
    expect(authTrustsHost({ ...production, TRUST_PROXY: "true" })).toBe(true);
    expect(authTrustsHost({ ...production, AUTH_TRUST_HOST: "true" })).toBe(true);
    expect(authTrustsHost({ NODE_ENV: "development" })).toBe(true);
  });
});
