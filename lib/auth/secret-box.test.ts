import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const AUTH_SECRET = "een-geheim-van-de-installatie-met-genoeg-tekens";

describe("an authenticator app's key at rest", () => {
  it("is stored encrypted, differently each time, and read back with the same AUTH_SECRET", () => {
    const first = sealSecret(KEY, AUTH_SECRET);
    const second = sealSecret(KEY, AUTH_SECRET);
    expect(first).not.toContain(KEY);
    expect(first).not.toBe(second);
    expect(openSecret(first, AUTH_SECRET)).toBe(KEY);
    expect(openSecret(second, AUTH_SECRET)).toBe(KEY);
  });

  it("cannot be read with another AUTH_SECRET, without one, or after a change in the database", () => {
    const sealed = sealSecret(KEY, AUTH_SECRET);
    expect(openSecret(sealed, "een-ander-geheim")).toBeNull();
    expect(openSecret(sealed, undefined)).toBeNull();
    // One bit of the stored bytes changed (the last byte of the encrypted key), whatever the random bytes are.
    const [prefix, body] = [sealed.slice(0, sealed.indexOf(":") + 1), sealed.slice(sealed.indexOf(":") + 1)];
    const bytes = Buffer.from(body, "base64url");
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    const flipped = `${prefix}${bytes.toString("base64url")}`;
    expect(flipped).not.toBe(sealed);
    expect(openSecret(flipped, AUTH_SECRET)).toBeNull();
    expect(openSecret("v1:kort", AUTH_SECRET)).toBeNull();
  });

  it("is kept as it is without an AUTH_SECRET, and such a key reads back as it is", () => {
    expect(sealSecret(KEY, undefined)).toBe(KEY);
    expect(openSecret(KEY, AUTH_SECRET)).toBe(KEY);
  });
});
