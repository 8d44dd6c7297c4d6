import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./security-headers";

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1).join(" ")]));

describe("newNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("contentSecurityPolicy", () => {
  it("lets only scripts and inline styles with the nonce run, and nothing from elsewhere", () => {
    const policy = directives(contentSecurityPolicy("abc123=="));
    expect(policy).toEqual({
      "default-src": "'self'",
      "script-src": "'self' 'nonce-abc123==' 'strict-dynamic'",
      "style-src": "'self' 'nonce-abc123=='",
      "img-src": "'self' data: blob:",
      "font-src": "'self'",
      "connect-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'none'",
      "form-action": "'self'",
      "frame-ancestors": "'none'",
    });
  });

  it("allows eval and inline styles only in development", () => {
    const policy = directives(contentSecurityPolicy("n", true));
    expect(policy["script-src"]).toBe("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(policy["style-src"]).toBe("'self' 'unsafe-inline'");
    expect(contentSecurityPolicy("n")).not.toMatch(/unsafe/);
  });

  it("lets forms go on to the sign-in page of the gemeente's own provider, when SSO is configured", () => {
    expect(directives(contentSecurityPolicy("n", false, "https://login.microsoftonline.com"))["form-action"]).toBe(
      "'self' https://login.microsoftonline.com",
    );
  });
});
